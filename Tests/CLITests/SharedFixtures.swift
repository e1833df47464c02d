import Foundation

/// Folders many tests start from, made once per test run by `gonghui` itself and copied into each
/// test's sandbox. `gonghui tour --dir demo` takes about 8 s in a debug build and a dozen tests
/// start from its books; `init` with the demo chart runs in several hundred tests at about 0.25 s.
/// A copy holds the files the command writes, byte for byte: the environment is pinned
/// (`CLI.fixedEnvironment`), so no run would write them differently, and no file names its folder.
/// The tests of the tour and of `init` themselves still run them in their own sandboxes.
enum SharedFixtures {
    /// One command's folder, made by the first test that asks; the others wait for it.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var made: (folder: URL, result: CLIResult)?
    }

    private static let slotsLock = NSLock()
    nonisolated(unsafe) private static var slots: [String: Slot] = [:]
    /// `GONGHUI_TEST_FRESH_FIXTURES=1`: every test runs the commands itself (to rule the copies out, or to time them).
    static let isOff = ProcessInfo.processInfo.environment["GONGHUI_TEST_FRESH_FIXTURES"] == "1"
    /// Removed when the test process exits.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-fixtures-\(UUID().uuidString)")
        rootPath = root.path
        atexit { if let path = SharedFixtures.rootPath { try? FileManager.default.removeItem(atPath: path) } }
        return root
    }()
    nonisolated(unsafe) private static var rootPath: String?

    /// `gonghui ARGUMENTS` as run in the empty folder `folder`: the first time for these arguments
    /// it runs in a folder of its own, and every time what that folder then holds is copied into
    /// `folder`. A run that fails is not kept (each test that asks sees it fail), and a folder
    /// that is not empty runs the command itself, since what is there may change what it does.
    static func run(_ arguments: [String], into folder: URL) throws -> CLIResult {
        guard !isOff, try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty else {
            return try CLI.run(arguments, in: folder)
        }
        let key = arguments.joined(separator: "\u{1F}")
        let slot = slotsLock.withLock {
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return try slot.lock.withLock {
            let made: (folder: URL, result: CLIResult)
            if let existing = slot.made {
                made = existing
            } else {
                let source = root.appendingPathComponent(UUID().uuidString)
                try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
                let result = try CLI.run(arguments, in: source)
                guard result.exitCode == 0 else {
                    try? FileManager.default.removeItem(at: source)
                    return result
                }
                made = (source, result)
                slot.made = made
            }
            for item in try FileManager.default.contentsOfDirectory(atPath: made.folder.path) {
                try FileManager.default.copyItem(at: made.folder.appendingPathComponent(item), to: folder.appendingPathComponent(item))
            }
            return made.result
        }
    }
}

extension Sandbox {
    /// `gonghui tour --dir demo` in this (empty) sandbox: the tour's books and files under `demo/`.
    func tourDemo() throws -> CLIResult {
        try SharedFixtures.run(["tour", "--dir", "demo"], into: url)
    }
}
