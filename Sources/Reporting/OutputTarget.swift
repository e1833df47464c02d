import Foundation

/// Where a report or notice may be written. Checked before a command does any work and again just
/// before the bytes go out: never the open books or their SQLite companions (compared as files:
/// device and inode, or the resolved path for a companion that does not exist yet), never a
/// read-only file, never through a symbolic link.
public enum OutputTarget {
    /// The files SQLite keeps beside a books file.
    static let companionSuffixes = ["", "-wal", "-shm", "-journal"]

    /// How a checked path is to be written.
    enum Kind {
        /// A regular file, or none yet: replaced whole through a temporary file and a rename.
        case file
        /// A terminal, pipe or device (`/dev/stdout`): written in place.
        case stream
    }

    /// - Parameter protected: books files (as given to `--db`) that must not be overwritten.
    /// - Throws: `ReportingError` naming why the path may not be written.
    @discardableResult
    static func check(_ path: String, protecting protected: [String]) throws(ReportingError) -> Kind {
        guard !path.isEmpty else { throw .outputMustBeWritable(path: path, reason: "empty file name") }
        if path.hasSuffix("/") { throw .outputMustNotBeFolder(path: path) }
        if isProtected(path, protected) { throw .outputMustNotBeBooks(path: path) }
        var followed = stat()
        let exists = stat(path, &followed) == 0
        if exists {
            switch followed.st_mode & S_IFMT {
            case S_IFDIR: throw .outputMustNotBeFolder(path: path)
            case S_IFCHR, S_IFIFO, S_IFSOCK: return .stream
            default: break
            }
        }
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK { throw .outputMustNotBeSymbolicLink(path: path) }
        if exists && ((followed.st_mode & 0o222) == 0 || access(path, W_OK) != 0) { throw .outputMustNotBeReadOnly(path: path) }
        let folder = folderOf(path)
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw .outputFolderMustExist(path: folder)
        }
        return .file
    }

    /// Makes sure `path` is a folder notices can go into, creating it (and its parents) if missing
    /// unless `creating` is false (a check before the command's work).
    /// - Throws: `.outputFolderMustBeFolder` when it (or a parent) is a file, `.outputMustBeWritable`.
    public static func prepareFolder(_ path: String, creating: Bool = true) throws(ReportingError) {
        guard !path.isEmpty else { throw .outputMustBeWritable(path: path, reason: "empty folder name") }
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .outputFolderMustBeFolder(path: path) }
            return
        }
        var built = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            built += (built.isEmpty || built.hasSuffix("/") ? "" : "/") + component
            if stat(built, &status) == 0 {
                guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .outputFolderMustBeFolder(path: built) }
                continue
            }
            guard creating else { return }
            guard mkdir(built, 0o755) == 0 || errno == EEXIST else {
                throw .outputMustBeWritable(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    static func folderOf(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// True when `path` is one of the books or a companion: the same file, or the same resolved
    /// name (letter case ignored, for case-insensitive file systems) when it does not exist yet.
    static func isProtected(_ path: String, _ protected: [String]) -> Bool {
        var target = stat()
        let targetExists = stat(path, &target) == 0
        let targetName = resolvedName(path)
        for books in protected {
            var names = Set<String>()
            for base in [books, resolved(books) ?? books] {
                for suffix in companionSuffixes {
                    let companion = base + suffix
                    var status = stat()
                    if targetExists, stat(companion, &status) == 0, status.st_dev == target.st_dev, status.st_ino == target.st_ino {
                        return true
                    }
                    names.insert(resolvedName(companion).lowercased())
                }
            }
            if names.contains(targetName.lowercased()) { return true }
        }
        return false
    }

    /// The path with its folder resolved (symbolic links, `.`, `..`) and, when the file itself is a
    /// link, the link's target resolved too.
    static func resolvedName(_ path: String) -> String {
        if let whole = resolved(path) { return whole }
        let folder = resolved(folderOf(path)) ?? folderOf(path)
        return folder + "/" + (path as NSString).lastPathComponent
    }

    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
