import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
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
}

/// A row that passed every check, ready to write.
struct CheckedMemberRow {
    var line: Int
    var number: String
    var name: String
    var id: NationalID?
    var idHash: Data?
    var unitID: Int64
    var unitCode: String
    var department: String
    var joinDate: LocalDate
    var status: MemberStatus
    var employment: EmploymentType
    var wage: Money
    var effective: YearMonth?
}

extension MemberRegister {
    /// Imports or re-imports the register from a CSV file, in one transaction.
    ///
    /// A row whose member number is new adds a member, with its status and wage base from the join
    /// month. A known number updates what changed and reports each change; a new status or wage
    /// base takes effect from the row's `wage_effective` month, else `effective`, else the current
    /// month, and replaces any later dated state. Every row is checked first; any bad row means
    /// `MemberImportRejected` listing them all (IDs masked) and nothing written, not even the key.
    /// - Parameter idKeySecret: `GONGHUI_ID_KEY`, if set (see `MemberIDKey`).
    public func importMembers(path: String, displayName: String, encoding: InputEncoding = .automatic,
                              effective: YearMonth? = nil, idKeySecret: String? = nil) throws -> MemberImportOutcome {
        let text = try TextFile.read(path: path, displayName: displayName, encoding: encoding)
        let file = try RegisterFile(text: text, name: displayName, columns: MemberFileLayout.all)
        let today = database.clock.today()
        let defaultEffective = effective ?? today.yearMonth
        return try database.write { db in
            let key = try MemberIDKey.load(db, secret: idKeySecret, user: user, now: database.clock.now())
            let rows = try check(file, db: db, key: key, today: today)
            var outcome = MemberImportOutcome(added: 0, updated: 0, unchanged: 0, legacyIDs: 0, changes: [])
            for row in rows {
                if row.id?.isLegacy == true { outcome.legacyIDs += 1 }
                if let existing = try StoredMember.fetch(db, number: row.number) {
                    let changes = try update(existing, to: row, effective: row.effective ?? defaultEffective, db: db, source: displayName)
                    if changes.isEmpty { outcome.unchanged += 1 } else { outcome.updated += 1 }
                    outcome.changes += changes
                } else {
                    try insert(row, db: db)
                    outcome.added += 1
                }
            }
            try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (NULL, ?, ?, 'member.import', ?)",
                           arguments: [database.clock.now(), user, "\(displayName): \(outcome.added) added, \(outcome.updated) updated"])
            return outcome
        }
    }

    /// Every row checked; all problems reported at once.
    private func check(_ file: RegisterFile, db: Database, key: MemberIDKey, today: LocalDate) throws -> [CheckedMemberRow] {
        typealias L = MemberFileLayout
        var problems = RowProblems(file: file.name)
        let units = Dictionary(try Row.fetchAll(db, sql: "SELECT code, id FROM organisation").map { ($0["code"] as String, $0["id"] as Int64) },
                               uniquingKeysWith: { first, _ in first })
        var firstLineOfNumber: [String: Int] = [:]
        var numberOfHash: [Data: (number: String, line: Int)] = [:]
        var checked: [CheckedMemberRow] = []
        for row in file.rows {
            var bad = false
            func report(_ column: RegisterFile.Column, _ value: String, _ error: MemberRowProblem.RowError) {
                bad = true
                problems.add(line: row.line, field: file.heading(column), value: value, error)
            }
            func plain(_ column: RegisterFile.Column) -> String { NationalID.maskingNumbers(in: row.text(column)) }
            func text(_ column: RegisterFile.Column) -> String {
                let value = row.text(column)
                if value.hasControlCharacters {
                    report(column, plain(column), .ledger(.textMustNotHoldControlCharacters(field: file.heading(column))))
                }
                // An ID typed into a free-text column would be stored and printed in full.
                if NationalID.maskingNumbers(in: value) != value {
                    report(column, plain(column), .membership(.textMustNotHoldIDNumber(field: file.heading(column))))
                }
                return value
            }

            let number = text(L.number)
            if number.isEmpty || number.count > 32 || number.contains(where: \.isWhitespace) {
                report(L.number, plain(L.number), .membership(.memberNumberMustBeWellFormed(value: plain(L.number))))
            } else if let first = firstLineOfNumber[number] {
                report(L.number, number, .membership(.memberNumberMustBeUniqueInFile(memberNumber: number, firstLine: first)))
            } else {
                firstLineOfNumber[number] = row.line
            }
            let name = text(L.name)
            if name.isEmpty { report(L.name, "", .ledger(.fieldMustBePresent(field: file.heading(L.name)))) }

            var id: NationalID?
            var idHash: Data?
            let idText = row.text(L.id)
            if !idText.isEmpty {
                switch Result(catching: { () throws(MembershipError) -> NationalID in try NationalID(parsing: idText, today: today) }) {
                case .failure(let error):
                    report(L.id, NationalID.mask(idText.trimmingSpaces()), .membership(error))
                case .success(let parsed):
                    let hash = key.hash(parsed)
                    if let other = numberOfHash[hash] {
                        report(L.id, parsed.masked, .membership(.nationalIDMustBelongToOneMember(masked: parsed.masked, memberNumber: other.number)))
                    } else if let holder = try StoredMember.holder(of: hash, db: db), holder != number {
                        report(L.id, parsed.masked, .membership(.nationalIDMustBelongToOneMember(masked: parsed.masked, memberNumber: holder)))
                    } else {
                        numberOfHash[hash] = (number, row.line)
                    }
                    id = parsed
                    idHash = hash
                }
            }

            let unitCode = text(L.unit)
            let unitID = units[unitCode]
            if unitID == nil { report(L.unit, plain(L.unit), .membership(.unitMustBeRegistered(code: plain(L.unit)))) }
            let department = text(L.department)

            var joinDate = LocalDate.unknownJoin
            do {
                joinDate = try LocalDate(parsing: row.text(L.joinDate))
                if joinDate > today { report(L.joinDate, joinDate.description, .membership(.joinDateMustNotBeInFuture(date: joinDate.description))) }
            } catch {
                report(L.joinDate, plain(L.joinDate), .ledger(error))
            }
            var status = MemberStatus.active
            do { status = try MemberStatus(parsing: row.text(L.status)) } catch { report(L.status, plain(L.status), .membership(error)) }
            var employment = EmploymentType.other
            do { employment = try EmploymentType(parsing: row.text(L.employment)) } catch {
                report(L.employment, plain(L.employment), .membership(error))
            }
            var wage = Money.zero
            do {
                wage = try Money(parsing: row.text(L.wage))
                if wage.isNegative { report(L.wage, plain(L.wage), .ledger(.amountMustBePositive(line: row.line, value: plain(L.wage)))) }
            } catch {
                report(L.wage, plain(L.wage), .ledger(error))
            }
            var effective: YearMonth?
            if !row.text(L.effective).isEmpty {
                do { effective = try YearMonth(parsing: row.text(L.effective)) } catch { report(L.effective, plain(L.effective), .ledger(error)) }
            }
            guard !bad, let unitID else { continue }
            checked.append(CheckedMemberRow(line: row.line, number: number, name: name, id: id, idHash: idHash, unitID: unitID,
                                            unitCode: unitCode, department: department, joinDate: joinDate, status: status,
                                            employment: employment, wage: wage, effective: effective))
        }
        try problems.throwIfAny()
        return checked
    }

    private func insert(_ row: CheckedMemberRow, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO member(member_no, name, id_hash, id_masked, id_legacy, unit_id, department, join_date, employment_type,
                               created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [row.number, row.name, row.idHash, row.id?.masked ?? "", row.id?.isLegacy == true ? 1 : 0, row.unitID,
                             row.department, row.joinDate.description, row.employment.rawValue, database.clock.now(), user])
        let memberID = db.lastInsertedRowID
        try setState(memberID: memberID, from: row.joinDate.yearMonth, status: row.status, wage: row.wage, db: db)
    }

    /// Writes what changed and returns it; a status or wage change is dated from `effective`.
    private func update(_ existing: StoredMember, to row: CheckedMemberRow, effective: YearMonth, db: Database,
                        source: String) throws -> [MemberChange] {
        var changes: [MemberChange] = []
        func change(_ field: String, _ old: String, _ new: String, effective: String = "") {
            changes.append(MemberChange(memberNumber: row.number, field: field, old: old, new: new, effective: effective))
        }
        if existing.name != row.name { change("name", existing.name, row.name) }
        if existing.idHash != row.idHash { change("id_number", existing.maskedID, row.id?.masked ?? "") }
        if existing.unitID != row.unitID { change("unit_code", existing.unitCode, row.unitCode) }
        if existing.department != row.department { change("department", existing.department, row.department) }
        if existing.joinDate != row.joinDate.description { change("join_date", existing.joinDate, row.joinDate.description) }
        if existing.employment != row.employment.rawValue { change("employment_type", existing.employment, row.employment.rawValue) }
        let latest = try StoredMember.latestState(memberID: existing.id, db: db)
        let stateChanged = latest?.status != row.status || latest?.wageBase != row.wage
        if latest?.status != row.status {
            change("status", latest?.status.rawValue ?? "", row.status.rawValue, effective: effective.description)
        }
        if latest?.wageBase != row.wage {
            change("wage_base", latest?.wageBase.plainString ?? "", row.wage.plainString, effective: effective.description)
        }
        guard !changes.isEmpty else { return [] }
        try db.execute(sql: """
            UPDATE member SET name = ?, id_hash = ?, id_masked = ?, id_legacy = ?, unit_id = ?, department = ?, join_date = ?,
                              employment_type = ? WHERE id = ?
            """, arguments: [row.name, row.idHash, row.id?.masked ?? "", row.id?.isLegacy == true ? 1 : 0, row.unitID, row.department,
                             row.joinDate.description, row.employment.rawValue, existing.id])
        if stateChanged {
            // The file says how things stand from `effective` on: later dated states give way.
            try db.execute(sql: "DELETE FROM member_state WHERE member_id = ? AND from_ordinal > ?",
                           arguments: [existing.id, effective.ordinal])
            try setState(memberID: existing.id, from: effective, status: row.status, wage: row.wage, db: db)
        }
        for change in changes {
            try db.execute(sql: """
                INSERT INTO member_change(member_id, field, old_value, new_value, effective, source, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [existing.id, change.field, change.old, change.new, change.effective, source, database.clock.now(), user])
        }
        return changes
    }

    private func setState(memberID: Int64, from: YearMonth, status: MemberStatus, wage: Money, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO member_state(member_id, from_ordinal, status, wage_fen, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(member_id, from_ordinal) DO UPDATE SET status = excluded.status, wage_fen = excluded.wage_fen,
                recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
            """).execute(arguments: [memberID, from.ordinal, status.rawValue, wage.fen, database.clock.now(), user])
    }
}

extension LocalDate {
    /// A placeholder for a row whose join date is bad (the row is refused anyway).
    static var unknownJoin: LocalDate {
        (try? LocalDate(year: 1900, month: 1, day: 1)) ?? { preconditionFailure("1900-01-01 is a valid date") }()
    }
}
