import Foundation
@testable import InputFiles
import PropertyBased
import Testing

/// The file's and the records' digests are hashed on a thread of their own: whatever the blocks
/// (empty ones, more than may wait at once, sizes that do not fall on sha256's 64-byte blocks),
/// the digest must be the one of their concatenation in the order handed over (`FileDigest`,
/// which hashes on the caller's thread, is the reference).
@Suite("background sha256")
struct BackgroundSHA256Tests {
    static func reference(_ bytes: [UInt8]) -> String {
        var digest = FileDigest()
        bytes.withUnsafeBytes { digest.update($0) }
        return digest.hex()
    }

    @Test("the digest of the blocks in order, however they are cut")
    func digestOfConcatenation() async {
        await propertyCheck(input: Gen.int(in: 0...300).array(of: 0...40)) { sizes in
            let hasher = BackgroundSHA256()
            var whole: [UInt8] = []
            for (index, size) in sizes.enumerated() {
                let block = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
                hasher.update(block)
                whole += block
            }
            #expect(hasher.hex() == Self.reference(whole))
        }
    }

    @Test("many more blocks than may wait at once; the caller's copy changed after the hand-over")
    func manyBlocks() {
        let hasher = BackgroundSHA256()
        var whole: [UInt8] = []
        for index in 0..<(BackgroundSHA256.blocksInFlightMax * 50) {
            var block = [UInt8](repeating: UInt8(index % 251), count: index % 7 == 0 ? 1 << 20 : 1 + index * 13)
            hasher.update(block)
            whole += block
            block[0] ^= 0xFF   // the hashed block must be the one handed over
            _ = block
        }
        #expect(hasher.hex() == Self.reference(whole))
    }

    @Test("the records' digest: context, then records, across many hand-overs")
    func recordDigestAcrossHandOvers() {
        var digest = RecordDigest(context: "2026-03")
        var stream = Array("2026-03".utf8) + [0x1D]
        for row in 0..<20_000 {
            let fields = ["U\(row)", "单位\(row)", "", "\(row % 97).00"]
            digest.add(fields)
            for field in fields[...3] {
                if !field.isEmpty { stream += Array(field.utf8) }
                stream.append(0x1F)
            }
            stream.append(0x1E)
        }
        #expect(digest.records == 20_000)
        #expect(digest.hex() == Self.reference(stream))
    }

    /// A file over several of the reader's chunks, the last one short: the file's digest as it
    /// streams must be the sha256 of its bytes, and every record must arrive.
    @Test("a file over several read chunks: the digest of its bytes, every record read")
    func fileOverSeveralChunks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bg-sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rows.csv").path
        var text = "code,name,amount\n"
        var rows = 0
        while text.utf8.count < 2 * CSVFileStream.chunkSize + 12_345 {
            text += "U\(rows),单位\(rows)工会,\(rows % 1000).50\n"
            rows += 1
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var seen = 0
        let digest = try CSVFileStream.forEachRecord(path: path, displayName: "rows.csv") { _, _, _ in seen += 1 }
        #expect(seen == rows + 1)
        #expect(digest == Self.reference(Array(text.utf8)))
    }
}
