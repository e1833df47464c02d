import Foundation
import InputFiles
import PropertyBased
import Testing

/// The content digest is stored in each book's import log and compared with later imports, so its
/// value must never change: it is the sha256 of the records' fields, each ended by 0x1F, each
/// record by 0x1E, trailing empty fields and blank records left out, however the bytes are fed in.
@Suite("record digest: the value the import logs keep")
struct RecordDigestTests {
    static let values = ["a", "记账", "", "12.50", "x-1", "", "专项:困难职工帮扶"]

    /// The specified stream of `records`: each one's fields up to its last non-empty one, each
    /// ended by 0x1F, the record by 0x1E; a record with no non-empty field left out.
    static func stream(of records: [[String]]) -> [UInt8] {
        var stream: [UInt8] = []
        for fields in records {
            guard let last = fields.lastIndex(where: { !$0.isEmpty }) else { continue }
            for field in fields[...last] { stream += Array(field.utf8) + [0x1F] }
            stream.append(0x1E)
        }
        return stream
    }

    /// A fresh temporary folder (the caller removes it).
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ bytes: [UInt8], named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The sha256 of `bytes`, read back as a file.
    static func digest(_ bytes: [UInt8], in folder: URL) throws -> String {
        try CSVFileStream.digest(path: try write(bytes, named: "stream", in: folder), displayName: "stream")
    }

    @Test("from text or from a file, small or past the hasher's batch, the digest is sha256 of the records as specified")
    func digestIsTheSpecifiedStream() async throws {
        let record = Gen.int(in: 0...6).array(of: 0...6)
        await propertyCheck(count: 30, input: zip(record.array(of: 0...60), Gen.int(in: 0...2_000))) { picked in
            let (picks, repeats) = picked
            // Many copies of the records push the stream past 64 KiB, where the hasher is fed.
            let records = picks.map { $0.map { Self.values[$0] } }
            let all = Array(repeating: records, count: repeats / 40 + 1).flatMap { $0 }
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let expected = try Self.digest(Self.stream(of: all), in: folder)

            let text = all.map { $0.joined(separator: ",") + "\n" }.joined()
            let csvFile = try Self.write(Array(text.utf8), named: "rows.csv", in: folder)
            #expect(InputFile.contentDigest(ofText: text)?.digest == expected)
            let fromFile = try InputFile.fingerprint(path: csvFile, displayName: "rows.csv")
            #expect(fromFile.contentSHA256 == expected)
            #expect(fromFile.records == all.filter { $0.contains { !$0.isEmpty } }.count)
        }
    }

    /// As written in a CSV file, and the field it stands for: quoted, with doubled quotes, with
    /// spaces (ASCII and the ideographic one) around it, and one longer than the digest's buffer.
    static let written: [(csv: String, field: String)] = [
        ("a", "a"), ("", ""), ("\"x,\"\"y\"\"\"", "x,\"y\""), (" 记账 ", "记账"), ("\u{3000}全角\u{3000}", "全角"),
        ("\"\"\"\"", "\""), ("\"\"", ""), ("\" q \"", "q"), (String(repeating: "长", count: 30_000), String(repeating: "长", count: 30_000)),
    ]

    @Test("fields read from a file (quoted, doubled quotes, trimmed, longer than the buffer) give the digest of their text")
    func parsedFieldsGiveTheSpecifiedStream() async throws {
        let record = Gen.int(in: 0...(Self.written.count - 1)).array(of: 0...5)
        await propertyCheck(count: 40, input: record.array(of: 0...12)) { picks in
            let text = picks.map { row in row.map { Self.written[$0].csv }.joined(separator: ",") + "\n" }.joined()
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let expected = try Self.digest(Self.stream(of: picks.map { $0.map { Self.written[$0].field } }), in: folder)
            let csvFile = try Self.write(Array(text.utf8), named: "rows.csv", in: folder)
            #expect(try InputFile.fingerprint(path: csvFile, displayName: "rows.csv").contentSHA256 == expected)
            #expect(InputFile.contentDigest(ofText: text)?.digest == expected)
        }
    }
}
