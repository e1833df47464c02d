import Foundation
import Testing

/// The README is what a treasurer copies from: its `bash` blocks run as pasted, in order, in an
/// empty home folder, and create every file they use. `sh` blocks are set-up run from the
/// repository (install, tests) and are not run here.
@Suite("README commands run as pasted")
struct ReadmeTests {
    /// The README's fenced blocks of one language, in order.
    static func blocks(_ language: String, in text: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        return blocks
    }

    static var readme: String { get throws { String(decoding: try Repository.bytes("README.md"), as: UTF8.self) } }

    @Test("every bash block runs, in order, from an empty home folder")
    func blocksRun() throws {
        let text = try Self.readme
        let blocks = Self.blocks("bash", in: text)
        #expect(blocks.count >= 5, "the quick start alone has more blocks than that")
        guard let binary = CLI.binary else { throw BinaryNotFound(candidates: CLI.binaryCandidates.map(\.path)) }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let script = home.appendingPathComponent("readme.sh")
        try Data(("set -euo pipefail\ncd \"$HOME\"\n" + blocks.joined(separator: "\n") + "\n").utf8).write(to: script)

        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GONGHUI_") }
        environment.merge(CLI.fixedEnvironment) { $1 }
        environment["GONGHUI_USER"] = nil            // gonghui.toml names the user, as the README says
        environment["GONGHUI_NOW"] = "2027-01-15T10:00:00+08:00"   // the year the README closes has ended
        environment["HOME"] = home.path
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let result = try CLI.runProcess(URL(fileURLWithPath: "/bin/bash"), ["-x", script.path], in: home,
                                        environment: environment)
        #expect(result.exitCode == 0, "a README command failed:\n\(result.stderrLines.suffix(15).joined(separator: "\n"))")
    }

    @Test("no command line carries placeholder brackets, ellipses or alternatives to choose from")
    func noPlaceholders() throws {
        let text = try Self.readme
        for block in Self.blocks("bash", in: text) + Self.blocks("sh", in: text) {
            var inHereDocument: String?
            for line in block.split(separator: "\n").map(String.init) {
                if let end = inHereDocument { if line == end { inHereDocument = nil }; continue }
                if let range = line.range(of: "<<'") {
                    inHereDocument = String(line[range.upperBound...].prefix { $0 != "'" })
                }
                let command = line.components(separatedBy: " #").first ?? line
                #expect(!command.contains("[") && !command.contains("…") && !command.contains("|md") && !command.contains("VERSION"),
                        "not runnable as pasted: \(line)")
            }
        }
    }
}
