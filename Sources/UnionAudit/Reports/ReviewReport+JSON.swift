import LedgerCore

/// The review report's JSON (`--format json`): keys and enumerated values in one stable English
/// vocabulary, amounts as plain strings, labels and explanations in the chosen language.
struct ReviewDocument: Encodable, Sendable {
    struct Activity: Encodable, Sendable {
        var line: Int
        var label: String
        var account: String?
        var byYear: [String: String]
        var total: String
        var budget: String?
        var share: String
    }

    struct Position: Encodable, Sendable {
        var line: Int
        var label: String
        var account: String?
        var start: String
        var end: String
    }

    struct Reconciliation: Encodable, Sendable {
        var opening: String
        var adjustments: String
        var result: String
        var other: String
        var closing: String
        var agrees: Bool
    }

    struct CheckOutcome: Encodable, Sendable {
        var id: String
        var outcome: String
        var findings: Int
        var reason: String?
    }

    struct FollowUp: Encodable, Sendable {
        var id: Int64
        var check: String
        var status: String
        var stillFound: Bool
        var note: String?
    }

    var report = "auditReview"
    var organisation: [String: String]
    var period: [String: String]
    var voucherCount: Int
    var income: [Activity]
    var incomeTotal: Activity
    var spending: [Activity]
    var spendingTotal: Activity
    var result: String
    var upwardShare: String
    var funds: [Position]
    var reconciliation: Reconciliation
    var assets: [Position]
    var assetsTotal: Position?
    var arrears: [Position]
    var checks: [CheckOutcome]
    var findings: [FindingDocument]
    var followUp: [FollowUp]
}

extension ReviewReport {
    func document(language l: Language, rows: inout FindingRows) -> ReviewDocument {
        func activity(_ line: ActivityLine, of total: Money) -> ReviewDocument.Activity {
            var byYear: [String: String] = [:]
            for (index, months) in years.enumerated() where index < line.byYear.count {
                byYear[String(months.lowerBound.year)] = line.byYear[index].plainString
            }
            return .init(line: line.number, label: line.label, account: line.account?.rawValue, byYear: byYear, total: line.total.plainString,
                         budget: line.budget?.plainString, share: AuditText.percent(line.total, of: total))
        }
        func position(_ line: PositionLine) -> ReviewDocument.Position {
            .init(line: line.number, label: line.label, account: line.account?.rawValue, start: line.start.plainString, end: line.end.plainString)
        }
        return ReviewDocument(
            organisation: ["code": organisation.code, "name": organisation.name],
            period: ["from": period.lowerBound.description, "to": period.upperBound.description],
            voucherCount: voucherCount,
            income: income.map { activity($0, of: incomeTotal.total) }, incomeTotal: activity(incomeTotal, of: incomeTotal.total),
            spending: spending.map { activity($0, of: spendingTotal.total) }, spendingTotal: activity(spendingTotal, of: spendingTotal.total),
            result: result.plainString, upwardShare: upwardShare.plainString,
            funds: funds.map(position),
            reconciliation: .init(opening: reconciliation.opening.plainString, adjustments: reconciliation.adjustments.plainString,
                                  result: reconciliation.result.plainString, other: reconciliation.other.plainString,
                                  closing: reconciliation.closing.plainString,
                                  agrees: reconciliation.agrees),
            assets: assets.map(position), assetsTotal: assetsTotal.map(position), arrears: arrears.map(position),
            checks: run.results.map { .init(id: $0.id, outcome: $0.outcome, findings: $0.findings.count, reason: $0.notDeterminable?.reason(in: l)) },
            findings: findings.map { $0.document(rows: &rows, language: l) },
            followUp: followUp.map { .init(id: $0.registered.id, check: $0.registered.finding.check, status: $0.registered.status.rawValue,
                                           stillFound: $0.stillFound, note: $0.registered.lastNote) })
    }
}
