import Foundation
import Testing

/// What one run of `gonghui` produced: exit code, stdout and stderr.
struct CLIResult: Sendable, CustomStringConvertible {
    var exitCode: Int32
    var stdoutData: Data
    var stderrData: Data

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// stderr split into lines (a final line break ends the last line; it does not start another).
    var stderrLines: [String] {
        let text = stderr.hasSuffix("\n") ? String(stderr.dropLast()) : stderr
        return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Printed with a failed expectation, so the failure shows what the command said.
    var description: String { "exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)---" }
}

/// Runs the built `gonghui` binary as a user would: a separate process, real files, a working folder.
enum CLI {
    /// Pinned for every run so that timestamps and user names in the books are reproducible.
    /// A Chinese locale, whatever the machine's: messages are Chinese unless a test asks (`LANG=en*` would switch them).
    /// No `TZ`: timestamps are shown in China Standard Time (2026-11-21 18:00:00).
    static let fixedEnvironment = ["GONGHUI_USER": "tester", "GONGHUI_NOW": "2026-11-21T10:00:00Z", "LANG": "zh_CN.UTF-8",
                                   "LC_ALL": "", "LC_MESSAGES": "", "XDG_CONFIG_HOME": "/nonexistent-gonghui-config", "TZ": ""]

    /// A run that takes longer than this is killed and fails its test instead of hanging the suite.
    static let runSecondsMax = 120

    /// Runs `gonghui` with `arguments` in `directory`.
    ///
    /// The environment is the test process's, minus any `GONGHUI_*` a developer may have set, plus
    /// `fixedEnvironment`, plus `environment`.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CLIResult {
        guard let binary else { throw BinaryNotFound(candidates: binaryCandidates.map(\.path)) }
        var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GONGHUI_") }
        merged.merge(fixedEnvironment) { $1 }
        merged.merge(environment) { $1 }
        return try runProcess(binary, arguments, in: directory, environment: merged)
    }

    /// Runs any executable to completion and collects what it printed (see `ChildProcess`).
    static func runProcess(_ executable: URL, _ arguments: [String], in directory: URL,
                           environment: [String: String]? = nil) throws -> CLIResult {
        let result = try ChildProcess.run(executable.path, arguments, in: directory.path,
                                          environment: environment ?? ProcessInfo.processInfo.environment,
                                          secondsMax: runSecondsMax)
        #expect(!result.killed, "\(executable.lastPathComponent) \(arguments) ran longer than \(runSecondsMax) s and was killed")
        return CLIResult(exitCode: result.exitCode, stdoutData: result.stdout, stderrData: result.stderr)
    }

    /// The binary built next to this test bundle (SwiftPM puts every product of a build in one
    /// products folder), else the repository's default `.build/debug`. `GONGHUI_BINARY` overrides both.
    static let binary: URL? = binaryCandidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static var binaryCandidates: [URL] {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["GONGHUI_BINARY"], !override.isEmpty {
            return [URL(fileURLWithPath: override)]
        }
        // Linux: the test runner is an executable in the products folder, which is its bundle URL.
        folders.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        // macOS: the tests are a .xctest bundle inside the products folder.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(Repository.root.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("gonghui") }
    }
}

struct BinaryNotFound: Error, CustomStringConvertible {
    var candidates: [String]
    var description: String { "gonghui binary not found (build it, or set GONGHUI_BINARY); looked for \(candidates)" }
}

/// Paths inside the repository (tests read inputs from `ledgers/` and goldens from `reports/expected/`).
enum Repository {
    /// The folder holding Package.swift: three levels above Tests/CLITests/CLIRunner.swift.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    static func bytes(_ relativePath: String) throws -> Data { try Data(contentsOf: url(relativePath)) }
}

/// The first `sqlite3` command-line tool on PATH, or /usr/bin/sqlite3.
enum SQLiteShell {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.map { $0 + "/sqlite3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
