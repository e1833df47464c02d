import Foundation
import InputFiles
import LedgerCore
import LedgerStore

/// The member file: `member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base`
/// or `会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数`, plus an optional
/// `wage_effective`/`工资生效月份` (YYYY-MM) saying from which month a row's wage or status change applies.
enum MemberFileLayout {
    typealias Column = RegisterFile.Column
    static let number = Column(key: "member_no", names: ["member_no", "会员编号"])
    static let name = Column(key: "name", names: ["name", "姓名"])
    static let id = Column(key: "id_number", names: ["id_number", "身份证号", "身份证号码", "公民身份号码"])
    static let unit = Column(key: "unit_code", names: ["unit_code", "单位编码"])
    static let department = Column(key: "department", names: ["department", "部门"], isRequired: false)
    static let joinDate = Column(key: "join_date", names: ["join_date", "入会日期"])
    static let status = Column(key: "status", names: ["status", "状态", "会员状态"])
    static let employment = Column(key: "employment_type", names: ["employment_type", "用工形式"])
    static let wage = Column(key: "wage_base", names: ["wage_base", "工资基数", "缴费基数"])
    static let effective = Column(key: "wage_effective", names: ["wage_effective", "工资生效月份", "生效月份"], isRequired: false)
    static let all = [number, name, id, unit, department, joinDate, status, employment, wage, effective]

    /// Member files run 60–100 bytes a row: tables of what the first pass saw, when kept in
    /// memory, are sized once from the file's size.
    static func expectedRows(path: String) -> Int {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        return min(size / 60, 10_000_000)
    }

    /// Calls `body` with the header and each non-blank row, as the file is read.
    /// - Returns: the file's sha256.
    /// - Throws: `RowsRejected` for a bad header (or none), an unclosed quote or undecodable bytes;
    ///   `LedgerError.fileMustBeReadable`.
    static func forEachRow(path: String, displayName: String, encoding: InputEncoding,
                           _ body: (RegisterFile.Header, RegisterFile.Row) throws -> Void) throws -> String {
        var header: RegisterFile.Header?
        let digest = try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
            guard let columns = header else {
                header = try RegisterFile.Header(fields: fields, line: line, name: displayName, columns: all)
                return
            }
            try body(columns, columns.row(line: line, fields: fields))
        }
        guard header != nil else { throw RegisterFile.Header.missing(name: displayName, columns: all) }
        return digest
    }
}

/// A row that passed every check, ready to write.
struct CheckedMemberRow {
    var line: Int
    var number: String
    var name: String
    var id: NationalID?
    var idHash: Data?
    var unitCode: String
    var department: String
    var joinDate: LocalDate
    var status: MemberStatus
    var employment: EmploymentType
    var wage: Money
    var effective: YearMonth?

    /// The register fields the row stands for.
    var record: MemberRecord {
        MemberRecord(number: number, name: name, idHash: idHash, maskedID: id?.masked ?? "", idIsLegacy: id?.isLegacy == true,
                     unit: unitCode, department: department, joinDate: joinDate, employmentType: employment)
    }
}

extension MemberRegister {
    /// Imports or re-imports the register from a CSV file, in one transaction.
    ///
    /// A row whose member number is new adds a member, with its status and wage base from the join
    /// month. A known number updates what changed and reports each change; a new status or wage
    /// base takes effect from the row's `wage_effective` month, else `effective`, else the current
    /// month, and replaces any later dated state. Every row is checked first; any bad row means
    /// `RowsRejected` listing them all (IDs masked) and nothing written, not even the key.
    ///
    /// The file is read twice and never held: the first pass checks every row (against the
    /// register as it stood before the import, and against the file's other rows), the second
    /// writes them. The second pass must read the same bytes (sha256), or nothing is written.
    /// - Parameter idKeySecret: `GONGHUI_ID_KEY`, if set (see `MemberIDKey`).
    /// - Complexity: two reads of the file. The first pass notes the numbers and ID hashes it has
    ///   seen (`MemberFileSeen`): on SQLite in memory up to 300,000 of them, then in temporary
    ///   tables, so memory stops growing with the rows; elsewhere in memory, about 80 bytes a row.
    public func importMembers(path: String, displayName: String, encoding: InputEncoding = .automatic,
                              effective: YearMonth? = nil, idKeySecret: String? = nil) throws -> MemberImportOutcome {
        let today = store.clock.today()
        let defaultEffective = effective ?? today.yearMonth
        let expectedRows = MemberFileLayout.expectedRows(path: path)
        return try store.withMemberTransaction(user: user) { transaction in
            let key = try MemberIDKey.load(transaction, secret: idKeySecret)
            let seen = try transaction.fileRowsSeen(expectedRows: expectedRows)
            var checker = MemberRowChecker(fileName: displayName, units: try transaction.registeredUnits(), key: key, today: today,
                                           crossCheck: (transaction, seen))
            // The progress line follows the second pass, the one that writes (and takes the time).
            let checkedDigest = try ImportProgress.scope.withValue(nil) {
                try MemberFileLayout.forEachRow(path: path, displayName: displayName, encoding: encoding) { header, row in
                    _ = try checker.check(row, header: header)
                }
            }
            try seen.close()
            try checker.problems.throwIfAny()

            var writer = MemberRowChecker(fileName: displayName, units: checker.units, key: key, today: today, crossCheck: nil)
            var outcome = MemberImportOutcome(added: 0, updated: 0, unchanged: 0, legacyIDs: 0, changes: [])
            let writtenDigest = try MemberFileLayout.forEachRow(path: path, displayName: displayName, encoding: encoding) { header, row in
                guard let row = try writer.check(row, header: header) else { return }
                try write(row, into: transaction, effective: defaultEffective, source: displayName, outcome: &outcome)
            }
            // Only a file changed between the passes gets here with problems or another digest.
            try writer.problems.throwIfAny()
            guard writtenDigest == checkedDigest else {
                throw LedgerError.fileMustBeReadable(path: displayName, reason: "the file changed while it was read")
            }
            try transaction.recordEvent(action: "member.import",
                                        detail: "\(displayName): \(outcome.added) added, \(outcome.updated) updated")
            return outcome
        }
    }

