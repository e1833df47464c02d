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
    /// - Parameter idKeySecret: `GONGHUI_ID_KEY`, if set (see `MemberIDKey`).
    public func importMembers(path: String, displayName: String, encoding: InputEncoding = .automatic,
                              effective: YearMonth? = nil, idKeySecret: String? = nil) throws -> MemberImportOutcome {
        let text = try TextFile.read(path: path, displayName: displayName, encoding: encoding)
        let file = try RegisterFile(text: text, name: displayName, columns: MemberFileLayout.all)
        let today = store.clock.today()
        let defaultEffective = effective ?? today.yearMonth
        return try store.withMemberTransaction(user: user) { transaction in
            let key = try MemberIDKey.load(transaction, secret: idKeySecret)
            let rows = try check(file, transaction: transaction, key: key, today: today)
            var outcome = MemberImportOutcome(added: 0, updated: 0, unchanged: 0, legacyIDs: 0, changes: [])
            for row in rows {
                if row.id?.isLegacy == true { outcome.legacyIDs += 1 }
                if let existing = try transaction.member(number: row.number) {
                    let changes = try update(existing, to: row, effective: row.effective ?? defaultEffective,
                                             transaction: transaction, source: displayName)
                    if changes.isEmpty { outcome.unchanged += 1 } else { outcome.updated += 1 }
                    outcome.changes += changes
                } else {
                    try transaction.insertMember(row.record, state: MemberStateChange(from: row.joinDate.yearMonth, status: row.status,
                                                                                      wageBase: row.wage))
                    outcome.added += 1
                }
            }
            try transaction.recordEvent(action: "member.import",
                                        detail: "\(displayName): \(outcome.added) added, \(outcome.updated) updated")
            return outcome
        }
    }

    /// Every row checked; all problems reported at once.
    private func check(_ file: RegisterFile, transaction: any MemberTransaction, key: MemberIDKey,
                       today: LocalDate) throws -> [CheckedMemberRow] {
        typealias L = MemberFileLayout
        var problems = ProblemList(file: file.name)
        let units = try transaction.registeredUnits()
        var firstLineOfNumber: [String: Int] = [:]
        var numberOfHash: [Data: (number: String, line: Int)] = [:]
        var checked: [CheckedMemberRow] = []
        for (index, row) in file.rows.enumerated() {
            ImportProgress.reportIfDue(rows: index + 1, vouchers: 0)
            var bad = false
            func report(_ column: RegisterFile.Column, _ value: String, _ error: any Error) {
                bad = true
                problems.add(line: row.line, field: file.heading(column), value: value, error)
            }
            func plain(_ column: RegisterFile.Column) -> String { NationalID.maskingNumbers(in: row.text(column)) }
            func text(_ column: RegisterFile.Column) -> String {
                let value = row.text(column)
                if value.hasControlCharacters {
                    report(column, plain(column), MaskedLedgerError(.textMustNotHoldControlCharacters(field: file.heading(column))))
                }
                // An ID typed into a free-text column would be stored and printed in full.
                if NationalID.maskingNumbers(in: value) != value {
                    report(column, plain(column), MembershipError.textMustNotHoldIDNumber(field: file.heading(column)))
                }
                return value
            }

            let number = text(L.number)
            if number.isEmpty || number.count > 32 || number.contains(where: \.isWhitespace) {
                report(L.number, plain(L.number), MembershipError.memberNumberMustBeWellFormed(value: plain(L.number)))
            } else if let first = firstLineOfNumber[number] {
                report(L.number, number, MembershipError.memberNumberMustBeUniqueInFile(memberNumber: number, firstLine: first))
            } else {
                firstLineOfNumber[number] = row.line
            }
            let name = text(L.name)
            if name.isEmpty { report(L.name, "", MaskedLedgerError(.fieldMustBePresent(field: file.heading(L.name)))) }

            var id: NationalID?
            var idHash: Data?
            let idText = row.text(L.id)
            if !idText.isEmpty {
                switch Result(catching: { () throws(MembershipError) -> NationalID in try NationalID(parsing: idText, today: today) }) {
                case .failure(let error):
                    report(L.id, NationalID.mask(idText.trimmingSpaces()), error)
                case .success(let parsed):
                    let hash = key.hash(parsed)
                    if let other = numberOfHash[hash] {
                        report(L.id, parsed.masked, MembershipError.nationalIDMustBelongToOneMember(masked: parsed.masked, memberNumber: other.number))
                    } else if let holder = try transaction.holder(ofIDHash: hash), holder != number {
                        report(L.id, parsed.masked, MembershipError.nationalIDMustBelongToOneMember(masked: parsed.masked, memberNumber: holder))
                    } else {
                        numberOfHash[hash] = (number, row.line)
                    }
                    id = parsed
                    idHash = hash
                }
            }

            let unitCode = text(L.unit)
            let unitIsRegistered = units.contains(unitCode)
            if !unitIsRegistered { report(L.unit, plain(L.unit), MembershipError.unitMustBeRegistered(code: plain(L.unit))) }
            let department = text(L.department)

            var joinDate = LocalDate.unknownJoin
            do {
                joinDate = try LocalDate(parsing: row.text(L.joinDate))
                if joinDate > today { report(L.joinDate, joinDate.description, MembershipError.joinDateMustNotBeInFuture(date: joinDate.description)) }
            } catch {
                report(L.joinDate, plain(L.joinDate), MaskedLedgerError(error))
            }
            var status = MemberStatus.active
            do { status = try MemberStatus(parsing: row.text(L.status)) } catch { report(L.status, plain(L.status), error) }
            var employment = EmploymentType.other
            do { employment = try EmploymentType(parsing: row.text(L.employment)) } catch {
                report(L.employment, plain(L.employment), error)
            }
            var wage = Money.zero
            do {
                wage = try Money(parsing: row.text(L.wage))
                if wage.isNegative { report(L.wage, plain(L.wage), MaskedLedgerError(.amountMustBePositive(line: row.line, value: plain(L.wage)))) }
            } catch {
                report(L.wage, plain(L.wage), MaskedLedgerError(error))
            }
            var effective: YearMonth?
            if !row.text(L.effective).isEmpty {
                do { effective = try YearMonth(parsing: row.text(L.effective)) } catch { report(L.effective, plain(L.effective), MaskedLedgerError(error)) }
            }
            guard !bad, unitIsRegistered else { continue }
            checked.append(CheckedMemberRow(line: row.line, number: number, name: name, id: id, idHash: idHash, unitCode: unitCode,
                                            department: department, joinDate: joinDate, status: status, employment: employment,
                                            wage: wage, effective: effective))
        }
        try problems.throwIfAny()
        return checked
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
