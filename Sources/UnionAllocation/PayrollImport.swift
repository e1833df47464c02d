import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// What `payroll import` did.
public enum PayrollImportOutcome: Equatable, Sendable {
    /// New declarations, corrections of earlier ones (a new revision, adjusted at allocate), and
    /// rows equal to what was already declared (nothing done for them).
    case imported(rows: Int, new: Int, corrected: Int, unchanged: Int)
    /// The same file (by sha256) was imported before.
    case alreadyImported(fileName: String, at: String)
}

/// Payroll declarations (工资总额申报) by unit and month.
///
/// The file: `unit_code,unit_name,month,headcount,wage_total[,channel]` or
/// `单位编码,单位名称,所属期,职工人数,工资总额[,缴费方式]`, columns in any order, UTF-8 (with or
/// without BOM) or GB18030. Every row is checked first; any bad row and nothing is written.
public struct PayrollRegister: Sendable {
    public let database: LedgerDatabase
    public let user: String

    public init(database: LedgerDatabase, user: String) {
        self.database = database
        self.user = user
    }

    enum Column: CaseIterable {
        case unitCode, unitName, month, headcount, wageTotal, channel
        var names: [String] {
            switch self {
            case .unitCode: ["unit_code", "单位编码", "单位代码"]
            case .unitName: ["unit_name", "单位名称"]
            case .month: ["month", "所属期", "月份"]
            case .headcount: ["headcount", "职工人数"]
            case .wageTotal: ["wage_total", "工资总额"]
            case .channel: ["channel", "缴费方式"]
            }
        }
    }

    private struct Declared: Equatable {
        var headcount: Int64
        var wageFen: Int64
        var channel: CollectionChannel
    }