    /// Adds the row's member, or updates the member it names, and counts what was done.
    private func write(_ row: CheckedMemberRow, into transaction: any MemberTransaction, effective: YearMonth, source: String,
                       outcome: inout MemberImportOutcome) throws {
        if row.id?.isLegacy == true { outcome.legacyIDs += 1 }
        if let existing = try transaction.member(number: row.number) {
            let changes = try update(existing, to: row, effective: row.effective ?? effective, transaction: transaction, source: source)
            if changes.isEmpty { outcome.unchanged += 1 } else { outcome.updated += 1 }
            outcome.changes += changes
        } else {
            try transaction.insertMember(row.record, state: MemberStateChange(from: row.joinDate.yearMonth, status: row.status,
                                                                              wageBase: row.wage))
            outcome.added += 1
        }
    }

    /// Writes what changed and returns it; a status or wage change is dated from `effective`.
    private func update(_ existing: MemberRecord, to row: CheckedMemberRow, effective: YearMonth,
                        transaction: any MemberTransaction, source: String) throws -> [MemberChange] {
        let latest = try transaction.latestState(memberNumber: existing.number)
        let changes = MemberChanges.between(existing, latest: latest, and: row.record, status: row.status, wage: row.wage,
                                            effective: effective)
        guard !changes.isEmpty else { return [] }
        try transaction.updateMember(row.record)
        if latest?.status != row.status || latest?.wageBase != row.wage {
            // The file says how things stand from `effective` on: later dated states give way.
            try transaction.replaceStates(memberNumber: existing.number,
                                          from: MemberStateChange(from: effective, status: row.status, wageBase: row.wage))
        }
        try transaction.recordChanges(changes, source: source)
        return changes
    }
}

/// What a re-imported row changes about a member, field by field (IDs masked).
enum MemberChanges {
    /// The changes from `old` (and its latest dated state) to `new`; a status or wage change is dated `effective`.
    static func between(_ old: MemberRecord, latest: MemberStateChange?, and new: MemberRecord, status: MemberStatus,
                        wage: Money, effective: YearMonth) -> [MemberChange] {
        var changes: [MemberChange] = []
        func change(_ field: String, _ before: String, _ after: String, effective: String = "") {
            changes.append(MemberChange(memberNumber: new.number, field: field, old: before, new: after, effective: effective))
        }
        if old.name != new.name { change("name", old.name, new.name) }
        if old.idHash != new.idHash { change("id_number", old.maskedID, new.maskedID) }
        if old.unit != new.unit { change("unit_code", old.unit, new.unit) }
        if old.department != new.department { change("department", old.department, new.department) }
        if old.joinDate != new.joinDate { change("join_date", old.joinDate.description, new.joinDate.description) }
        if old.employmentType != new.employmentType {
            change("employment_type", old.employmentType.rawValue, new.employmentType.rawValue)
        }
        if latest?.status != status {
            change("status", latest?.status.rawValue ?? "", status.rawValue, effective: effective.description)
        }
        if latest?.wageBase != wage {
            change("wage_base", latest?.wageBase.plainString ?? "", wage.plainString, effective: effective.description)
        }
        return changes
    }
}

extension LocalDate {
    /// A placeholder for a row whose join date is bad (the row is refused anyway).
    static var unknownJoin: LocalDate {
        (try? LocalDate(year: 1900, month: 1, day: 1)) ?? { preconditionFailure("1900-01-01 is a valid date") }()
    }
}
