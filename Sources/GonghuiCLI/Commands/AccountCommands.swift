import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting

struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: L("会计科目", "Chart of accounts"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui account list", "gonghui account add --code 5010501 --name 春节慰问"]),
        subcommands: [List.self, Add.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("列出科目", "List accounts"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui account list", "gonghui account list --format csv --output 科目表.csv"]))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let books = try global.openBooks()
            let accounts = try books.accounts().map { ($0.account, $0.isLeaf) }
            try global.emit(.accountList(accounts, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: L("增设科目，通常是标准科目下的明细科目", "Add a sub-account"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui account add --code 5010501 --name 春节慰问"]))
        @OptionGroup var global: GlobalOptions

        @Option(help: L("科目编码：上级科目编码加两位数字（如 5010501）。", "Account code: the parent's code plus two digits (e.g. 5010501)."))
        var code: String

        @Option(help: L("科目名称。", "Account name."))
        var name: String

        @Option(name: .customLong("name-en"), help: L("英文名称。", "English name."))
        var nameEnglish: String = ""

        @Option(help: L("科目类别（asset 资产、liability 负债、netAssets 净资产、revenue 收入、expenditure 支出）；默认与上级科目相同。", "Kind (asset, liability, netAssets, revenue, expenditure); default: the parent's."))
        var kind: String?

        func run() throws {
            let books = try global.openBooks()
            let accountCode = try AccountCode(code)
            let accountKind: Account.Kind
            if let kind {
                accountKind = try Account.Kind(parsing: kind)
            } else if let parent = accountCode.parent,
                      let parentAccount = try books.accounts().first(where: { $0.account.code == parent }) {
                accountKind = parentAccount.account.kind
            } else if let parent = accountCode.parent {
                throw LedgerError.accountParentMustExist(code: parent.rawValue)
            } else {
                throw LedgerError.fieldMustBePresent(field: "--kind")
            }
            guard !name.trimmingSpaces().isEmpty else { throw LedgerError.fieldMustBePresent(field: "--name") }
            try books.addAccount(Account(code: accountCode, name: name.trimmingSpaces(), nameEnglish: nameEnglish, kind: accountKind))
            global.say("已增设科目 \(accountCode) \(name)", "Account added: \(accountCode) \(name)")
        }
    }
}
