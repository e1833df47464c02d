/// A declaration revision as stored: its figures, and whether this import wrote it (then `line`
/// is the line of the file it came from).
public struct StoredDeclaration: Hashable, Sendable {
    public var revision: Int64
    public var figures: DeclaredFigures
    public var isThisImport: Bool
    public var line: Int
    public init(revision: Int64, figures: DeclaredFigures, isThisImport: Bool, line: Int) {
        self.revision = revision
        self.figures = figures
        self.isThisImport = isThisImport
        self.line = line
    }
}

/// The payroll declarations register as one import reads and writes it, a row at a time: the
/// import holds no table of the rows it has read, the register answers instead.
///
/// A store that can look a declaration up cheaply (SQLite, in the same transaction) answers from
/// the file and writes as it goes, so the import's memory does not grow with its rows. Others use
/// `DeclarationsInMemory`: one read of the latest revisions, the writes at `finish`.
public protocol DeclarationSession: AnyObject {
    /// Whether any declaration of `month` was on file when the import began. When not, a key
    /// this import has not written has no revision yet, and `latest` need not be asked.
    func hadDeclarations(month: Int) -> Bool
    /// The latest revision of `key`, those this import added included.
    func latest(_ key: DeclarationKey) throws -> StoredDeclaration?
    /// Adds a revision: `latest` answers with it from now on.
    func add(_ declaration: NewDeclaration) throws
    /// Writes whatever is still held. Called once, after the last `add`.
    func finish() throws
    /// Runs `body` (the file's rows read and added) with the register's rows written on another
    /// thread where the store can (SQLite), every row in when it returns or throws.
    func writingRowsInBackground<T>(_ body: () throws -> T) throws -> T
}

extension DeclarationSession {
    public func writingRowsInBackground<T>(_ body: () throws -> T) throws -> T { try body() }
}

/// A `DeclarationSession` over one read of the latest revisions, with this import's revisions
/// held until `finish` writes them: memory O(declarations on file + rows added), for stores
/// where a look-up per row would be a round trip.
public final class DeclarationsInMemory: DeclarationSession {
    private var latestRevisions: [DeclarationKey: StoredDeclaration]
    private let monthsOnFile: Set<Int>
    /// What this import added, in order.
    public private(set) var added: [NewDeclaration] = []
    private let write: ([NewDeclaration]) throws -> Void

    /// - Parameters:
    ///   - latest: the latest revision of every (unit, month) on file.
    ///   - write: writes the added revisions, once, at `finish`.
    public init(latest: [DeclarationKey: DeclaredRevision], write: @escaping ([NewDeclaration]) throws -> Void = { _ in }) {
        latestRevisions = latest.mapValues { StoredDeclaration(revision: $0.revision, figures: $0.figures, isThisImport: false, line: 0) }
        monthsOnFile = Set(latest.keys.map(\.month))
        self.write = write
    }

    public func hadDeclarations(month: Int) -> Bool { monthsOnFile.contains(month) }

    public func latest(_ key: DeclarationKey) throws -> StoredDeclaration? { latestRevisions[key] }

    public func add(_ declaration: NewDeclaration) throws {
        latestRevisions[declaration.key] = StoredDeclaration(revision: declaration.revision, figures: declaration.figures,
                                                             isThisImport: true, line: declaration.line)
        added.append(declaration)
    }

    public func finish() throws { try write(added) }
}
