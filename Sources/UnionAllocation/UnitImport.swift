import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// What `org import` did.
public enum UnitImportOutcome: Equatable, Sendable {
    case imported(rows: Int, registered: Int, unchanged: Int)
    case alreadyImported(fileName: String, at: String)
}

/// Registers units from a file into a SQLite books file's organisation register.
public struct UnitImporter: Sendable {
    public let database: LedgerDatabase
    public let user: String

    public init(database: LedgerDatabase, user: String) {
        self.database = database
        self.user = user
    }

    enum UnitColumn: CaseIterable {
        case code, name, kind, parent, channel, bankName, bankAccount
        var names: [String] {
            switch self {
            case .code: ["code", "unit_code", "单位编码", "单位代码"]
            case .name: ["name", "unit_name", "单位名称"]
            case .kind: ["kind", "类型", "单位类型"]
            case .parent: ["parent", "上级单位", "上级单位编码"]
            case .channel: ["channel", "缴费方式"]
            case .bankName: ["bank_name", "开户行"]
            case .bankAccount: ["bank_account", "账号", "银行账号"]
            }
        }
    }

    private struct UnitRow: Equatable {
        var code: String
        var name: String
        var kind: String
        var parent: String
        var channel: CollectionChannel
        var bankName: String
        var bankAccount: String
    }

