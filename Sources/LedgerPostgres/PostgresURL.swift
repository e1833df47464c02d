import Foundation
import LedgerCore
import PostgresNIO

/// Where a PostgreSQL book is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DB`, or a unix socket
/// folder given as `?host=/path` (as libpq takes it), optionally with `&port=N` naming the
/// socket file `.s.PGSQL.N`. `postgresql://` is accepted too. No TLS: a server on another machine
/// is reached through a tunnel or on a private network.
public struct PostgresURL: Sendable, Hashable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The socket folder, when the server is reached through a unix socket.
    public var socketFolder: String?

    /// Whether a `--db` value names a PostgreSQL book rather than a file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: `LedgerError.fieldMustBePresent` naming what is missing or wrong.
    public init(parsing text: String) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw LedgerError.fieldMustBePresent(field: "--db postgres://USER@HOST[:PORT]/DB (\(text))")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        guard let user = components.user, !user.isEmpty else {
            throw LedgerError.fieldMustBePresent(field: "user in postgres://USER@HOST/DB (\(text))")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw LedgerError.fieldMustBePresent(field: "database in postgres://USER@HOST/DB (\(text))")
        }
        var port = components.port ?? 5432
        if let text = query["port"] {
            guard let value = Int(text), (1...65_535).contains(value) else {
                throw LedgerError.fieldMustBePresent(field: "port (1–65535) in \(text)")
            }
            port = value
        }
        self.user = user
        self.password = components.password
        self.host = components.host ?? "localhost"
        self.port = port
        self.database = database
        if let folder = query["host"], folder.hasPrefix("/") { socketFolder = folder } else { socketFolder = nil }
    }

    /// The same server, another database.
    public func with(database: String) -> PostgresURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// The URL as it may be shown: without the password.
    public var location: String {
        var text = "postgres://\(user)@\(host)"
        if socketFolder == nil && port != 5432 { text += ":\(port)" }
        text += "/\(database)"
        if let socketFolder { text += "?host=\(socketFolder)" + (port != 5432 ? "&port=\(port)" : "") }
        return text
    }

    var configuration: PostgresConnection.Configuration {
        if let socketFolder {
            return PostgresConnection.Configuration(unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user,
                                                    password: password, database: database)
        }
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                database: database, tls: .disable)
    }
}
