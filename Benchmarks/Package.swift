// swift-tools-version: 6.1
// A separate package so `swift test` in CI never builds the benchmark.
import PackageDescription

// The root package by path, named explicitly: without `name:` SwiftPM names a path dependency by
// its folder (`main` here, something else in another clone), and `.product(package:)` must match it.
let package = Package(
    name: "GonghuiBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Gonghui", path: ".."),
        // The same GRDB the root pins: the anchors' plain `SELECT … GROUP BY`, in process.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // Figure beside anchor, ratio and target; one JSON line per run in results/results.jsonl.
        .target(name: "BenchReport"),
        // `gonghui voucher import` end to end, trial balance and verify in process (issue 3).
        .executableTarget(
            name: "LedgerBench",
            dependencies: [
                .product(name: "LedgerCore", package: "Gonghui"),
                .product(name: "InputFiles", package: "Gonghui"),
                .product(name: "LedgerStore", package: "Gonghui"),
                .product(name: "LedgerSQLite", package: "Gonghui"),
                .product(name: "GRDB", package: "GRDB.swift"),
                "BenchReport",
            ]
        ),
        // 50,000 units × 12 months: import, allocate, arrears (issue 4).
        .executableTarget(
            name: "FederationBench",
            dependencies: [
                .product(name: "LedgerCore", package: "Gonghui"),
                .product(name: "LedgerStore", package: "Gonghui"),
                .product(name: "LedgerSQLite", package: "Gonghui"),
                .product(name: "UnionCore", package: "Gonghui"),
                .product(name: "UnionAllocation", package: "Gonghui"),
                .product(name: "UnionSQLite", package: "Gonghui"),
                .product(name: "GRDB", package: "GRDB.swift"),
                "BenchReport",
            ]
        ),
    ]
)
