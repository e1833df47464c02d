import InputFiles
import LedgerCore
import Reporting

extension Report {
    /// 单位信息: one organisation's register entry, the units under it, and its officers' terms.
    public static func organisationDetail(_ organisation: RegisteredOrganisation, children: [RegisteredOrganisation],
                                          tenures: [Tenure], language: Language) -> Report {
        let l = language
        let facts: [(String, String, String)] = [
            (l.pick("单位编码", "Code"), "code", organisation.code),
            (l.pick("单位名称", "Name"), "name", organisation.name),
            (l.pick("类型", "Kind"), "kind", organisation.kind),
            (l.pick("上级单位", "Parent"), "parent", organisation.parent ?? ""),
            (l.pick("缴费方式", "Channel"), "channel", organisation.channel.name(in: l)),
            (l.pick("开户行", "Bank"), "bank_name", organisation.bankName),
            (l.pick("账号", "Account"), "bank_account", organisation.bankAccount),
            (l.pick("本文件记账", "Books here"), "keeps_books", organisation.keepsBooks ? l.pick("是", "yes") : l.pick("否", "no")),
            (l.pick("下级单位数", "Units under it"), "children", String(children.count)),
        ]
        let details = Table(caption: l.pick("登记信息", "Register entry"),
                            columns: [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("内容", "Value"), key: "value")],
                            rows: facts.map { [.text($0.0), .text($0.2)] })
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
