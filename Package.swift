// swift-tools-version: 6.1
import PackageDescription

// Modules by concept; arrows point down only (ARCHITECTURE.md):
//   GonghuiCLI → GonghuiTour → UnionSQLite/UnionPostgres → UnionStores → UnionAudit → UnionStatements/UnionAllocation/UnionMembers
//   → UnionCore → Reporting, LedgerStore, InputFiles → LedgerCore.
// GRDB appears only in the storage modules LedgerSQLite and UnionSQLite.
let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")
let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")
let propertyBased: Target.Dependency = .product(name: "PropertyBased", package: "swift-property-based")
let unionRules: [Target.Dependency] = ["UnionCore", "UnionAllocation", "UnionMembers", "UnionStatements", "UnionAudit"]

let package = Package(
    name: "Gonghui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gonghui", targets: ["GonghuiCLI"]),
        .library(name: "LedgerCore", targets: ["LedgerCore"]),
        .library(name: "LedgerStore", targets: ["LedgerStore"]),
        .library(name: "LedgerSQLite", targets: ["LedgerSQLite"]),
        .library(name: "Reporting", targets: ["Reporting"]),
        .library(name: "UnionCore", targets: ["UnionCore"]),
        .library(name: "InputFiles", targets: ["InputFiles"]),
        .library(name: "UnionAllocation", targets: ["UnionAllocation"]),
        .library(name: "UnionSQLite", targets: ["UnionSQLite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // Pure Swift domain core: money, rates, accounts, vouchers, periods, findings, rule errors. No I/O.
        .target(name: "LedgerCore"),
        // The one import pipeline: decoding (UTF-8, BOM, GB18030), CSV records, header maps, row problems, digests.
        .target(name: "InputFiles", dependencies: ["LedgerCore", crypto, .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Storage protocols: what the rules may ask of a store. No database library in its API.
        .target(name: "LedgerStore", dependencies: ["LedgerCore", "InputFiles", crypto]),
        // SQLite's process-wide settings (`sqlite3_config` is variadic: C only).
        .target(name: "SQLiteSettings", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The embedded SQLite store (GRDB): migrations, the one posting path, balances, hash chain, verify.
        .target(name: "LedgerSQLite", dependencies: [
            "LedgerCore", "LedgerStore", "InputFiles", "SQLiteSettings", grdb, .product(name: "GRDBSQLite", package: "GRDB.swift"), crypto,
        ]),
        // The PostgreSQL store (postgres-nio): the same schema, posting path and hash chain as LedgerSQLite.
        .target(name: "LedgerPostgres", dependencies: [
            "LedgerCore", "LedgerStore", "InputFiles", crypto, .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // Report data model and its renderers (table, CSV, JSON, Markdown, HTML, XLSX).
        .target(name: "Reporting", dependencies: [
            "LedgerCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Organisations and tenures, chart profiles with account roles, the policy reader, the context.
        .target(name: "UnionCore", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "Reporting"]),
        // The 2% allocation, remittances, arrears, late fees, notices.
        .target(name: "UnionAllocation", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "Reporting", "UnionCore"]),
        // Member register, national IDs, dues, membership statistics.
        .target(name: "UnionMembers", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "Reporting", "UnionCore", crypto]),
        // Official statements, changeover, close (budgets and final accounts next).
        .target(name: "UnionStatements", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "Reporting", "UnionCore"]),
        // The audit: the Check protocol and its catalogue.
        .target(name: "UnionAudit", dependencies: ["LedgerCore", "LedgerStore", "Reporting", "UnionCore", "UnionAllocation", "UnionMembers", "UnionStatements"]),
        // Every store the union rules use over one book, as one protocol (the CLI's choice of SQLite or PostgreSQL).
        .target(name: "UnionStores", dependencies: ["LedgerCore", "LedgerStore"] + unionRules),
        // The union tables' SQL (GRDB), behind the protocols the union modules declare.
        .target(name: "UnionSQLite", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "LedgerSQLite", "UnionStores", grdb] + unionRules),
        // The same union tables on PostgreSQL (postgres-nio), behind the same protocols.
        .target(name: "UnionPostgres", dependencies: [
            "LedgerCore", "InputFiles", "LedgerStore", "LedgerPostgres", "UnionStores", crypto,
        ] + unionRules),
        // Plain-text journals (hledger, beancount, CSV) written voucher by voucher as they are read.
        .target(name: "LedgerExport", dependencies: ["LedgerCore", "LedgerStore", "Reporting"]),
        // The demo (`gonghui tour`): builds example books and prints what the engine does. No argument parsing.
        .target(name: "GonghuiTour", dependencies: [
            "LedgerCore", "InputFiles", "LedgerStore", "LedgerSQLite", "Reporting", "UnionSQLite",
        ] + unionRules),
        .executableTarget(
            name: "GonghuiCLI",
            dependencies: [
                "LedgerCore", "InputFiles", "LedgerStore", "LedgerSQLite", "Reporting", "UnionSQLite", "GonghuiTour", "LedgerExport", "LedgerPostgres",
                "UnionStores", "UnionPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + unionRules
        ),
        .testTarget(name: "LedgerCoreTests", dependencies: ["LedgerCore", "InputFiles", propertyBased]),
        .testTarget(name: "LedgerSQLiteTests", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "LedgerSQLite", grdb, propertyBased]),
        .testTarget(name: "UnionPostgresTests", dependencies: [
            "LedgerCore", "InputFiles", "LedgerStore", "LedgerPostgres", "UnionPostgres", "UnionStores", "LedgerSQLite", "UnionSQLite", grdb,
        ] + unionRules),
        .testTarget(name: "LedgerPostgresTests", dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "LedgerPostgres", "LedgerSQLite"]),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["LedgerCore", "Reporting", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "UnionFundsTests",
            dependencies: ["LedgerCore", "InputFiles", "LedgerStore", "LedgerSQLite", "Reporting", "UnionSQLite", grdb, propertyBased] + unionRules
        ),
        .testTarget(
            name: "CLITests",
            // GonghuiCLI so that `swift test` builds the `gonghui` binary the tests run.
            dependencies: ["LedgerCore", "GonghuiCLI", "LedgerPostgres", .product(name: "ZIPFoundation", package: "ZIPFoundation"), propertyBased]
        ),
    ]
)
