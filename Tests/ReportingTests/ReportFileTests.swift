import Foundation
import LedgerCore
import Testing
@testable import Reporting

@Suite("report files")
final class ReportFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-report-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test("writes the bytes with mode 0644 and leaves no temporary file; a second write replaces the first")
    func writesAndReplaces() throws {
        try ReportFile.write(Data("first, longer".utf8), to: path("r.csv"))
        try ReportFile.write(Data("second".utf8), to: path("r.csv"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("r.csv"))) == Data("second".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: path("r.csv"))
        #expect(((attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o777 == 0o644)
        #expect(try contents() == ["r.csv"])
    }

    @Test("refuses a folder, a missing folder and an empty name, writing nothing")
    func refusesBadPaths() throws {
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        #expect(throws: ReportingError.outputMustNotBeFolder(path: path("sub"))) { try ReportFile.write(Data(), to: path("sub")) }
        #expect(throws: ReportingError.outputMustNotBeFolder(path: path("new") + "/")) { try ReportFile.write(Data(), to: path("new") + "/") }
        #expect(throws: ReportingError.outputFolderMustExist(path: path("missing"))) {
            try ReportFile.write(Data(), to: path("missing/r.xlsx"))
        }
        #expect(throws: ReportingError.self) { try ReportFile.write(Data(), to: "") }
        #expect(try contents() == ["sub"])
    }

    @Test("every output rule is exit 2 and has a message in both languages")
    func rules() {
        let errors: [ReportingError] = [
            .formatMustBeText(format: "xlsx"), .binaryOutputMustNotGoToTerminal(format: "xlsx"), .outputMustNotBeFolder(path: "d"),
            .outputFolderMustExist(path: "d"), .outputMustBeWritable(path: "f", reason: "r"), .textMustBeEncodable(encoding: "GB18030"),
            .outputMustNotBeBooks(path: "b"), .outputMustNotBeReadOnly(path: "r"), .outputMustNotBeSymbolicLink(path: "l"),
            .outputFolderMustBeFolder(path: "f"),
        ]
        #expect(errors.map(\.rule) == ReportingError.rules)
        #expect(errors.allSatisfy { $0.isMalformedInput })
        #expect(errors.allSatisfy { $0.message(in: .zh) != $0.message(in: .en) })
    }

    @Test("the descriptor writer flushes first at 4 KiB, then at twice the last, up to 64 KiB, and loses no byte")
    func flushesEarlyThenInLargeWrites() throws {
        let file = path("out.txt")
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let writer = DescriptorWriter(descriptor: descriptor, path: file)
        let piece = String(repeating: "行", count: 33) + "\n"   // 100 bytes
        var flushes: [Int] = [], last = 0, sent = 0
        for _ in 0..<3_000 {
            try writer.write(piece)
            sent += 100
            if writer.written != last { flushes.append(writer.written - last); last = writer.written }
        }
        try writer.flush()
        let thresholds = [4_096, 8_192, 16_384, 32_768] + Array(repeating: 65_536, count: flushes.count - 4)
        #expect(zip(flushes, thresholds).allSatisfy { size, threshold in size >= threshold && size < threshold + 100 }, "\(flushes)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).count == sent)
    }
}
