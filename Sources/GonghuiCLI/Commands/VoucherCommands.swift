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
        abstract: "记账凭证 (vouchers): add → review → post; drafts, signoff, cancel-review, delete; import, list, show, reverse.",
        subcommands: [Add.self, Review.self, SignOff.self, Post.self, Drafts.self, CancelReview.self, Delete.self,
                      Import.self, List.self, Show.self, Reverse.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "填制一张凭证，待审核、记账 (enter a voucher; it is reviewed and posted next).",
            discussion: """
            Example: gonghui voucher add --date 2026-01-15 --summary 购买慰问品 --line 50105:借:3,600.00 --line 102:贷:3,600.00 \
              --attachments 2 --signoff-by 王明 --signoff-date 2026-01-14
            Then: gonghui voucher review DRAFT --user 复核人, and gonghui voucher post DRAFT.
            """
        )
        @OptionGroup var global: GlobalOptions

        @Option(help: "Voucher date, YYYY-MM-DD.")
        var date: String

        @Option(help: "摘要 (summary).")
        var summary: String

        @Option(name: .customLong("line"), help: "CODE:借|贷:AMOUNT (D/C accepted; the account by code or its unique name, e.g. 银行存款:借:100), repeat per line.")
        var lines: [String]

        @Option(help: "附件张数: how many source documents are attached.")
        var attachments: String = "0"

        @Option(help: "专项: the restricted fund the money belongs to (e.g. 专项:困难职工帮扶); kept apart at year end.")
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
        static let configuration = CommandConfiguration(
            abstract: "从 CSV 导入凭证 (import vouchers from CSV).",
            discussion: """
            Header: date,voucher,account,debit,credit,summary or 日期,凭证号,科目编码,借方金额,贷方金额,摘要
            (any order; UTF-8 with or without BOM, or GB18030 as Excel saves it on Chinese Windows).
            Rows with the same voucher key form one voucher.
            Every row is checked first; any bad row means nothing is written (exit 2).
            --opening FILE imports the opening voucher (建账凭证) from a trial balance instead, exactly as \
            `gonghui opening FILE` does (科目编码/code, 期末余额/closing): refused when the year already has \
            opening balances or the books hold earlier vouchers.
            """
        )
        @OptionGroup var global: GlobalOptions

        @Argument(help: "The CSV file of vouchers.")
        var file: String?

        @Option(help: "An opening trial balance (建账): posted as the opening voucher (as `gonghui opening FILE`).")
        var opening: String?

        @Option(help: "With --opening: the opening voucher's date, YYYY-MM-DD (default: the first day of these books).")
        var date: String?

        func validate() throws {
            if (file == nil) == (opening == nil) {
                throw ValidationError("请给出凭证文件或 --opening 期初余额文件之一 (give a voucher file or --opening FILE, one of them)")
            }
            if date != nil && opening == nil { throw ValidationError("--date 仅与 --opening 一起使用 (--date goes with --opening)") }
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
                global.say("该文件已于 \(at) 导入（\(name)，\(vouchers) 张凭证），本次未做任何改动",
                           "This file was already imported at \(at) (\(name), \(vouchers) vouchers); nothing was done")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "凭证列表 (list vouchers).")
        @OptionGroup var global: GlobalOptions

        @Option(help: "Only this month, YYYY-MM.")
        var month: String?

        @Option(help: "At most this many vouchers (default: all); the listing then says how many it left out.")
        var limit: Int?

        func validate() throws {
            if let limit, limit < 1 {
                throw ValidationError(global.language.pick("--limit 须为正整数：\(limit)", "--limit must be a positive whole number: \(limit)"))
            }
        }

        func run() throws {
            let books = try global.openBooks()
            let period = try month.map { try YearMonth(parsing: $0) }
            let vouchers = try books.vouchers(from: period, to: period, limit: limit ?? .max)
            var report = Report.voucherList(vouchers, organisationName: books.organisation.name, language: global.language)
            if let limit, vouchers.count == limit {
                let all = try books.voucherCount(from: period, to: period)
                if all > limit {
                    report.notes.append(global.language.pick("仅显示前 \(limit) 张，共 \(all) 张（去掉 --limit 显示全部）",
                                                             "showing \(limit) of \(all) vouchers (leave out --limit for all)"))
                }
            }
            try global.emit(report)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "显示一张凭证 (show one voucher).")
        @OptionGroup var global: GlobalOptions

        @Argument(help: "Voucher ID (see voucher list).")
        var id: Int64

        func run() throws {
            let books = try global.openBooks()
            let voucher = try books.voucher(id: id)
            let names = Dictionary(uniqueKeysWithValues: try books.accounts().map { ($0.account.code, $0.account.name(in: global.language)) })
            try global.emit(.voucher(voucher, accountNames: names, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct Reverse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "红字冲销一张凭证 (post a red-ink reversal).",
            discussion: "Posted vouchers are never edited or deleted; a mistake is corrected by reversal and a new voucher."
        )
        @OptionGroup var global: GlobalOptions

        @Argument(help: "Voucher ID to reverse.")
        var id: Int64

        @Option(help: "Why (recorded in the summary and the event log).")
        var reason: String

        @Option(help: "Date of the reversal, YYYY-MM-DD (default: the original's date).")
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
