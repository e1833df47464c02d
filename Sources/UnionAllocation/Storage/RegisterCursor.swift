/// An organisation as a listing names it: its row id, code, name and parent.
public struct RegisteredName: Sendable, Hashable {
    public var id: Int64
    public var code: String
    public var name: String
    public var parentID: Int64?

    public init(id: Int64, code: String, name: String, parentID: Int64?) {
        self.id = id
        self.code = code
        self.name = name
        self.parentID = parentID
    }
}

/// The register's organisations in row-id order, one at a time (`AllocationReads.registerInRowOrder`),
/// valid inside the read that made it.
public protocol RegisterCursor: AnyObject {
    /// The next organisation, or nil past the last.
    func next() throws -> RegisteredName?
}

/// Organisations looked up by rising row id off a `RegisterCursor`: a merge with another read in
/// row-id order, one pass over each.
public final class RegisterWalk {
    private let cursor: any RegisterCursor
    private var current: RegisteredName?
    private var started = false

    public init(_ cursor: any RegisterCursor) { self.cursor = cursor }

    /// The organisation with row id `id`, passing every one before it; nil when there is none.
    /// The ids asked for must rise.
    public func organisation(id: Int64) throws -> RegisteredName? {
        if !started {
            started = true
            current = try cursor.next()
        }
        while let organisation = current, organisation.id < id { current = try cursor.next() }
        guard let organisation = current, organisation.id == id else { return nil }
        return organisation
    }
}

/// A register cursor over organisations already read.
final class RegisterInMemory: RegisterCursor {
    private var rest: ArraySlice<RegisteredName>

    init(_ organisations: [RegisteredName]) { rest = organisations[...] }

    func next() -> RegisteredName? { rest.popFirst() }
}
