/// Debit (借) or credit (贷).
public enum Side: String, Sendable, Codable, CaseIterable {
    case debit
    case credit

    /// Accepts `借`/`贷`, `D`/`C`, `debit`/`credit` (any case).
    /// - Throws: `LedgerError.sideMustBeDebitOrCredit`.
    public init(parsing text: some StringProtocol) throws(LedgerError) {
        switch String(text).trimmingSpaces().lowercased() {
        case "借", "d", "dr", "debit": self = .debit
        case "贷", "c", "cr", "credit": self = .credit
        default: throw .sideMustBeDebitOrCredit(value: String(text))
        }
    }

    /// `借` or `贷`.
    public var chinese: String { self == .debit ? "借" : "贷" }

    public var opposite: Side { self == .debit ? .credit : .debit }
}

/// An account in the chart (会计科目).
public struct Account: Hashable, Sendable, Codable {
    /// The five elements of the union accounting system (工会会计制度 art. 9).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case asset          // 资产
        case liability      // 负债
        case netAssets      // 净资产
        case revenue        // 收入
        case expenditure    // 支出

        /// The side on which the account's balance normally sits.
        public var normalSide: Side {
            switch self {
            case .asset, .expenditure: .debit
            case .liability, .netAssets, .revenue: .credit
            }
        }

        /// Accepts the English name or the Chinese element name (资产, 负债, 净资产, 收入, 支出).
        /// - Throws: `LedgerError.accountKindMustBeKnown`.
        public init(parsing text: some StringProtocol) throws(LedgerError) {
            switch String(text).trimmingSpaces() {
            case "asset", "资产": self = .asset
            case "liability", "负债": self = .liability
            case "netAssets", "net-assets", "net_assets", "净资产": self = .netAssets
            case "revenue", "income", "收入": self = .revenue
            case "expenditure", "expense", "支出": self = .expenditure
            default: throw .accountKindMustBeKnown(value: String(text))
            }
        }
    }

    public var code: AccountCode
    public var name: String
    public var nameEnglish: String
    public var kind: Kind
    /// A closed account takes no new postings; its history stays.
    public var isOpen: Bool
    /// The role the chart profile gives the account (`cash`, `payableToHigher`, …), empty when none.
    /// The ledger stores it without meaning; the union rules post to roles, never to codes.
    public var role: String

    public init(code: AccountCode, name: String, nameEnglish: String = "", kind: Kind, isOpen: Bool = true, role: String = "") {
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
        self.kind = kind
        self.isOpen = isOpen
        self.role = role
    }

    public var normalSide: Side { kind.normalSide }

    /// The name in the requested language, falling back to Chinese.
    public func name(in language: Language) -> String {
        language == .en && !nameEnglish.isEmpty ? nameEnglish : name
    }
}
