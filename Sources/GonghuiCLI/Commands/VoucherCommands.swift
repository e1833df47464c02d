import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting

struct VoucherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voucher",
        abstract: L("记账凭证：填制 → 审核 → 记账；草稿、签批、取消审核、作废；导入、列表、查看、冲销", "Vouchers: add → review → post; drafts, signoff, cancel-review, delete; import, list, show, reverse"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher add --date 2026-01-15 --summary 购买慰问品 --line 50105:借:3,600.00 --line 102:贷:3,600.00", "gonghui voucher list --month 2026-01"]),
        subcommands: [Add.self, Review.self, SignOff.self, Post.self, Drafts.self, CancelReview.self, Delete.self,
                      Import.self, List.self, Show.self, Reverse.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add",
            abstract: L("填制一张凭证，待审核、记账", "Enter a voucher; it is reviewed and posted next"),
            discussion: helpDiscussion("之后：gonghui voucher review 草稿编号 --user 复核人，再 gonghui voucher post 草稿编号。",
                                   "Then: gonghui voucher review DRAFT --user REVIEWER, and gonghui voucher post DRAFT.",
                                   examples: ["gonghui voucher add --date 2026-01-15 --summary 购买慰问品 --line 50105:借:3,600.00 --line 102:贷:3,600.00 --attachments 2 --signoff-by 王明 --signoff-date 2026-01-14"])
        )
        @OptionGroup var global: GlobalOptions

        @Option(help: L("凭证日期，YYYY-MM-DD。", "Voucher date, YYYY-MM-DD."))
        var date: String

        @Option(help: L("摘要。", "Summary."))
        var summary: String

        @Option(name: .customLong("line"), help: L("科目:借|贷:金额（也可写 D/C；科目用编码或唯一的名称，如 银行存款:借:100），每个分录写一次。", "CODE:借|贷:AMOUNT (D/C accepted; the account by code or its unique name, e.g. 银行存款:借:100), repeat per line."))
        var lines: [String]

        @Option(help: L("附件张数：所附原始凭证的张数。", "How many source documents are attached."))
        var attachments: String = "0"

        @Option(help: L("专项：款项所属的专项资金（如 专项:困难职工帮扶）；年终单独结转。", "The restricted fund the money belongs to (e.g. 专项:困难职工帮扶); kept apart at year end."))
        var fund: String = ""

        @OptionGroup var approval: ApprovalOptions

        func run() throws {
            let books = try global.openBooks()
            let accounts = try books.accounts().map(\.account)
            let draft = VoucherDraft(date: try LocalDate(parsing: date), summary: summary.trimmingSpaces(),
                                     postings: try lines.map { try parseLine($0, accounts: accounts) },
                                     attachments: try Self.attachmentCount(attachments),
                                     fund: fund.trimmingSpaces())
            let entered = try books.enterVoucher(draft, signoff: try approval.signoff(defaultDate: draft.date),
                                                 decision: try approval.collectiveDecision(), rules: try global.approvalRules(for: books))
            global.say("已填制：草稿 \(entered.id)，\(entered.date) \(entered.summary)，金额 \(entered.total.formatted())（待审核）",
                       "Entered: draft \(entered.id), \(entered.date) \(entered.summary), amount \(entered.total.formatted()) (to be reviewed)")
        }

        static func attachmentCount(_ text: String) throws -> Int {
            guard let count = Int(text.trimmingSpaces()), (0...9_999).contains(count) else {
                throw LedgerError.attachmentsMustBeCount(value: text)
            }
            return count
        }

        /// `CODE:借:AMOUNT`, the colons half- or full-width (：), the account by code or by its unique name.
        private func parseLine(_ text: String, accounts: [Account]) throws -> Posting {
            let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "：" })
            guard parts.count == 3 else { throw LedgerError.fieldMustBePresent(field: "--line CODE:借|贷:AMOUNT (\(text))") }
            let side = ExcelText.halfWidth(parts[1]) ?? String(parts[1])
            return Posting(account: try AccountReference.resolve(parts[0], in: accounts), side: try Side(parsing: side),
                           amount: try Money(parsing: parts[2]))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: L("从 CSV 导入凭证", "Import vouchers from CSV"),
            discussion: helpDiscussion("表头：日期,凭证号,科目编码,借方金额,贷方金额,摘要 或 date,voucher,account,debit,credit,summary（顺序不限；UTF-8 带或不带 BOM，或中文 Windows 上 Excel 保存的 GB18030）。凭证号相同的行组成一张凭证。\n先检查每一行；任何一行有误则什么都不写入（退出码 2）。\n--opening FILE 改为从科目余额表导入建账凭证，与 `gonghui opening FILE` 完全相同（科目编码/code、期末余额/closing）：当年已有期初余额或账套中已有更早的凭证时拒绝。",
                                   "Header: date,voucher,account,debit,credit,summary (or the Chinese headers)\n(any order; UTF-8 with or without BOM, or GB18030 as Excel saves it on Chinese Windows).\nRows with the same voucher key form one voucher.\nEvery row is checked first; any bad row means nothing is written (exit 2).\n--opening FILE imports the opening voucher from a trial balance instead, exactly as\n`gonghui opening FILE` does (code, closing): refused when the year already has\nopening balances or the books hold earlier vouchers.",
                                   examples: ["gonghui voucher import 凭证-2026-01.csv", "gonghui voucher import --opening 期初余额.csv"])
        )
        @OptionGroup var global: GlobalOptions

        @Argument(help: L("凭证 CSV 文件。", "The CSV file of vouchers."))
        var file: String?

        @Option(help: L("期初科目余额表（建账）：作为建账凭证记账（同 `gonghui opening FILE`）。", "An opening trial balance: posted as the opening voucher (as `gonghui opening FILE`)."))
        var opening: String?

        @Option(help: L("与 --opening 同用：建账凭证日期，YYYY-MM-DD（默认本账套的第一天）。", "With --opening: the opening voucher's date, YYYY-MM-DD (default: the first day of these books)."))
        var date: String?

        func validate() throws {
            if (file == nil) == (opening == nil) {
                throw ValidationError(L("请给出凭证文件或 --opening 期初余额文件之一", "give a voucher file or --opening FILE, one of them"))
            }
            if date != nil && opening == nil { throw ValidationError(L("--date 仅与 --opening 一起使用", "--date goes with --opening")) }
        }

        func run() throws {
            let books = try global.openBooks()
            if let opening {
                let outcome = try OpeningCommand.post(file: opening, date: date, into: books, encoding: global.encoding.encoding)
                guard case .posted(let posted) = outcome else {
                    if case .recognised(let previous) = outcome { global.sayRecognised(previous) }
                    return
                }
                global.say("已导入期初余额（建账凭证）：\(posted.label)（ID \(posted.id)），\(posted.postings.count) 个科目，合计 \(posted.total.formatted())：\(opening)",
                           "Opening balances imported (opening voucher): \(posted.label) (ID \(posted.id)), \(posted.postings.count) accounts, total \(posted.total.formatted()) from \(opening)")
                return
            }
            guard let file else { return }
            switch try books.importVouchers(path: file, displayName: file, encoding: global.encoding.encoding) {
            case .imported(let vouchers, let rows):
                global.say("已导入 \(vouchers) 张凭证（\(rows) 行）：\(file)", "Imported \(vouchers) vouchers (\(rows) rows) from \(file)")
            case .alreadyImported(let name, let at, let vouchers):
                global.say("该文件已于 \(LocalTime.shown(at)) 导入（\(name)，\(vouchers) 张凭证），本次未做任何改动",
                           "This file was already imported at \(LocalTime.shown(at)) (\(name), \(vouchers) vouchers); nothing was done")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("凭证列表", "List vouchers"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher list --month 2026-01", "gonghui voucher list --limit 20 --format csv"]))
        @OptionGroup var global: GlobalOptions

        @Option(help: L("只看此月，YYYY-MM。", "Only this month, YYYY-MM."))
        var month: String?

        @Option(help: L("最多列出这么多张凭证（默认全部）；列表会说明省略了多少张。", "At most this many vouchers (default: all); the listing then says how many it left out."))
        var limit: Int?

        func validate() throws {
            if let limit, limit < 1 {
                throw ValidationError(global.language.pick("--limit 须为正整数：\(limit)", "--limit must be a positive whole number: \(limit)"))
            }
        }

        func run() throws {
            let books = try global.openBooks()
            let period = try month.map { try YearMonth(parsing: $0) }
            let most = limit ?? .max
            // The count is asked for when the notes are printed: after the rows, so it does not hold back the first.
            let report = Report.voucherList(organisationName: books.organisation.name, language: global.language, counted: {
                let all = try books.voucherCount(from: period, to: period)
                return (min(all, most), all)
            }) { emit in
                try books.forEachVoucherListEntry(from: period, to: period, limit: most, emit)
            }
            try global.emit(report)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("显示一张凭证", "Show one voucher"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher show 1"]))
        @OptionGroup var global: GlobalOptions

        @Argument(help: L("凭证 ID（见 voucher list）。", "Voucher ID (see voucher list)."))
        var id: Int64

        func run() throws {
            let books = try global.openBooks()
            let voucher = try books.voucher(id: id)
            let names = Dictionary(uniqueKeysWithValues: try books.accounts().map { ($0.account.code, $0.account.name(in: global.language)) })
            try global.emit(.voucher(voucher, accountNames: names, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct Reverse: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reverse",
            abstract: L("红字冲销一张凭证", "Post a red-ink reversal"),
            discussion: helpDiscussion("已记账的凭证不能修改或删除；错误以红字冲销加一张新凭证更正。",
                                   "Posted vouchers are never edited or deleted; a mistake is corrected by reversal and a new voucher.",
                                   examples: ["gonghui voucher reverse 3 --reason 金额录错"])
        )
        @OptionGroup var global: GlobalOptions

        @Argument(help: L("要冲销的凭证 ID。", "Voucher ID to reverse."))
        var id: Int64

        @Option(help: L("原因（记入摘要和事件日志）。", "Why (recorded in the summary and the event log)."))
        var reason: String

        @Option(help: L("冲销日期，YYYY-MM-DD（默认原凭证日期）。", "Date of the reversal, YYYY-MM-DD (default: the original's date)."))
        var date: String?

        func run() throws {
            let books = try global.openBooks()
            guard !reason.trimmingSpaces().isEmpty else { throw LedgerError.fieldMustBePresent(field: "--reason") }
            let posted: PostedVoucher
            do {
                posted = try books.reverse(voucherID: id, reason: reason.trimmingSpaces(),
                                           date: try date.map { try LocalDate(parsing: $0) })
            } catch LedgerError.periodMustBeOpen(let period) where date == nil {
                // The original's month is closed: the correction belongs in an open month, and the
                // treasurer chooses its day (会计基础工作规范 第五十一条: red ink, then the right voucher).
                let l = global.language
                Output.error(l.pick("错误：", "error: ") + LedgerError.periodMustBeOpen(period: period).message(in: l))
                if let latest = try books.closedMonths().max() {
                    let open = latest.next
                    Output.error(l.pick("提示：原凭证所在月份已结账，请用 --date 把红字冲销凭证记在未结账的月份，如 --date \(open)-01",
                                        "hint: the original's month is closed; date the reversal in an open month with --date, e.g. --date \(open)-01"))
                }
                throw CommandFailed(exitCode: 1)
            }
            global.say("已红字冲销 ID \(id)：冲销凭证 \(posted.label)（ID \(posted.id)）",
                       "Reversed ID \(id) with \(posted.label) (ID \(posted.id))")
        }
    }
}

enum EncodingOption: String, ExpressibleByArgument, CaseIterable {
    case auto, utf8, gb18030

    var encoding: InputEncoding {
        switch self {
        case .auto: .automatic
        case .utf8: .utf8
        case .gb18030: .gb18030
        }
    }
}
