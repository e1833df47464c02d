import Foundation
import LedgerStore
import PostgresNIO

/// `COPY … FROM STDIN` (text format) for the bulk paths: many rows in one stream instead of
/// multi-row INSERTs, whose parameters the server must parse and plan statement by statement.
extension PostgresSession {
    /// Sends `rows` into `table` with one `COPY`. Each row holds one value per column, in order.
    /// Runs inside the caller's transaction (if any): a failed COPY fails the transaction like a
    /// failed INSERT.
    public func copy(into table: String, columns: [String], rows: [[PostgresValue]]) throws {
        guard !rows.isEmpty else { return }
        var text = PostgresCopyText()
        for row in rows {
            for value in row { text.append(value) }
            text.endRow()
        }
        try copy(into: table, columns: columns, text: text)
    }

    /// Sends rows already encoded in COPY's text format.
    public func copy(into table: String, columns: [String], text: PostgresCopyText) throws {
        var text = text
        let chunks = text.finish()
        guard !chunks.isEmpty else { return }
        let connection = self.connection, logger = self.logger
        let loop = connection.eventLoop
        let done = loop.makePromise(of: Void.self)
        // postgres-nio's COPY is async only. The task runs on the connection's own event loop (its
        // executor preference), never on Swift's cooperative pool: a caller blocking a pool thread
        // here would otherwise wait for a task that may need that very thread.
        Task(executorPreference: EventLoopTaskExecutor(loop: loop)) {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    for chunk in chunks { try await writer.write(chunk) }
                }
                done.succeed(())
            } catch {
                done.fail(error)
            }
        }
        do {
            try done.futureResult.wait()
        } catch {
            throw PostgresFailure(error)
        }
    }
}

/// Rows in the text format of `COPY` (tab between values, newline after each row, `\N` for NULL,
/// backslash escapes for backslash, tab, newline and carriage return), in chunks of about 1 MiB.
/// Every other byte, Chinese included, goes as it is (the connection's encoding is UTF-8).
public struct PostgresCopyText: Sendable {
    private var chunks: [ByteBuffer] = []
    private var buffer: ByteBuffer
    private var atRowStart = true
    public private(set) var rowCount = 0
    private static let chunkSize = 1 << 20

    public init() {
        buffer = ByteBufferAllocator().buffer(capacity: Self.chunkSize + 4096)
    }

    public mutating func append(_ value: PostgresValue) {
        switch value {
        case .integer(let number): append(number)
        case .text(let text): append(text)
        case .null: appendNull()
        case .bytes(let bytes):
            // bytea's hex input form `\x…`, its backslash escaped for COPY.
            separate()
            buffer.writeStaticString("\\\\x")
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            for byte in bytes {
                buffer.writeInteger(digits[Int(byte >> 4)])
                buffer.writeInteger(digits[Int(byte & 0x0f)])
            }
        }
    }

    public mutating func append(_ number: Int64) {
        separate()
        buffer.writeString(String(number))
    }

    public mutating func appendNull() {
        separate()
        buffer.writeStaticString("\\N")
    }

    public mutating func append(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let escaped: UInt8
                switch bytes[index] {
                case 0x5c: escaped = 0x5c   // \\ for a backslash
                case 0x09: escaped = 0x74   // \t
                case 0x0a: escaped = 0x6e   // \n
                case 0x0d: escaped = 0x72   // \r
                default: continue
                }
                buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                buffer.writeInteger(UInt8(0x5c))
                buffer.writeInteger(escaped)
                start = index + 1
            }
            buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    public mutating func endRow() {
        buffer.writeInteger(UInt8(0x0a))
        atRowStart = true
        rowCount += 1
        if buffer.readableBytes >= Self.chunkSize {
            chunks.append(buffer)
            buffer = ByteBufferAllocator().buffer(capacity: Self.chunkSize + 4096)
        }
    }

    /// The chunks to send; the text is empty afterwards.
    mutating func finish() -> [ByteBuffer] {
        if buffer.readableBytes > 0 { chunks.append(buffer) }
        buffer = ByteBufferAllocator().buffer(capacity: 0)
        defer { chunks = []; rowCount = 0 }
        return chunks
    }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { buffer.writeInteger(UInt8(0x09)) }
    }
}

/// Runs a task's jobs on one NIO event loop (see `PostgresSession.copy`).
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    let loop: any EventLoop

    init(loop: any EventLoop) { self.loop = loop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
