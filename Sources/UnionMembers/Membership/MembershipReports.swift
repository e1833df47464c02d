import UnionCore
import InputFiles
import LedgerCore
import Reporting

extension Report {
    /// 会员统计: 入会率 and 实名制率 by unit and by employment type, against the targets.
    public static func membershipStatistics(_ statistics: MembershipStatistics, language: Language) -> Report {
        let l = language
        let unitColumns = [
            Column(l.pick("单位编码", "Unit"), key: "unit_code"), Column(l.pick("单位名称", "Name"), key: "name"),
            Column(l.pick("类型", "Kind"), key: "kind"),
            Column(l.pick("职工人数", "Employees"), key: "employees", alignment: .right),
            Column(l.pick("在册会员", "Active members"), key: "active_members", alignment: .right),
            Column(l.pick("入会率", "Membership rate"), key: "membership_rate", alignment: .right),
            Column(l.pick("目标", "Target"), key: "membership_target", alignment: .right),
            Column(l.pick("差额（人）", "Short by"), key: "membership_gap", alignment: .right),
            Column(l.pick("会员（含保留）", "Members"), key: "members", alignment: .right),
            Column(l.pick("实名登记", "With ID"), key: "with_id", alignment: .right),
            Column(l.pick("实名制率", "Real-name rate"), key: "real_name_rate", alignment: .right),
            Column(l.pick("目标", "Target"), key: "real_name_target", alignment: .right),
            Column(l.pick("差额（人）", "Short by"), key: "real_name_gap", alignment: .right),
        ]
        var membershipGapTotal = 0, realNameGapTotal = 0
        let unitRows: [[Cell]] = statistics.units.map { unit in
            let counts = unit.counts
            let membershipGap = unit.target.flatMap { counts.membershipGap($0.membership) }
            let realNameGap = unit.target.map { counts.realNameGap($0.realName) }
            membershipGapTotal += membershipGap ?? 0
            realNameGapTotal += realNameGap ?? 0
            return [.text(unit.code), .text(unit.name), OrganisationKind.cell(unit.kind, l), counts.employees.map { .integer(Int64($0)) } ?? .text("—"),
                    .integer(Int64(counts.activeMembers)), .text(percent(counts.activeMembers, of: counts.employees)),
                    .text(unit.target.map { $0.membership.percentText } ?? "—"), gapCell(membershipGap),
                    .integer(Int64(counts.members)), .integer(Int64(counts.withRegisteredID)),
                    .text(percent(counts.withRegisteredID, of: counts.members)),
                    .text(unit.target.map { $0.realName.percentText } ?? "—"), gapCell(realNameGap)]
        }
        let total = statistics.total
        let unitTotals: [[Cell]] = [[totalLabel(l), .empty, .empty, total.employees.map { .integer(Int64($0)) } ?? .text("—"),
                                     .integer(Int64(total.activeMembers)), .text(percent(total.activeMembers, of: total.employees)), .empty,
                                     .integer(Int64(membershipGapTotal)), .integer(Int64(total.members)), .integer(Int64(total.withRegisteredID)),
                                     .text(percent(total.withRegisteredID, of: total.members)), .empty, .integer(Int64(realNameGapTotal))]]
        let typeColumns = [
            Column(l.pick("用工形式", "Employment"), key: "employment_type"),
            Column(l.pick("在册会员", "Active members"), key: "active_members", alignment: .right),
            Column(l.pick("会员（含保留）", "Members"), key: "members", alignment: .right),
            Column(l.pick("实名登记", "With ID"), key: "with_id", alignment: .right),
            Column(l.pick("实名制率", "Real-name rate"), key: "real_name_rate", alignment: .right),
            Column(l.pick("按目标应实名", "Needed by targets"), key: "real_name_needed", alignment: .right),
            Column(l.pick("差额（人）", "Short by"), key: "real_name_gap", alignment: .right),
        ]
        let typeRows: [[Cell]] = statistics.types.map { row in
            let counts = row.counts
            return [.labelled(value: row.type.rawValue, label: row.type.name(in: l)), .integer(Int64(counts.activeMembers)), .integer(Int64(counts.members)),
                    .integer(Int64(counts.withRegisteredID)), .text(percent(counts.withRegisteredID, of: counts.members)),
                    row.realNameNeeded.map { .integer(Int64($0)) } ?? .text("—"),
                    gapCell(row.realNameNeeded.map { max(0, $0 - counts.withRegisteredID) })]
        }
        return Report(
            title: l.pick("会员统计：入会率与实名制率", "Membership statistics: membership and real-name rates"),
            headerLines: [l.pick("截至 \(statistics.asOf)", "As of \(statistics.asOf)")],
            tables: [Table(caption: l.pick("按单位", "By unit"), columns: unitColumns, rows: unitRows, totals: unitTotals),
                     Table(caption: l.pick("按用工形式", "By employment type"), columns: typeColumns, rows: typeRows)],
            notes: [l.pick("入会率 = 在册会员 ÷ 职工人数（保留会籍的退休、下岗人员不在职，不计入）；实名制率 = 已登记有效身份证号的会员 ÷ 会员（含保留会籍）",
                           "Membership rate = active members ÷ employees (retained members are no longer employed); real-name rate = members with a valid registered ID ÷ members (retained included)"),
                    l.pick("目标按单位类型取自政策（membership_targets）；差额为达到目标还需的人数；职工人数取工资申报的人数，没有时取 org set --employees 登记的人数",
                           "Targets by unit kind come from the policy (membership_targets); 'short by' is the people still needed; employees come from payroll declarations, else from org set --employees"),
                    l.pick("按用工形式的“按目标应实名”：每位会员按其单位类型的目标计入后合计（向上取整）",
                           "By employment type, 'needed by targets' adds each member's unit-kind target, rounded up")])
    }

    static func percent(_ part: Int, of whole: Int?) -> String {
        guard let whole, whole > 0 else { return "—" }
        let tenths = (Int64(part) * 2_000 + Int64(whole)) / (2 * Int64(whole))   // per mille, half-up
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func gapCell(_ gap: Int?) -> Cell { gap.map { .integer(Int64($0)) } ?? .text("—") }
}