    /// Registers many units at once (a federation's thousands of employers' unions).
    ///
    /// The file: `code,name,kind,parent,channel[,bank_name,bank_account]` or
    /// `单位编码,单位名称,类型,上级单位,缴费方式[,开户行,账号]`. A parent may be registered already or
    /// appear anywhere in the file. A blank channel takes the policy's default for the kind. A
    /// unit already registered with the same details is left alone; with other details the row
    /// is refused (change a unit with `org set`). Any bad row and nothing is written.
    public func importUnits(path: String, displayName: String, channels: ChannelTerms,
                            encoding: InputEncoding = .automatic) throws -> UnitImportOutcome {
        let digest = try InputFile.digest(path: path, displayName: displayName)
        let firstPeriod = try YearMonth(year: database.clock.today().year, month: 1)
        return try database.write { db in
            if let previous = try Row.fetchOne(db, sql: "SELECT file_name, imported_at FROM register_import WHERE kind = 'unit' AND file_sha256 = ?",
                                               arguments: [digest]) {
                return .alreadyImported(fileName: previous[0], at: previous[1])
            }
            let directory = try UnitDirectory(db)
            var problems = ProblemList(file: displayName)
            var header: CSVHeader<UnitColumn>?
            var rows: [(line: Int, unit: UnitRow)] = []
            var lineByCode: [String: Int] = [:]
            var unchanged = 0
            try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
                guard let columns = header else {
                    header = CSVHeader(fields: fields, names: \.names, required: [.code, .name, .kind], line: line, problems: &problems)
                    try problems.throwIfAny()
                    return
                }
                var bad = false
                func report(_ column: UnitColumn, _ value: String, _ error: any Error) {
                    bad = true
                    problems.add(line: line, field: columns.name(column), value: value, error)
                }
                var texts: [UnitColumn: String] = [:]
                for column in UnitColumn.allCases {
                    let text = columns.value(column, in: fields)
                    if !text.isSingleLineText { report(column, text, AllocationError.textMustBeSingleLine(field: columns.name(column))) }
                    texts[column] = text
                }
                let code = texts[.code] ?? ""
                for column in [UnitColumn.code, .name, .kind] where (texts[column] ?? "").isEmpty {
                    report(column, "", LedgerError.fieldMustBePresent(field: columns.name(column)))
                }
                if code.count > 32 { report(.code, code, LedgerError.fieldMustBePresent(field: columns.name(.code))) }
                if let first = lineByCode[code], !code.isEmpty {
                    report(.code, code, LedgerError.organisationCodeMustBeUnique(code: "\(code) (line \(first))"))
                }
                let kind = texts[.kind] ?? ""
                var channel = channels.channel(forKind: kind)
                if let text = texts[.channel], !text.isEmpty {
                    do { channel = try CollectionChannel(parsingNameOrCode: text) } catch let error as any RuleError {
                        report(.channel, text, error)
                    }
                }
                guard !bad else { return }
                lineByCode[code] = line
                let unit = UnitRow(code: code, name: texts[.name] ?? "", kind: kind, parent: texts[.parent] ?? "", channel: channel,
                                   bankName: texts[.bankName] ?? "", bankAccount: texts[.bankAccount] ?? "")
                if let registered = directory.unit(code: code) {
                    let parentCode = registered.parentID.flatMap { directory.byID[$0]?.code } ?? ""
                    let differences: [(UnitColumn, String, String)] = [
                        (.name, registered.name, unit.name), (.kind, registered.kind, unit.kind), (.parent, parentCode, unit.parent),
                        (.channel, registered.channel.rawValue, (texts[.channel] ?? "").isEmpty ? registered.channel.rawValue : unit.channel.rawValue),
                        (.bankName, registered.bankName, unit.bankName.isEmpty ? registered.bankName : unit.bankName),
                        (.bankAccount, registered.bankAccount, unit.bankAccount.isEmpty ? registered.bankAccount : unit.bankAccount),
                    ].filter { $0.1 != $0.2 }
                    if let (column, registeredValue, _) = differences.first {
                        report(column, texts[column] ?? "", AllocationError.unitDetailsMustMatchRegister(
                            code: code, field: columns.name(column), registered: registeredValue))
                    } else {
                        unchanged += 1
                    }
                    return
                }
                rows.append((line, unit))
            }
            if header == nil {
                problems.add(line: 1, field: "header", value: "", LedgerError.headerMustNameColumn(column: "code,name,kind,parent,channel"))
            }
            // Parents: registered, or new in this file; and no loops among the new ones.
            let newParents = Dictionary(rows.map { ($0.unit.code, $0.unit.parent) }, uniquingKeysWith: { first, _ in first })
            for (line, unit) in rows where !unit.parent.isEmpty {
                if directory.unit(code: unit.parent) == nil && newParents[unit.parent] == nil {
                    problems.add(line: line, field: header?.name(.parent) ?? "parent", value: unit.parent,
                                 AllocationError.unitMustBeRegistered(code: unit.parent))
                    continue
                }
                var cursor = unit.parent
                var steps = 0
                while let next = newParents[cursor], steps < 64 {
                    if cursor == unit.code { break }
                    cursor = next
                    steps += 1
                }
                if cursor == unit.code || steps >= 64 {
                    problems.add(line: line, field: header?.name(.parent) ?? "parent", value: unit.parent,
                                 UnionFundsError.parentMustNotLoop(code: unit.code, parent: unit.parent))
                }
            }
            try problems.throwIfAny()

            let now = database.clock.now()
            let insert = try db.makeStatement(sql: """
                INSERT INTO organisation(code, name, kind, first_period, created_at, created_by, bank_name, bank_account, channel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var ids: [String: Int64] = [:]
            for (_, unit) in rows {
                try insert.execute(arguments: [unit.code, unit.name, unit.kind, firstPeriod.ordinal, now, user,
                                               unit.bankName, unit.bankAccount, unit.channel.rawValue])
                ids[unit.code] = db.lastInsertedRowID
            }
            let setParent = try db.makeStatement(sql: "UPDATE organisation SET parent_id = ? WHERE id = ?")
            for (_, unit) in rows where !unit.parent.isEmpty {
                guard let id = ids[unit.code], let parentID = ids[unit.parent] ?? directory.unit(code: unit.parent)?.id else { continue }
                try setParent.execute(arguments: [parentID, id])
            }
            try db.execute(sql: """
                INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by) VALUES ('unit', ?, ?, ?, ?, ?)
                """, arguments: [displayName, digest, rows.count + unchanged, now, user])
            try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (NULL, ?, ?, 'org.import', ?)",
                           arguments: [now, user, "\(displayName): \(rows.count) registered, \(unchanged) unchanged"])
            return .imported(rows: rows.count + unchanged, registered: rows.count, unchanged: unchanged)
        }
    }
}
