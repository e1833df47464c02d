import Foundation
import Testing

@Suite("gonghui --version, suggestions, man page, completions")
struct CommandLineSurfaceTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// The version as Sources/GonghuiCLI/GonghuiVersion.swift writes it (scripts/dist reads the same line).
    static func sourceVersion() throws -> String {
        let text = String(decoding: try Repository.bytes("Sources/GonghuiCLI/GonghuiVersion.swift"), as: UTF8.self)
        let match = try #require(text.firstMatch(of: /static let current = "([^"]+)"/))
        return String(match.1)
    }

    @Test("--version prints the one version")
    func version() throws {
        let result = try sandbox.run("--version")
        result.expectSuccess()
        let expected = try Self.sourceVersion() + "\n"
        #expect(result.stdout == expected)
    }

    @Test("a mistyped subcommand gets a suggestion, in Chinese or English", arguments: [
        (["vocher"], "错误：未知的子命令「vocher」，您是不是要输入：gonghui voucher？"),
        (["vocher", "--lang", "en"], "error: unknown subcommand 'vocher'; did you mean 'gonghui voucher'?"),
        (["voucher", "lst"], "错误：未知的子命令「lst」，您是不是要输入：gonghui voucher list？"),
        (["reprot", "trial-balance"], "错误：未知的子命令「reprot」，您是不是要输入：gonghui report？"),
        (["--lang", "en", "report", "trail-balance"], "error: unknown subcommand 'trail-balance'; did you mean 'gonghui report trial-balance'?"),
        (["xyzzy"], "错误：未知的子命令「xyzzy」；gonghui 的子命令有：tour、init、"),
    ])
    func suggestion(arguments: [String], message: String) throws {
        let result = try sandbox.run(arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.hasPrefix(message), "\(result)")
    }

    @Test("the man page is generated from the parser: every command, Chinese intact")
    func manual() throws {
        let result = try sandbox.run("manual")
        result.expectSuccess()
        let version = try Self.sourceVersion()
        #expect(result.stdout.hasPrefix(".TH GONGHUI 1 \"\" \"gonghui \(version)\""))
        for heading in [".SS \"gonghui voucher import\"", ".SS \"gonghui export\"", ".SS \"gonghui report trial-balance\""] {
            #expect(result.stdout.contains(heading), "\(heading)")
        }
        #expect(result.stdout.contains("工会经费与会费核算引擎"))
        #expect(!result.stdout.contains(".SS \"gonghui manual\""), "the generator itself is hidden")
        let help = try sandbox.run("--help")
        #expect(!help.stdout.contains("manual"))
    }

    @Test("completion scripts for bash, zsh and fish name the subcommands", arguments: [
        ("bash", "#!/bin/bash"), ("zsh", "#compdef gonghui"), ("fish", "complete -c 'gonghui'"),
    ])
    func completions(shell: String, start: String) throws {
        let result = try sandbox.run("--generate-completion-script", shell)
        result.expectSuccess()
        #expect(result.stdout.contains(start), "\(shell)")
        #expect(result.stdout.contains("voucher") && result.stdout.contains("export"))
    }
}

/// The packed release (scripts/dist): runs only when GONGHUI_DIST_TEST=1 (which makes the tarball,
/// a static release build of several minutes) or when dist/ already holds one.
@Suite("scripts/dist tarball")
struct DistributionTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    static var requested: Bool { ProcessInfo.processInfo.environment["GONGHUI_DIST_TEST"] == "1" }

    static func tarball() throws -> URL? {
        let version = try CommandLineSurfaceTests.sourceVersion()
        var machine = utsname()
        uname(&machine)
        let architecture = withUnsafeBytes(of: machine.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let url = Repository.url("dist/gonghui-\(version)-linux-\(architecture).tar.gz")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    @Test("the packed binary runs --version and the tour with no Swift toolchain on PATH")
    func packedBinaryRuns() throws {
        var tarball = try Self.tarball()
        if tarball == nil && Self.requested {
            let made = try CLI.runProcess(URL(fileURLWithPath: "/bin/bash"), ["scripts/dist"], in: Repository.root)
            #expect(made.exitCode == 0, "\(made)")
            tarball = try Self.tarball()
        }
        guard let tarball else {
            print("skipped: no dist/gonghui-VERSION-linux-ARCH.tar.gz; run `bash scripts/dist` or set GONGHUI_DIST_TEST=1 (a static release build)")
            return
        }
        let unpacked = try CLI.runProcess(URL(fileURLWithPath: "/bin/tar"), ["-xzf", tarball.path], in: sandbox.url)
        #expect(unpacked.exitCode == 0, "\(unpacked)")
        let folder = sandbox.url.appendingPathComponent(tarball.lastPathComponent.replacingOccurrences(of: ".tar.gz", with: ""))
        for part in ["bin/gonghui", "README.md", "share/man/man1/gonghui.1", "share/completions/gonghui.bash",
                     "share/completions/_gonghui", "share/completions/gonghui.fish"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(part).path), "\(part)")
        }
        // No Swift on PATH, no library path: the binary must carry its runtime.
        let environment = ["PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": "", "HOME": sandbox.url.path, "GONGHUI_NOW": "2026-11-21T10:00:00Z",
                           "GONGHUI_USER": "tester"]
        #expect(!FileManager.default.fileExists(atPath: "/usr/bin/swift") && !FileManager.default.fileExists(atPath: "/bin/swift"),
                "a swift on /usr/bin would make this test prove nothing")
        let binary = folder.appendingPathComponent("bin/gonghui")
        let version = try CLI.runProcess(binary, ["--version"], in: sandbox.url, environment: environment)
        let expected = try CommandLineSurfaceTests.sourceVersion() + "\n"
        #expect(version.exitCode == 0 && version.stdout == expected, "\(version)")
        let tour = try CLI.runProcess(binary, ["tour", "--dir", "demo"], in: sandbox.url, environment: environment)
        #expect(tour.exitCode == 0, "\(tour)")
        #expect(tour.stdout.contains("两处埋设的问题均已发现"))
        #expect(FileManager.default.fileExists(atPath: sandbox.path("demo/tour.sqlite")))
    }
}
