import Foundation

/// One benchmark run's figures, each printed beside its anchor from the same run (the raw
/// `sqlite3 .import` of the same file for imports, a plain `SELECT … GROUP BY` for reports), with
/// the ratio and the target, then appended as one JSON line to `Benchmarks/results/results.jsonl`.
public struct BenchReport {
    public struct Figure {
        public var name: String
        public var seconds: Double
        /// Items per second (vouchers, declarations), if the figure has a rate.
        public var rate: Double?
        public var rateUnit: String?
        public var anchorName: String?
        public var anchorSeconds: Double?
        /// The target as text ("≤ 1.5× anchor", "≥ 250,000 vouchers/s", "≤ 3 s").
        public var target: String
        public var met: Bool?
        /// CPU time of the step (this process), when measured: steadier than wall time on a shared machine.
        public var cpu: Double?

        public var ratio: Double? { anchorSeconds.map { seconds / $0 } }
    }

    public let benchmark: String
    public let size: String
    public let root: String
    public private(set) var figures: [Figure] = []
    public var extra: [String: Any] = [:]

    public init(benchmark: String, size: String, root: String) {
        self.benchmark = benchmark
        self.size = size
        self.root = root
    }

    public mutating func add(_ name: String, seconds: Double, rate: (Double, String)? = nil, anchor: (String, Double)? = nil,
                             target: String, met: Bool? = nil, cpu: Double? = nil) {
        figures.append(Figure(name: name, seconds: seconds, rate: rate?.0, rateUnit: rate?.1, anchorName: anchor?.0,
                              anchorSeconds: anchor?.1, target: target, met: met, cpu: cpu))
    }

    /// The table: figure | anchor | ratio | target.
    public func printTable() {
        print("")
        print("| figure | time | CPU | rate | anchor (same run) | ratio | target | met |")
        print("|---|---|---|---|---|---|---|---|")
        for figure in figures {
            let time = Self.time(figure.seconds)
            let rate = figure.rate.map { "\(Self.grouped($0)) \(figure.rateUnit ?? "")/s" } ?? ""
            let anchor = figure.anchorName.map { "\($0) \(Self.time(figure.anchorSeconds ?? 0))" } ?? ""
            let ratio = figure.ratio.map { String(format: "%.2f×", $0) } ?? ""
            let met = figure.met.map { $0 ? "yes" : "no" } ?? ""
            let cpu = figure.cpu.map { Self.time($0) } ?? ""
            print("| \(figure.name) | \(time) | \(cpu) | \(rate) | \(anchor) | \(ratio) | \(figure.target) | \(met) |")
        }
        print("load average at the end: \(Self.loadAverage())")
    }

    /// Appends the run to `Benchmarks/results/results.jsonl` (unless `GONGHUI_BENCH_NO_RESULTS` is set).
    public func append(label: String = ProcessInfo.processInfo.environment["GONGHUI_BENCH_LABEL"] ?? "") {
        guard ProcessInfo.processInfo.environment["GONGHUI_BENCH_NO_RESULTS"] == nil else { return }
        let formatter = ISO8601DateFormatter()
        var record: [String: Any] = [
            "date": formatter.string(from: Date()), "label": label, "commit": Self.commit(root: root),
            "benchmark": benchmark, "size": size, "load1": Self.loadAverage().first ?? 0,
        ]
        record["figures"] = figures.map { figure -> [String: Any] in
            var entry: [String: Any] = ["name": figure.name, "seconds": Self.rounded(figure.seconds), "target": figure.target]
            if let rate = figure.rate { entry["per_second"] = Int(rate.rounded()); entry["unit"] = figure.rateUnit ?? "" }
            if let name = figure.anchorName, let seconds = figure.anchorSeconds {
                entry["anchor"] = name
                entry["anchor_seconds"] = Self.rounded(seconds)
                entry["ratio"] = Self.rounded(figure.seconds / seconds)
            }
            if let met = figure.met { entry["met"] = met }
            if let cpu = figure.cpu { entry["cpu_seconds"] = Self.rounded(cpu) }
            return entry
        }
        for (key, value) in extra { record[key] = value }
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        let path = root + "/Benchmarks/results/results.jsonl"
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { print("cannot append to \(path)"); return }
        handle.seekToEndOfFile()
        handle.write(data + Data("\n".utf8))
        try? handle.close()
        print("appended to \(path)")
    }

    public static func loadAverage() -> [Double] {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return [] }
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }

    static func commit(root: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", root, "rev-parse", "--short", "HEAD"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        process.waitUntilExit()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    public static func time(_ seconds: Double) -> String {
        seconds < 0.1 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }

    public static func grouped(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return formatter.string(from: NSNumber(value: value)) ?? String(Int(value))
    }
}

/// Seconds since `start`.
public func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// CPU time this process has used so far (user + system, every thread).
public func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs a program to the end with its output discarded; its wall time and exit status.
///
/// Spawned and waited for directly (`posix_spawn`, `waitpid`): Foundation's `waitUntilExit` on
/// Linux polls its run loop every 50 ms, so every time it measured was late by up to 50 ms — a
/// fifth of a 100,000-voucher import's anchor (the session 45 runs before this showed 0.25, 0.30,
/// 0.35, 0.40, 0.45 s and nothing between).
public func runProgram(_ executable: String, _ arguments: [String]) throws -> (seconds: Double, status: Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    let start = ContinuousClock.now
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else {
        throw NSError(domain: "BenchReport", code: Int(spawned),
                      userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable): \(String(cString: strerror(spawned)))"])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let elapsed = seconds(since: start)
    // WIFEXITED / WEXITSTATUS, and 128 + the signal for a killed child, as a shell reports it.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (elapsed, exitStatus)
}
