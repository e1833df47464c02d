import Foundation

/// A plain file's size and time of last change, as `stat` gives them (links followed: a link's
/// own size is its target's name); nil for anything else or a file this process cannot read.
/// Compared before and after an import's pass, it tells a file still being written; its size
/// alone is the store's hint of what an import adds (`InputFile.size`).
public struct FileLook: Equatable, Sendable {
    public var size: Int
    public var changedSeconds: Int
    public var changedNanoseconds: Int

    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, access(path, R_OK) == 0 else { return nil }
        size = Int(status.st_size)
        #if canImport(Darwin)
        (changedSeconds, changedNanoseconds) = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
        #else
        (changedSeconds, changedNanoseconds) = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
        #endif
    }
}
