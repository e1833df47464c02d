#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Starts a child with posix_spawn and collects its output.
///
/// Foundation's `Process.run()` on Linux (Swift 6.3.1) crashes now and then: it over-reads a
/// `dirent` while listing /proc/self/fd (swift-corelibs-foundation PR #5472), which a suite that
/// starts hundreds of children hits about one run in five. This does what the tests need without it.
enum ChildProcess {
    struct Failed: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    /// Runs `executable` with `arguments` in `directory`, stdin from /dev/null; kills it after
    /// `secondsMax`. Returns the exit code (128 + signal when killed), stdout, stderr and whether it was killed.
    static func run(_ executable: String, _ arguments: [String], in directory: String, environment: [String: String],
                    secondsMax: Int) throws -> (exitCode: Int32, stdout: Data, stderr: Data, killed: Bool) {
        var output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        // Pipes are made close-on-exec and the child started under one lock, so no other child
        // started meanwhile inherits these ends and holds them open (pipe2 is not visible to Swift).
        spawnLock.lock()
        var locked = true
        defer { if locked { spawnLock.unlock() } }
        guard pipe(&output) == 0 else { throw Failed(call: "pipe", code: errno) }
        guard pipe(&errors) == 0 else {
            close(output[0]); close(output[1])
            throw Failed(call: "pipe", code: errno)
        }
        for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        var program = executable, programArguments = arguments
        if let addChdir {
            _ = addChdir(&actions, directory)
        } else {
            // Without posix_spawn_file_actions_addchdir_np: a shell changes folder, then becomes the program.
            program = "/bin/sh"
            programArguments = ["-c", "cd \"$0\" && exec \"$@\"", directory, executable] + arguments
        }

        let argv = ([program] + programArguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        close(output[1])
        close(errors[1])
        spawnLock.unlock()
        locked = false
        guard spawned == 0 else {
            close(output[0]); close(errors[0])
            throw Failed(call: "posix_spawn \(executable)", code: spawned)
        }

        let killer = Killer(pid: pid, seconds: secondsMax)
        // Drain both pipes to the end before waiting: a child that fills one pipe while we block
        // on the other (or on its exit) would never finish.
        let errorReader = FileHandle(fileDescriptor: errors[0], closeOnDealloc: true)
        let stderrBox = DataBox()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderrBox.data = errorReader.readDataToEndOfFile()
            drained.signal()
        }
        let stdout = FileHandle(fileDescriptor: output[0], closeOnDealloc: true).readDataToEndOfFile()
        drained.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let killed = killer.cancel()
        let signal = status & 0x7F
        let exitCode = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return (exitCode, stdout, stderrBox.data, killed)
    }

    /// Held while a child is started: every test that starts children itself takes it too.
    static let spawnLock = NSLock()

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc ≥ 2.29 has it, but its header hides it from Swift; found at run time instead.
    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    private final class DataBox: @unchecked Sendable {
        var data = Data()   // written by the reader before it signals, read after the wait
    }

    /// Kills the child if it outlives its time; `cancel()` says whether it had to.
    private final class Killer: @unchecked Sendable {
        private let lock = NSLock()
        private var finished = false
        private var fired = false

        init(pid: pid_t, seconds: Int) {
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) {
                self.lock.lock()
                defer { self.lock.unlock() }
                guard !self.finished else { return }
                self.fired = true
                kill(pid, SIGKILL)
            }
        }

        func cancel() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            finished = true
            return fired
        }
    }
}
