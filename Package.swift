// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Gonghui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gonghui", targets: ["GonghuiCLI"]),
        .library(name: "LedgerCore", targets: ["LedgerCore"]),
        .library(name: "LedgerStore", targets: ["LedgerStore"]),
        .library(name: "Reporting", targets: ["Reporting"]),
        .library(name: "UnionFunds", targets: ["UnionFunds"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Pure Swift domain core: money, accounts, vouchers, errors. No I/O.
        .target(name: "LedgerCore"),
        // SQLite storage: schema, the one posting path, balances, hash chain, imports, verify.
        .target(
            name: "LedgerStore",
            dependencies: [
                "LedgerCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The union rules on top of the ledger: chart profiles, and (next) policies, allocation, dues.
        .target(name: "UnionFunds", dependencies: [
            "LedgerCore", "LedgerStore", "Reporting", .product(name: "GRDB", package: "GRDB.swift"),
            // HMAC-SHA256 for the member register's keyed hash of national IDs.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Report data model and its renderers (table, CSV, JSON, Markdown, HTML, XLSX).
        .target(name: "Reporting", dependencies: [
            "LedgerCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .executableTarget(
            name: "GonghuiCLI",
            dependencies: [
                "LedgerCore", "LedgerStore", "Reporting", "UnionFunds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LedgerCoreTests",
            dependencies: ["LedgerCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "LedgerStoreTests",
            dependencies: [
                "LedgerCore", "LedgerStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["LedgerCore", "Reporting", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "UnionFundsTests",
            dependencies: [
                "LedgerCore", "LedgerStore", "Reporting", "UnionFunds",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CLITests",
            // GonghuiCLI so that `swift test` builds the `gonghui` binary the tests run.
            dependencies: ["LedgerCore", "GonghuiCLI", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
