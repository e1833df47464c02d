import InputFiles
import LedgerCore
import Reporting

extension Report {
    /// 单位信息: one organisation's register entry, the units under it, and its officers' terms.
    public static func organisationDetail(_ organisation: RegisteredOrganisation, children: [RegisteredOrganisation],
                                          tenures: [Tenure], language: Language) -> Report {
        let l = language
        // Each fact: its label, its key (the `item` in JSON), and its value.
        let facts: [(String, String, Cell)] = [
            (l.pick("单位编码", "Code"), "code", .text(organisation.code)),
            (l.pick("单位名称", "Name"), "name", .text(organisation.name)),
            (l.pick("类型", "Kind"), "kind", OrganisationKind.cell(organisation.kind, l)),
            (l.pick("上级单位", "Parent"), "parent", .text(organisation.parent ?? "")),
            (l.pick("缴费方式", "Channel"), "channel",
             .labelled(value: organisation.channel.rawValue, label: organisation.channel.name(in: l))),
            (l.pick("开户行", "Bank"), "bank_name", .text(organisation.bankName)),
            (l.pick("账号", "Account"), "bank_account", .text(organisation.bankAccount)),
            (l.pick("本文件记账", "Books here"), "keeps_books", yesNo(organisation.keepsBooks, l)),
            (l.pick("下级单位数", "Units under it"), "children", .integer(Int64(children.count))),
        ]
        let details = Table(caption: l.pick("登记信息", "Register entry"),
                            columns: [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("内容", "Value"), key: "value")],
                            rows: facts.map { [.labelled(value: $0.1, label: $0.0), $0.2] })
        var tables = [details]
        let terms = tenureList(tenures, organisationName: organisation.name, language: l).tables[0]
        tables.append(Table(caption: l.pick("任职记录", "Terms of office"), columns: terms.columns, rows: terms.rows))
        if !children.isEmpty {
            let units = organisationList(children, language: l).tables[0]
            tables.append(Table(caption: l.pick("下级单位", "Units under it"), columns: units.columns, rows: units.rows))
        }
        return Report(title: l.pick("单位信息：\(organisation.name)", "Organisation: \(organisation.name)"), tables: tables)
    }
}
