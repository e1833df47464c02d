import Foundation
import InputFiles
import LedgerCore

/// Checks member rows one at a time, collecting every problem (IDs masked).
///
/// With `crossCheck` (the import's first pass) a row is also checked against the rows before it
/// (a member number or an ID twice in the file) and against the register as it stood before the
/// import (an ID held by another member). The second pass, which writes, only parses: its rows
/// were checked, and the register it would look at is the one it is writing.
struct MemberRowChecker {
    typealias L = MemberFileLayout

    let units: Set<String>
    let key: MemberIDKey
    let today: LocalDate
    /// The register as it stood, and what the pass has seen of the file (the first pass only).
    let crossCheck: (register: any MemberTransaction, seen: any MemberFileSeen)?
    private(set) var problems: ProblemList

    init(fileName: String, units: Set<String>, key: MemberIDKey, today: LocalDate,
         crossCheck: (register: any MemberTransaction, seen: any MemberFileSeen)?) {
        self.units = units
        self.key = key
        self.today = today
        self.crossCheck = crossCheck
        problems = ProblemList(file: fileName)
    }

    /// The row checked, or nil when it has a problem (recorded in `problems`).
    mutating func check(_ row: RegisterFile.Row, header file: RegisterFile.Header) throws -> CheckedMemberRow? {
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
        } else if let seen = crossCheck?.seen, let first = try seen.noteNumber(number, line: row.line) {
            report(L.number, number, MembershipError.memberNumberMustBeUniqueInFile(memberNumber: number, firstLine: first))
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
                if let (register, seen) = crossCheck {
                    if let other = try seen.noteIDHash(hash, number: number, line: row.line) {
                        report(L.id, parsed.masked, MembershipError.nationalIDMustBelongToOneMember(masked: parsed.masked, memberNumber: other))
                    } else if let holder = try register.holder(ofIDHash: hash), holder != number {
                        try seen.forgetIDHash(hash)
                        report(L.id, parsed.masked, MembershipError.nationalIDMustBelongToOneMember(masked: parsed.masked, memberNumber: holder))
                    }
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
        guard !bad, unitIsRegistered else { return nil }
        return CheckedMemberRow(line: row.line, number: number, name: name, id: id, idHash: idHash, unitCode: unitCode,
                                department: department, joinDate: joinDate, status: status, employment: employment,
                                wage: wage, effective: effective)
    }
}
