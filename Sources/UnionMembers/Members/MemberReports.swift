import UnionCore
import InputFiles
import LedgerCore
import Reporting

extension Report {
    /// 会员名册: one row a member, ID masked.
    public static func memberList(_ members: [Member], month: YearMonth, language: Language) -> Report {
        memberList(month: month, language: language) { emit in
            for member in members { try emit(member) }
        }
    }

    /// 会员名册 fed one member at a time from the store (`MemberListing.forEach`), so a
    /// million members are written as they are read. The count by status is taken as they pass:
    /// every format prints its notes after the rows (JSON too, for a report with later notes).
    public static func memberList(month: YearMonth, language: Language,
                                  feed: @escaping @Sendable (_ emit: (Member) throws -> Void) throws -> Void) -> Report {
        let l = language
        let columns = [
            Column(l.pick("会员编号", "No."), key: "member_no"),
            Column(l.pick("姓名", "Name"), key: "name"),
            Column(l.pick("身份证号", "National ID"), key: "id_masked"),
            Column(l.pick("单位", "Unit"), key: "unit_code"),
            Column(l.pick("部门", "Department"), key: "department"),
            Column(l.pick("入会日期", "Joined"), key: "join_date"),
            Column(l.pick("状态", "Status"), key: "status"),
            Column(l.pick("用工形式", "Employment"), key: "employment_type"),
            Column(l.pick("工资基数", "Wage base"), key: "wage_base", alignment: .right),
        ]
        let tally = StatusTally()
        // The ID column is labelled on a legacy (15-digit) number wherever it comes: JSON gives
        // every row `id_masked_label`, as it would if it had seen the whole register.
        let rows = RowFeed(labelledColumns: [2, 6, 7]) { emit in
            tally.start()
            try feed { member in
                tally.add(member.status)
                try emit([.text(member.number), .text(member.name),
                          member.idIsLegacy ? .labelled(value: member.maskedID, label: member.maskedID + l.pick("（旧号升位）", " (legacy)"))
                              : .text(member.maskedID),
                          .text(member.unit), .text(member.department), .text(member.joinDate.description),
                          .labelled(value: member.status.rawValue, label: member.status.name(in: l)),
                          .labelled(value: member.employmentType.rawValue, label: member.employmentType.name(in: l)), .money(member.wageBase)])
            }
        }
        var report = Report(title: l.pick("会员名册", "Member register"),
                            headerLines: [l.pick("截至 \(month)", "As of \(month)")],
                            tables: [.streamed(columns: columns, rows: rows)])
        report.laterNotes = {
            let counts = tally.counts
            let total = counts.values.reduce(0, +)
            let byStatus = MemberStatus.allCases.compactMap { status -> String? in
                guard let count = counts[status], count > 0 else { return nil }
                return "\(status.name(in: l)) \(count)"
            }
            return [l.pick("共 \(total) 人：", "\(total) members: ") + byStatus.joined(separator: l.pick("，", ", ")),
                    l.pick("身份证号仅显示脱敏形式（隐去出生日期）", "National IDs are shown masked (birth date hidden)")]
        }
        return report
    }

