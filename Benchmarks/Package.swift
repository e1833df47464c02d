// swift-tools-version: 6.1
// A separate package so `swift test` in CI never builds the benchmark.
import PackageDescription

let package = Package(
    name: "GonghuiBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "LedgerBench",
            dependencies: [
                .product(name: "LedgerCore", package: "main"),
                .product(name: "LedgerStore", package: "main"),
            ]
        ),
        // 50,000 units × 12 months: import, allocate, arrears (issue 4).
        .executableTarget(
            name: "FederationBench",
            dependencies: [
                .product(name: "LedgerCore", package: "main"),
                .product(name: "LedgerStore", package: "main"),
                .product(name: "UnionFunds", package: "main"),
            ]
        ),
    ]
)
