extension LedgerError {
    /// The one-line explanation a user reads, in the chosen language.
    public func message(in language: Language) -> String {
        let l = language
        switch self {
        case .amountMustBeWellFormed(let value):
            return l.pick("金额格式不正确：“\(value)”（应如 1,234.50，最多两位小数）",
                          "amount is not well formed: \"\(value)\" (expected like 1,234.50, at most two decimals)")
        case .amountMustFitRange(let value):
            return l.pick("金额超出范围：\(value)", "amount out of range: \(value)")
        case .amountMustBePositive(let line, let value):
            return l.pick("第 \(line) 行金额必须为正数（只有红字冲销可为负）：\(value)",
                          "line \(line): amount must be positive (only a red-ink reversal may be negative): \(value)")
        case .balanceMustNotOverflow(let account, let period):
            return l.pick("科目 \(account) 在 \(period) 记账后，本账套的累计发生额将超出可记录的范围（合计不能超过 92,233,720,368,547,758.07 元）",
                          "posting \(account) in \(period) would take these books' cumulative amounts beyond what can be recorded (at most 92,233,720,368,547,758.07 in all)")
        case .rateMustBeValid(let value):
            return l.pick("比率无效：\(value)", "invalid rate: \(value)")
        case .allocationWeightsMustBePositive(let weights):
            return l.pick("分配权重必须非负且合计大于零：\(weights)",
                          "allocation weights must be non-negative with a positive total: \(weights)")
        case .dateMustBeValid(let value):
            return l.pick("日期无效：“\(value)”（应为 YYYY-MM-DD 的真实日期）",
                          "invalid date: \"\(value)\" (expected a real YYYY-MM-DD date)")
        case .monthMustBeValid(let value):
            return l.pick("月份无效：“\(value)”（应为 YYYY-MM）", "invalid month: \"\(value)\" (expected YYYY-MM)")
        case .periodMustBeOpen(let period):
            return l.pick("\(period) 已结账，不能再记账", "period \(period) is closed; nothing can be posted into it")
        case .periodsMustCloseInOrder(let period, let firstOpen):
            return l.pick("不能结账 \(period)：须先结账 \(firstOpen)",
                          "cannot close \(period): \(firstOpen) must be closed first")
        case .periodMustBeWithinBooks(let period, let firstPeriod):
            return l.pick("\(period) 早于本账套的起始期间 \(firstPeriod)", "\(period) is before these books begin (\(firstPeriod))")
        case .periodMustNotBeClosedTwice(let period):
            return l.pick("\(period) 已经结账", "\(period) is already closed")
        case .periodRangeMustBeOrdered(let from, let to):
            return l.pick("起始月份 \(from) 晚于截止月份 \(to)", "the range starts (\(from)) after it ends (\(to))")
        case .trialBalanceMustBalanceToClose(let period):
            return l.pick("\(period) 试算不平衡，不能结账（请先运行 gonghui verify）",
                          "\(period) does not balance and cannot be closed (run gonghui verify)")
        case .periodMustBeClosedToReopen(let period):
            return l.pick("\(period) 尚未结账，无需反结账", "\(period) is not closed")
        case .reopenMustBeLatestClosed(let period, let latest):
            return l.pick("只能反结账最近结账的月份 \(latest)，不能反结账 \(period)",
                          "only the latest closed month (\(latest)) can be reopened, not \(period)")
        case .restrictedFundsMustHaveAccount(let funds):
            return l.pick("本年有专项资金（\(funds)）的收支，须用 --restricted-to 指定其结转的净资产科目（如 331 工会资金结转）",
                          "restricted funds (\(funds)) had revenue or expenditure this year: name their net-assets account with --restricted-to (e.g. 331)")
        case .carryForwardAccountMustBeNetAssets(let code):
            return l.pick("结转科目 \(code) 必须是净资产类科目", "the carry-forward account \(code) must be a net-assets account")
        case .accountCodeMustBeWellFormed(let value):
            return l.pick("科目编码格式不正确：“\(value)”（三位一级科目，之后每级两位）",
                          "account code not well formed: \"\(value)\" (3 digits, then 2 per level)")
        case .accountKindMustBeKnown(let value):
            return l.pick("科目类别未知：“\(value)”（资产、负债、净资产、收入、支出）",
                          "unknown account kind: \"\(value)\" (asset, liability, netAssets, revenue, expenditure)")
        case .accountNameMustBeUnique(let name, let candidates):
            return l.pick("科目名称“\(name)”不唯一，请用科目编码：\(candidates)",
                          "account name \"\(name)\" is not unique; give the code: \(candidates)")
        case .accountMustExist(let code):
            return l.pick("科目不存在：\(code)", "account does not exist: \(code)")
        case .accountMustBeLeaf(let code):
            return l.pick("科目 \(code) 有下级科目，只能记入末级科目", "account \(code) has sub-accounts; post to a leaf account")
        case .accountMustBeOpen(let code):
            return l.pick("科目 \(code) 已停用", "account \(code) is closed")
        case .accountCodeMustBeUnique(let code):
            return l.pick("科目编码已存在：\(code)", "account code already exists: \(code)")
        case .accountParentMustExist(let code):
            return l.pick("上级科目不存在：\(code)", "parent account does not exist: \(code)")
        case .accountKindMustMatchParent(let code, let parentKind):
            return l.pick("科目 \(code) 的类别必须与上级科目一致（\(parentKind)）",
                          "account \(code) must have its parent's kind (\(parentKind))")
        case .accountWithPostingsMustStayLeaf(let code):
            return l.pick("科目 \(code) 已有发生额，不能再增设下级科目",
                          "account \(code) already has postings and cannot get sub-accounts")
        case .sideMustBeDebitOrCredit(let value):
            return l.pick("借贷方向无效：“\(value)”（借/贷 或 D/C）", "side must be 借/贷 or D/C: \"\(value)\"")
        case .voucherMustHaveTwoPostings(let count):
            return l.pick("凭证至少需要两条分录（现有 \(count) 条）", "a voucher needs at least two postings (has \(count))")
        case .voucherMustNotExceedPostingsMax(let count, let max):
            return l.pick("凭证分录过多：\(count) 条（最多 \(max) 条）", "too many postings in one voucher: \(count) (at most \(max))")
        case .summaryMustFitLength(let length, let max):
            return l.pick("摘要过长：\(length) 字（最多 \(max) 字）", "summary too long: \(length) characters (at most \(max))")
        case .postingsMustBalance(let debit, let credit):
            return l.pick("借贷不平衡：借方合计 \(debit)，贷方合计 \(credit)",
                          "postings do not balance: debits \(debit), credits \(credit)")
        case .voucherMustNotBeZero:
            return l.pick("凭证金额合计不能为零", "a voucher must not total zero")
        case .summaryMustBePresent:
            return l.pick("摘要不能为空", "a summary is required")
        case .voucherNumberMustBeNext(let expected, let given):
            return l.pick("凭证号不连续：应为 \(expected)，给出 \(given)",
                          "voucher number must be the next one: expected \(expected), given \(given)")
        case .voucherMustExist(let id):
            return l.pick("凭证不存在：\(id)", "voucher does not exist: \(id)")
        case .voucherMustNotBeReversedTwice(let id, let reversedBy):
            return l.pick("凭证 \(id) 已被凭证 \(reversedBy) 冲销，不能重复冲销",
                          "voucher \(id) was already reversed by voucher \(reversedBy)")
        case .reversalMustNotBeReversed(let id):
            return l.pick("凭证 \(id) 本身是红字冲销凭证，不能再冲销（请重新录入正确凭证）",
                          "voucher \(id) is itself a reversal and cannot be reversed (enter the correct voucher again)")
        case .reversalMustMirrorOriginal(let id):
            return l.pick("冲销凭证必须与原凭证 \(id) 的科目、方向一致，金额相反",
                          "a reversal must mirror voucher \(id): same accounts and sides, negated amounts")
        case .reversalMustNotPrecedeOriginal(let id, let originalDate):
            return l.pick("冲销凭证的日期不能早于原凭证 \(id) 的日期 \(originalDate)",
                          "a reversal cannot be dated before voucher \(id) (\(originalDate))")
        case .voucherMustNotBeImportedTwice(let voucher, let firstSource):
            return l.pick("凭证 \(voucher) 已经导入过（\(firstSource)），不能重复记账",
                          "voucher \(voucher) was already imported (\(firstSource)); it is not posted twice")
        case .textMustNotHoldControlCharacters(let field):
            return l.pick("\(field) 含有控制字符（如换行、制表符）", "\(field) holds control characters (line breaks, tabs, …)")
        case .textMustNotHoldNationalID(let field):
            return l.pick("\(field) 含有完整的身份证号码：请勿在名称、摘要或备注中录入身份证号（会员身份证号只记在会员名册中）",
                          "\(field) holds a full national ID number: do not type ID numbers into names, summaries or memos (members' IDs belong in the register)")
        case .nameMustFitLength(let field, let length, let max):
            return l.pick("\(field) 过长：\(length) 个字符（最多 \(max) 个）", "\(field) is too long: \(length) characters (at most \(max))")
        case .dateMustBeWithinWindow(let date, let from, let to):
            return l.pick("日期 \(date) 不在账簿可接受的范围内（\(from) 至 \(to)）：请检查是否录错年份；确需记录的，可调整政策中的 date_window",
                          "date \(date) is outside the range these books accept (\(from) to \(to)): check the year for a typo; if it is right, widen date_window in the policy")
        case .postingDimensionMustBeWellFormed(let line, let field, let value, let lengthMax):
            return l.pick("第 \(line) 行的 \(field) 格式不正确：“\(value)”（1–\(lengthMax) 个字符，不含控制字符，首尾无空格）",
                          "line \(line): \(field) is not well formed: \"\(value)\" (1–\(lengthMax) characters, no control characters or surrounding spaces)")
        case .rowMustHaveDebitOrCredit:
            return l.pick("借方金额与贷方金额必须且只能填一个", "exactly one of debit and credit must be filled")
        case .voucherRowsMustShareDate(let voucher, let firstDate):
            return l.pick("凭证 \(voucher) 的各行日期必须相同（首行为 \(firstDate)）",
                          "all rows of voucher \(voucher) must have the same date (first row: \(firstDate))")
        case .voucherRowsMustBeAdjacent(let voucher, let firstLine):
            return l.pick("凭证 \(voucher) 的行必须相邻（首次出现在第 \(firstLine) 行）",
                          "rows of voucher \(voucher) must be adjacent (first seen on line \(firstLine))")
        case .voucherRowsMustAgree(let voucher, let field, let first):
            return l.pick("凭证 \(voucher) 的各行 \(field) 必须一致（首行为 “\(first)”）",
                          "all rows of voucher \(voucher) must have the same \(field) (first row: \"\(first)\")")
        case .attachmentsMustBeCount(let value):
            return l.pick("附件张数应为 0 或正整数：“\(value)”", "attachments must be a whole number, 0 or more: \"\(value)\"")
        case .headerMustNameColumn(let column):
            return l.pick("表头缺少列：\(column)", "the header lacks the column: \(column)")
        case .headerMustNotRepeatColumn(let column):
            return l.pick("表头中的列重复：\(column)", "the header names a column twice: \(column)")
        case .fileMustBeReadable(let path, let reason):
            return l.pick("无法读取文件 \(path)：\(Self.chineseFileReason(reason))", "cannot read \(path): \(reason)")
        case .fileMustBeCSVText(let path, let format):
            return l.pick("文件 \(path) 是 \(format) 格式，不是 CSV 文本：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再导入",
                          "\(path) is \(format), not CSV text: in Excel use Save As, \"CSV UTF-8 (Comma delimited)\", then import that file")
        case .sheetMustExist(let path, let sheet, let sheets):
            return l.pick("工作簿 \(path) 中没有工作表“\(sheet)”（现有：\(sheets)；也可用序号，从 1 起）",
                          "\(path) has no sheet \"\(sheet)\" (it has: \(sheets); a number from 1 also picks one)")
        case .quotedFieldMustBeWellFormed:
            return l.pick("引号字段格式错误：引号未闭合，或结束引号后还有其他字符",
                          "malformed quoted field: the quote never closes, or text follows the closing quote")
        case .fieldMustBePresent(let field):
            return l.pick("缺少必填项：\(field)", "required field missing: \(field)")
        case .fileMustNotBeFolder(let path):
            return l.pick("\(path) 是文件夹，不是文件：请给出要读取的文件", "\(path) is a folder, not a file: name the file to read")
        case .recordMustFitFieldsMax(let max):
            return l.pick("该行的列数超过 \(max) 列：请检查分隔符或是否选错了文件", "the record has more than \(max) fields: check the separators, or whether this is the right file")
        case .textMustDecode(let path, let line, let column, let encoding):
            return l.pick("文件 \(path) 第 \(line) 行第 \(column) 个字符处的字节不是有效的 \(encoding) 编码（请在 Excel 中另存为“CSV UTF-8”后再导入）",
                          "\(path) line \(line), character \(column): bytes that are not valid \(encoding) (in Excel use Save As, \"CSV UTF-8\", and import that file)")
        case .encodingsMustNotMix(let path, let line, let column):
            return l.pick("文件 \(path) 混用了 UTF-8 与 GBK/GB18030 编码，第 \(line) 行第 \(column) 个字符处起不一致（可能是从别处粘贴的单元格）：请统一另存为“CSV UTF-8”",
                          "\(path) mixes UTF-8 and GBK/GB18030 text, first at line \(line), character \(column) (a cell pasted from elsewhere?): save it all as \"CSV UTF-8\"")
        case .encodingMustMatchText(let path, let asked, let found):
            return l.pick("文件 \(path) 是有效的 \(found) 文本，按 --encoding \(asked) 读取会得到乱码：请去掉 --encoding 或改用 --encoding utf8",
                          "\(path) is valid \(found) text and would read as garbage with --encoding \(asked): drop --encoding or use --encoding utf8")
        case .textMustNotHoldReplacementCharacter(let path, let line, let column):
            return l.pick("文件 \(path) 第 \(line) 行第 \(column) 个字符是替换字符 �：此前的转换已丢失原字符，请从原始文件重新导出",
                          "\(path) line \(line), character \(column) is the replacement character �: an earlier conversion lost the original; export the file again from its source")
        case .organisationCodeMustBeWellFormed(let value):
            return l.pick("单位编码不合规：“\(value)”（1–32 个字母、数字、-、_ 或 .，不以 . 开头，不含 ..、斜杠、空格或控制字符）",
                          "organisation code is not well formed: \"\(value)\" (1–32 letters, digits, -, _ or .; not starting with ., no .., slashes, spaces or control characters)")
        case .organisationMustExist(let code):
            return l.pick("单位不存在：\(code)", "organisation does not exist: \(code)")
        case .organisationCodeMustBeUnique(let code):
            return l.pick("单位编码已存在：\(code)", "organisation code already exists: \(code)")
        case .organisationMustBeChosen(let available):
            return l.pick("账套中有多个单位，请用 --org 指定：\(available)",
                          "the file holds several organisations; choose one with --org: \(available)")
        case .organisationNameMustBeUnique(let name, let candidates):
            return l.pick("“\(name)”可指多个单位，请写准确的单位编码：\(candidates)",
                          "\"\(name)\" fits several organisations; give the exact code: \(candidates)")
        case .organisationMustKeepBooks(let code):
            return l.pick("单位 \(code) 在此文件中没有账套（只登记在单位名册中）；请用 --org 选择有账套的单位，或先为它建账（init --add-org）",
                          "organisation \(code) keeps no books in this file (it is only in the register); choose one with books with --org, or create its books (init --add-org)")
        }
    }
}

extension LedgerError {
    /// The operating system says why a file could not be read in English (`strerror`); a Chinese
    /// message says it in Chinese for the reasons a treasurer meets, and keeps any other as it is.
    static func chineseFileReason(_ reason: String) -> String {
        switch reason {
        case "No such file or directory", "missing or unreadable": return "文件不存在（请检查文件名和所在文件夹）"
        case "Permission denied": return "没有读取权限"
        case "Is a directory": return "这是一个文件夹，不是文件"
        case "Too many open files": return "同时打开的文件过多"
        default: return reason
        }
    }
}