    /// One member: the register's fields, the dated status and wage base, and what imports changed.
    public static func memberDetail(_ member: Member, states: [MemberStateChange], changes: [MemberChange],
                                    language: Language) -> Report {
        let l = language
        // Each field: its label, its key (the `field` in JSON, as the register list's columns), its value.
        let id: Cell = !member.hasRegisteredID ? .labelled(value: "", label: l.pick("未登记", "not registered"))
            : member.idIsLegacy ? .labelled(value: member.maskedID,
                                            label: member.maskedID + l.pick("（15 位旧号升位）", " (converted from 15 digits)"))
            : .text(member.maskedID)
        let fields: [(String, String, Cell)] = [
            (l.pick("会员编号", "No."), "member_no", .text(member.number)),
            (l.pick("姓名", "Name"), "name", .text(member.name)),
            (l.pick("身份证号", "National ID"), "id_masked", id),
            (l.pick("单位", "Unit"), "unit_code", .text(member.unit)),
            (l.pick("部门", "Department"), "department", .text(member.department)),
            (l.pick("入会日期", "Joined"), "join_date", .text(member.joinDate.description)),
            (l.pick("用工形式", "Employment"), "employment_type",
             .labelled(value: member.employmentType.rawValue, label: member.employmentType.name(in: l))),
            (l.pick("状态", "Status"), "status", .labelled(value: member.status.rawValue, label: member.status.name(in: l))),
            (l.pick("工资基数", "Wage base"), "wage_base", .labelled(value: member.wageBase.plainString, label: member.wageBase.formatted())),
        ]
        let detail = Table(columns: [Column(l.pick("项目", "Field"), key: "field"), Column(l.pick("内容", "Value"), key: "value")],
                           rows: fields.map { [.labelled(value: $0.1, label: $0.0), $0.2] })
        let history = Table(caption: l.pick("状态与工资基数（按生效月份）", "Status and wage base, by month in force"),
                            columns: [Column(l.pick("生效月份", "From"), key: "from"), Column(l.pick("状态", "Status"), key: "status"),
                                      Column(l.pick("工资基数", "Wage base"), key: "wage_base", alignment: .right)],
                            rows: states.map { [.text($0.from.description), .labelled(value: $0.status.rawValue, label: $0.status.name(in: l)),
                                                .money($0.wageBase)] })
        var tables = [detail, history]
        if !changes.isEmpty { tables.append(memberChangeTable(changes, language: l)) }
        return Report(title: l.pick("会员信息", "Member"), tables: tables)
    }

    /// What `member import` changed.
    public static func memberImport(_ outcome: MemberImportOutcome, file: String, language: Language) -> Report {
        let l = language
        var notes = [l.pick("\(file)：新增 \(outcome.added) 人，更新 \(outcome.updated) 人，未变 \(outcome.unchanged) 人",
                            "\(file): \(outcome.added) added, \(outcome.updated) updated, \(outcome.unchanged) unchanged")]
        if outcome.legacyIDs > 0 {
            notes.append(l.pick("\(outcome.legacyIDs) 个 15 位旧身份证号已按 GB 11643 升为 18 位（旧号无校验位，请核对）",
                                "\(outcome.legacyIDs) legacy 15-digit IDs were converted to 18 digits (GB 11643); they carry no check digit, please check them"))
        }
        return Report(title: l.pick("会员导入", "Member import"),
                      tables: outcome.changes.isEmpty ? [] : [memberChangeTable(outcome.changes, language: l)], notes: notes)
    }

    static func memberChangeTable(_ changes: [MemberChange], language l: Language) -> Table {
        Table(caption: l.pick("变更", "Changes"),
              columns: [Column(l.pick("会员编号", "No."), key: "member_no"), Column(l.pick("项目", "Field"), key: "field"),
                        Column(l.pick("原值", "Old"), key: "old"), Column(l.pick("新值", "New"), key: "new"),
                        Column(l.pick("生效月份", "Effective"), key: "effective")],
              rows: changes.map { change in
                  [.text(change.memberNumber), .labelled(value: change.field, label: memberFieldName(change.field, l)),
                   .text(change.old), .text(change.new),
                   .text(change.effective)]
              })
    }

    static func memberFieldName(_ field: String, _ l: Language) -> String {
        let names: [String: String] = [
            "name": "姓名", "id_number": "身份证号", "unit_code": "单位编码", "department": "部门", "join_date": "入会日期",
            "employment_type": "用工形式", "status": "状态", "wage_base": "工资基数",
        ]
        return l == .zh ? names[field] ?? field : field
    }
}

/// Members counted by status as a fed register passes (the notes read it after the rows).
private final class StatusTally: @unchecked Sendable {
    private(set) var counts: [MemberStatus: Int] = [:]

    func start() { counts = [:] }
    func add(_ status: MemberStatus) { counts[status, default: 0] += 1 }
}
