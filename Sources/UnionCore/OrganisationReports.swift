import InputFiles
import LedgerCore
import Reporting

extension Report {
    /// 单位名册: the organisations of the file, with their place in the federation chain.
    public static func organisationList(_ organisations: [RegisteredOrganisation], language: Language) -> Report {
        let l = language
        let columns = [
            Column(l.pick("单位编码", "Code"), key: "code"),
            Column(l.pick("单位名称", "Name"), key: "name"),
            Column(l.pick("类型", "Kind"), key: "kind"),
            Column(l.pick("上级单位", "Parent"), key: "parent"),
            Column(l.pick("缴费方式", "Channel"), key: "channel"),
            Column(l.pick("开户行", "Bank"), key: "bank_name"),
            Column(l.pick("账号", "Account"), key: "bank_account"),
            Column(l.pick("本文件记账", "Books here"), key: "keeps_books"),
        ]
        let rows: [[Cell]] = organisations.map { organisation in
            [.text(organisation.code), .text(organisation.name), OrganisationKind.cell(organisation.kind, l), .text(organisation.parent ?? ""),
             .labelled(value: organisation.channel.rawValue, label: organisation.channel.name(in: l)),
             .text(organisation.bankName), .text(organisation.bankAccount), yesNo(organisation.keepsBooks, l)]
        }
        return Report(title: l.pick("单位名册", "Organisations"), tables: [Table(columns: columns, rows: rows)],
                      notes: [l.pick("共 \(organisations.count) 个单位", "\(organisations.count) organisations")])
    }

    /// 任职记录: officers' terms, the periods the departure audit covers.
    public static func tenureList(_ tenures: [Tenure], organisationName: String, language: Language) -> Report {
        let l = language
        let columns = [
            Column("ID", key: "id", alignment: .right),
            Column(l.pick("职务", "Role"), key: "role"),
            Column(l.pick("姓名", "Person"), key: "person"),
            Column(l.pick("任职起始", "From"), key: "from"),
            Column(l.pick("任职截止", "To"), key: "to"),
            Column(l.pick("离任原因", "Reason for leaving"), key: "reason"),
        ]
        let rows: [[Cell]] = tenures.map { tenure in
            // Still in office: no end date in JSON (an empty `to`), 在任 for people.
            [.integer(tenure.id), .labelled(value: tenure.role.rawValue, label: tenure.role.name(in: l)), .text(tenure.person),
             .date(tenure.start), tenure.end.map(Cell.date) ?? .labelled(value: "", label: l.pick("在任", "in office")),
             .text(tenure.endReason)]
        }
        return Report(title: l.pick("任职记录", "Terms of office"),
                      headerLines: [l.pick("单位：\(organisationName)", "Organisation: \(organisationName)")],
                      tables: [Table(columns: columns, rows: rows)])
    }
}
