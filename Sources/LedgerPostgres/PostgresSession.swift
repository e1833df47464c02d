import Foundation
import LedgerStore
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously.
///
/// The store protocols are synchronous; postgres-nio is asynchronous. This is the one place that
/// bridges them: every statement is sent through postgres-nio's `EventLoopFuture` interface and
/// the calling thread waits for it (`wait()`), while the work runs on NIO's own event-loop
/// threads, never on the caller's — so a caller on Swift's cooperative pool blocks only itself.
/// A session is used by one thread at a time (one command, or one test writer).
public final class PostgresSession: @unchecked Sendable {
    public let url: PostgresURL
    let connection: PostgresConnection
    let logger = Logger(label: "gonghui.postgres")

    /// Connects to the server the URL names.
    /// - Throws: `StoreError.serverMustBeReachable`.
    public init(url: PostgresURL) throws {
        self.url = url
        var logger = Logger(label: "gonghui.postgres")
        logger.logLevel = .critical
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(),
                                                        configuration: url.configuration, id: 1, logger: logger).wait()
        } catch {
            throw StoreError.serverMustBeReachable(location: url.location, reason: Self.describe(error))
        }
    }

    deinit {
        _ = try? connection.close().wait()
    }

    /// Runs one statement and returns its rows (none for a write).
    @discardableResult
    public func query(_ sql: String, _ values: [PostgresValue] = []) throws -> [PostgresRowValues] {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.bind(into: &bindings) }
        do {
            let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
            return result.map { PostgresRowValues(row: $0.makeRandomAccess()) }
        } catch {
            throw PostgresFailure(error)
        }
    }

    /// Runs statements one after the other (the extended protocol takes one statement at a time).
    public func script(_ statements: [String]) throws {
        for statement in statements { try query(statement) }
    }

    /// The one row a query must return.
    public func one(_ sql: String, _ values: [PostgresValue] = []) throws -> PostgresRowValues {
        guard let row = try query(sql, values).first else {
            throw StoreError.storage(message: "the query returned no row: \(sql.prefix(60))")
        }
        return row
    }

    /// Runs `body` in one transaction (READ COMMITTED; the posting path takes its own locks).
    /// A serialization failure or deadlock reruns the whole body, at most `attempts` times, then
    /// gives up with `StoreError.writersMustNotKeepConflicting`. Any other error rolls back.
    /// Inside a transaction already (a read or write the command started): `body` joins it.
    public func transaction<T>(attempts: Int = 5, _ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        var attempt = 1
        while true {
            do { try query("BEGIN") } catch { throw Self.translate(error) }
            isInTransaction = true
            defer { isInTransaction = false }
            do {
                let result = try body()
                try beforeCommit?(self)
                try query("COMMIT")
                return result
            } catch {
                _ = try? query("ROLLBACK")
                guard let failure = error as? PostgresFailure, failure.isConflict else { throw Self.translate(error) }
                if attempt >= attempts { throw StoreError.writersMustNotKeepConflicting(location: url.location, attempts: attempt) }
                attempt += 1
                // A little random wait, so the writers that collided do not collide again at once.
                usleep(UInt32.random(in: 2_000...20_000) * UInt32(attempt))
            }
        }
    }

    /// A consistent read: one REPEATABLE READ READ ONLY transaction, so a report sees one moment
    /// of the books; inside a transaction already, `body` joins it.
    public func read<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        do { try query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") } catch { throw Self.translate(error) }
        isInTransaction = true
        defer { isInTransaction = false }
        do {
            let result = try body()
            try query("COMMIT")
            return result
        } catch {
            _ = try? query("ROLLBACK")
            throw Self.translate(error)
        }
    }

    /// Whether a transaction of this session is open (one thread uses a session at a time).
    private var isInTransaction = false

    /// Runs last in every write transaction, before COMMIT (the store links the transaction's
    /// changes into the change journal there). A failure rolls the transaction back.
    var beforeCommit: ((PostgresSession) throws -> Void)?

    /// Errors of the server become `StoreError.storage` naming what it said; the ledger's pass through.
    static func translate(_ error: any Error) -> any Error {
        if let failure = error as? PostgresFailure { return StoreError.storage(message: failure.message) }
        return error
    }

    static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return "\(underlying)" }
            return "\(psql.code)"
        }
        return "\(error)"
    }
}

/// An error the server (or the connection) reported, with its SQLSTATE.
public struct PostgresFailure: Error, CustomStringConvertible {
    public var sqlState: String?
    public var message: String

    init(_ error: any Error) {
        if let psql = error as? PSQLError {
            sqlState = psql.serverInfo?[.sqlState]
            let detail = psql.serverInfo?[.detail].map { " (\($0))" } ?? ""
            message = PostgresSession.describe(psql) + detail
        } else {
            sqlState = nil
            message = "\(error)"
        }
    }

    /// 40001 serialization_failure, 40P01 deadlock_detected: the transaction may simply be rerun.
    public var isConflict: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// 23505 unique_violation.
    public var isUniqueViolation: Bool { sqlState == "23505" }

    public var description: String { message }
}

/// A parameter of a statement.
public enum PostgresValue: Sendable {
    case integer(Int64)
    case text(String)
    /// A BYTEA value (a stored document, kept byte for byte).
    case bytes([UInt8])
    case null

    func bind(into bindings: inout PostgresBindings) {
        switch self {
        case .integer(let value): bindings.append(value)
        case .text(let value): bindings.append(value)
        case .bytes(let value): bindings.append(ByteBuffer(bytes: value))
        case .null: bindings.appendNull()
        }
    }
}

extension PostgresValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public static func int(_ value: Int) -> PostgresValue { .integer(Int64(value)) }
    public static func optional(_ value: Int64?) -> PostgresValue { value.map { .integer($0) } ?? .null }
    public static func optional(_ value: String?) -> PostgresValue { value.map { .text($0) } ?? .null }
}

/// One row of a result, read by column name. A value of the wrong type or a NULL where a value
/// must be is a `StoreError.storage` naming the column, never a default.
public struct PostgresRowValues {
    let row: PostgresRandomAccessRow

    public func int(_ column: String) throws -> Int64 {
        guard let value = try optionalInt(column) else { throw StoreError.storage(message: "\(column): NULL where a number must be") }
        return value
    }

    public func optionalInt(_ column: String) throws -> Int64? {
        do { return try row[column].decode(Int64?.self) } catch {
            throw StoreError.storage(message: "\(column): not a whole number")
        }
    }

    public func text(_ column: String) throws -> String {
        guard let value = try optionalText(column) else { throw StoreError.storage(message: "\(column): NULL where text must be") }
        return value
    }

    public func optionalText(_ column: String) throws -> String? {
        do { return try row[column].decode(String?.self) } catch {
            throw StoreError.storage(message: "\(column): not text")
        }
    }

    public func bytes(_ column: String) throws -> [UInt8] {
        do {
            guard var buffer = try row[column].decode(ByteBuffer?.self) else {
                throw StoreError.storage(message: "\(column): NULL where bytes must be")
            }
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as StoreError { throw error } catch {
            throw StoreError.storage(message: "\(column): not bytes")
        }
    }

    public func bool(_ column: String) throws -> Bool {
        do { return try row[column].decode(Bool.self) } catch {
            throw StoreError.storage(message: "\(column): not a truth value")
        }
    }
}
