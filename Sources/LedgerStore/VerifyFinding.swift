import LedgerCore

/// Something `verify` found wrong with the books. Findings are values: verify reports them all.
public struct VerifyFinding: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case chainBroken
        case balanceMismatch
        case voucherUnbalanced
        case voucherTooFewPostings
        case amountSign
        case accountNotLeaf
        case numberingGap
        case reversalMismatch
        case periodCounterMismatch
        case orphanPosting
        case periodMismatch
        case voucherFieldMismatch
        case journalHeadMismatch
        /// A stored value does not parse (a date, an account code, a side, a kind, a version).
        case valueUnreadable
        /// Amounts that sum beyond what Int64 fen can hold.
        case amountOverflow
        /// A change-journal record does not recompute, is missing, or names a voucher head the
        /// voucher chain does not have.
        case changeJournalBroken
        /// A row of a state table differs from its latest image in the change journal (edited,
        /// inserted or deleted outside gonghui). The detail starts with the table's name.
        case recordDiffers
        /// The journal is not what a seal recorded (`verify --seal`).
        case sealMismatch
    }

    public var kind: Kind
    /// The voucher concerned (id), when there is one.
    public var voucherID: Int64?
    public var organisation: String
    /// What exactly was found, worded in each language where it is found (the verifier knows
    /// what its figures mean; the CLI only picks the language).
    public var details: VerifyDetail
    /// The detail in English: the stable `detail` of `verify --format json`.
    public var detail: String { details.en }

    public init(kind: Kind, voucherID: Int64?, organisation: String, detail: VerifyDetail) {
        self.kind = kind
        self.voucherID = voucherID
        self.organisation = organisation
        self.details = detail
    }

    /// A detail with no words to translate (a code, a figure).
    public init(kind: Kind, voucherID: Int64?, organisation: String, detail: String) {
        self.init(kind: kind, voucherID: voucherID, organisation: organisation, detail: VerifyDetail(detail, detail))
    }

    public func message(in language: Language) -> String {
        let subject = voucherID.map { language.pick("凭证 #\($0)", "voucher #\($0)") } ?? language.pick("账套", "books")
        let what: String
        switch kind {
        case .chainBroken: what = language.pick("哈希链不符：凭证内容在引擎之外被改动", "hash chain broken: the voucher was changed outside the engine")
        case .balanceMismatch: what = language.pick("余额表与分录不符", "balance table disagrees with postings")
        case .voucherUnbalanced: what = language.pick("借贷不平衡", "debits and credits differ")
        case .voucherTooFewPostings: what = language.pick("分录少于两条", "fewer than two postings")
        case .amountSign: what = language.pick("金额符号不符合规则", "amount sign breaks the rules")
        case .accountNotLeaf: what = language.pick("记入了非末级科目", "posted to a non-leaf account")
        case .numberingGap: what = language.pick("凭证号不连续", "voucher numbers are not consecutive")
        case .reversalMismatch: what = language.pick("冲销凭证与原凭证不对应", "reversal does not mirror its original")
        case .periodCounterMismatch: what = language.pick("期间凭证计数不符", "period voucher counter disagrees")
        case .orphanPosting: what = language.pick("分录没有所属凭证或科目", "posting without its voucher or account")
        case .periodMismatch: what = language.pick("期间记录与凭证或结账记录不符", "period record disagrees with vouchers or closes")
        case .voucherFieldMismatch: what = language.pick("凭证的期间或合计与其内容不符", "voucher's period or total disagrees with its content")
        case .journalHeadMismatch: what = language.pick("日记账末端与记录不符：凭证可能被删除", "journal head disagrees: vouchers may have been removed")
        case .valueUnreadable: what = language.pick("存储的值无法解析（可能在引擎之外被改动）", "a stored value does not parse (changed outside the engine?)")
        case .amountOverflow: what = language.pick("金额合计超出可记录的范围", "amounts sum beyond what can be recorded")
        case .changeJournalBroken: what = language.pick("变更日记账的哈希链不符：记录在引擎之外被改动或删除",
                                                       "change journal broken: records were changed or removed outside the engine")
        case .recordDiffers: what = language.pick("表中记录与变更日记账不符：在引擎之外被改动",
                                                  "a table's record disagrees with the change journal: changed outside the engine")
        case .sealMismatch: what = language.pick("日记账与封存记录不符：封存之前的内容被改动",
                                                 "the journal disagrees with the seal: what was sealed has changed")
        }
        // Findings about the file rather than one organisation's books carry no organisation.
        return (organisation.isEmpty ? "" : "\(organisation) ") + "\(subject): \(what) (\(details.text(in: language)))"
    }
}

/// A finding's detail in both languages, written where the figures are at hand.
public struct VerifyDetail: Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String { language.pick(zh, en) }
}

extension VerifyDetail {
    /// A link recomputed against the one stored, each by its first twelve hex digits.
    public static func hashes(recomputed: [UInt8], stored: [UInt8], record: String = "") -> VerifyDetail {
        let now = JournalChain.hex(recomputed).prefix(12), kept = JournalChain.hex(stored).prefix(12)
        return VerifyDetail("\(record)重算 sha256 \(now)… ≠ 存储的 \(kept)…", "\(record)sha256 \(now)… ≠ stored \(kept)…")
    }
}

extension VerifyDetail {
    /// The journal head on record against the journal as walked.
    public static func heads(recorded: Int64, recordedHash: [UInt8], journal: Int64, journalHash: [UInt8]) -> VerifyDetail {
        let kept = JournalChain.hex(recordedHash).prefix(12), walked = JournalChain.hex(journalHash).prefix(12)
        return VerifyDetail("记录的末端为凭证 \(recorded) 张 \(kept)…，日记账为凭证 \(journal) 张 \(walked)…",
                            "head \(recorded) vouchers \(kept)…, journal \(journal) vouchers \(walked)…")
    }

    /// An account's month: debit/credit summed from the postings against the balance table's.
    public static func balances(account: String, month: String, postings: (debit: Money, credit: Money),
                                table: (debit: Money, credit: Money)) -> VerifyDetail {
        let summed = "\(postings.debit.plainString)/\(postings.credit.plainString)"
        let stored = "\(table.debit.plainString)/\(table.credit.plainString)"
        return VerifyDetail("\(account) \(month)：分录合计 \(summed)，余额表 \(stored)",
                            "\(account) \(month): postings \(summed), balance table \(stored)")
    }
}