    /// Imports a declarations file in one transaction.
    /// - Throws: `RowsRejected` listing every bad row; `LedgerError.fileMustBeReadable`.
    /// - Complexity: one pass over the file; memory O(declarations already on file + rows).
    public func importFile(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> PayrollImportOutcome {
        let digest = try InputFile.digest(path: path, displayName: displayName)
        return try database.write { db in
            if let previous = try Row.fetchOne(db, sql: "SELECT file_name, imported_at FROM register_import WHERE kind = 'payroll' AND file_sha256 = ?",
                                               arguments: [digest]) {
                return .alreadyImported(fileName: previous[0], at: previous[1])
            }
            let directory = try UnitDirectory(db)
            // The latest revision of every (unit, month) already declared.
            var latest: [DeclarationKey: (revision: Int64, declared: Declared)] = [:]
            let existing = try Row.fetchCursor(db, sql: """
                SELECT unit_id, month, revision, headcount, wage_total_fen, channel FROM payroll_declaration d
                WHERE revision = (SELECT MAX(revision) FROM payroll_declaration e WHERE e.unit_id = d.unit_id AND e.month = d.month)
                """)
            while let row = try existing.next() {
                latest[DeclarationKey(unit: row[0], month: row[1])] = (row[2], Declared(headcount: row[3], wageFen: row[4],
                                                                                          channel: CollectionChannel(rawValue: row[5]) ?? .direct))
            }

            var problems = ProblemList(file: displayName)
            var header: CSVHeader<Column>?
            var positions: [Int] = []   // unitCode, month, headcount, wageTotal, channel
            var inFile: [DeclarationKey: (line: Int, declared: Declared)] = [:]
            var pending: [(key: DeclarationKey, revision: Int64, declared: Declared, line: Int)] = []
            // Payroll files run 35–45 bytes a row: size the tables once.
            let expectedRows = min(((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) / 35, 5_000_000)
            inFile.reserveCapacity(expectedRows)
            pending.reserveCapacity(expectedRows)
            var rows = 0, unchanged = 0, corrected = 0
            var monthsSeen: [String: YearMonth] = [:]   // a file covers a few months: parse each once
            try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
                guard let columns = header else {
                    let found = CSVHeader<Column>(fields: fields, names: \.names, required: [.unitCode, .month, .headcount, .wageTotal],
                                                  line: line, problems: &problems)
                    try problems.throwIfAny()
                    header = found
                    positions = found.positions([.unitCode, .month, .headcount, .wageTotal, .channel])
                    return
                }
                func field(_ slot: Int) -> String { positions[slot] < fields.count ? fields[positions[slot]] : "" }
                rows += 1
                var bad = false
                func report(_ column: Column, _ value: String, _ error: any Error) {
                    bad = true
                    problems.add(line: line, field: columns.name(column), value: value, error)
                }
                let code = field(0)
                let unit = directory.unit(code: code)
                if code.isEmpty {
                    report(.unitCode, code, LedgerError.fieldMustBePresent(field: columns.name(.unitCode)))
                } else if unit == nil {
                    report(.unitCode, code, AllocationError.unitMustBeRegistered(code: code))
                }
                let monthText = field(1)
                let month = monthsSeen[monthText] ?? (try? YearMonth(parsing: monthText))
                if let month, monthsSeen.count < 1_000 { monthsSeen[monthText] = month }
                if month == nil { report(.month, monthText, LedgerError.monthMustBeValid(value: monthText)) }
                var headcountText = field(2)
                if headcountText.utf8.contains(UInt8(ascii: ",")) { headcountText.removeAll { $0 == "," } }
                let headcount = Int64(headcountText)
                if headcount == nil || (headcount ?? -1) < 0 {
                    report(.headcount, headcountText, AllocationError.headcountMustBeWholeNumber(value: headcountText))
                }
                let wageText = field(3)
                var wage: Money?
                do {
                    wage = try Money(parsing: wageText)
                    if let value = wage, value.fen < 0 {
                        report(.wageTotal, wageText, AllocationError.wageTotalMustNotBeNegative(value: wageText))
                    }
                } catch let error as LedgerError {
                    report(.wageTotal, wageText, error)
                }
                let channelText = field(4)
                var channel = unit?.channel ?? .direct
                if !channelText.isEmpty {
                    do { channel = try CollectionChannel(parsingNameOrCode: channelText) } catch let error as any RuleError {
                        report(.channel, channelText, error)
                    }
                }
                guard !bad, let unit, let month, let headcount, let wage else { return }
                let key = DeclarationKey(unit: unit.id, month: Int64(month.ordinal))
                let declared = Declared(headcount: headcount, wageFen: wage.fen, channel: channel)
                if let first = inFile[key] {
                    if first.declared != declared {
                        report(.unitCode, "\(code) \(month)",
                               AllocationError.declarationMustNotConflict(unit: code, month: month.description, firstLine: first.line))
                    }
                    return   // the same figures twice in one file: counted once
                }
                inFile[key] = (line, declared)
                if let previous = latest[key] {
                    if previous.declared == declared { unchanged += 1; return }
                    corrected += 1
                    pending.append((key, previous.revision + 1, declared, line))
                } else {
                    pending.append((key, 1, declared, line))
                }
            }
            if header == nil {
                problems.add(line: 1, field: "header", value: "",
                             LedgerError.headerMustNameColumn(column: "unit_code,unit_name,month,headcount,wage_total"))
            }
            try problems.throwIfAny()

            try db.execute(sql: """
                INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by)
                VALUES ('payroll', ?, ?, ?, ?, ?)
                """, arguments: [displayName, digest, rows, database.clock.now(), user])
            let importID = db.lastInsertedRowID
            let now = database.clock.now()
            let insert = BulkRowWriter(db, table: "payroll_declaration", columns: [
                "unit_id", "month", "revision", "headcount", "wage_total_fen", "channel", "import_id", "line",
            ])
            for item in pending {
                for value: Int64? in [item.key.unit, item.key.month, item.revision, item.declared.headcount, item.declared.wageFen] {
                    insert.add(value)
                }
                insert.add(item.declared.channel.rawValue)
                insert.add(importID)
                insert.add(Int64(item.line))
                try insert.endRow()
            }
            try insert.flush()
            try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (NULL, ?, ?, 'payroll.import', ?)",
                           arguments: [now, user, "\(displayName): \(rows) rows, \(pending.count - corrected) new, \(corrected) corrected, \(unchanged) unchanged"])
            return .imported(rows: rows, new: pending.count - corrected, corrected: corrected, unchanged: unchanged)
        }
    }
}

struct DeclarationKey: Hashable {
    var unit: Int64
    var month: Int64
}

extension CollectionChannel {
    /// A channel by code (`tax-40`) or by its Chinese name (`税务代收40%`).
    public init(parsingNameOrCode text: String) throws {
        let trimmed = text.trimmingSpaces()
        if let channel = CollectionChannel.allCases.first(where: { $0.name(in: .zh) == trimmed }) {
            self = channel
            return
        }
        try self.init(parsing: trimmed)
    }
}
