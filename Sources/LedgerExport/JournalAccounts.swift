import LedgerCore
import LedgerStore

/// The chart as plain-text ledgers name it. Every name ends in the account's own code, so a name
/// maps back to the account whatever the tool did to the rest of it (`voucher import` reads the
/// code after the last `:`).
///
/// - hledger: `资产:1002 银行存款:100201 工商银行` — the element, then `code name` for each level.
/// - beancount: `Assets:1002:100201` — beancount wants each component to start with an ASCII
///   capital or a digit and hold only letters, digits and `-` (Chinese is refused), and the root
///   to be Assets, Liabilities, Equity, Income or Expenses; the codes satisfy that and map back
///   one to one. The Chinese name goes on the account's `open` directive as metadata.
public struct JournalAccounts: Sendable {
    public let accounts: [Account]
    private let byCode: [AccountCode: Account]

    public init(_ stored: [StoredAccount]) {
        accounts = stored.map(\.account).sorted { $0.code < $1.code }
        byCode = Dictionary(accounts.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func account(_ code: AccountCode) -> Account? { byCode[code] }

    /// The codes from the standard account down to `code`: `1002`, `100201`.
    static func lineage(_ code: AccountCode) -> [AccountCode] {
        var chain = [code]
        while let parent = chain[0].parent { chain.insert(parent, at: 0) }
        return chain
    }

    // MARK: hledger

    public func hledgerName(_ code: AccountCode, kind: Account.Kind) -> String {
        let levels = Self.lineage(code).map { level in
            let name = byCode[level]?.name ?? ""
            return name.isEmpty ? level.rawValue : level.rawValue + " " + Self.hledgerSafe(name)
        }
        return ([Self.hledgerRoot(kind)] + levels).joined(separator: ":")
    }

    static func hledgerRoot(_ kind: Account.Kind) -> String {
        switch kind {
        case .asset: "资产"
        case .liability: "负债"
        case .netAssets: "净资产"
        case .revenue: "收入"
        case .expenditure: "支出"
        }
    }

    /// hledger's account type tag: Asset, Liability, Equity, Revenue, eXpense.
    static func hledgerType(_ kind: Account.Kind) -> String {
        switch kind {
        case .asset: "A"
        case .liability: "L"
        case .netAssets: "E"
        case .revenue: "R"
        case .expenditure: "X"
        }
    }

    /// A name hledger reads back as one account component: `:` separates components, two spaces
    /// or a tab end the account name, `;` starts a comment, brackets mark virtual postings.
    static func hledgerSafe(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            switch character {
            case ":": result.append("："); lastWasSpace = false
            case ";": result.append("；"); lastWasSpace = false
            case "(", "[": result.append(character == "(" ? "（" : "【"); lastWasSpace = false
            case ")", "]": result.append(character == ")" ? "）" : "】"); lastWasSpace = false
            case " ", "\t", "\u{3000}":
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            default: result.append(character); lastWasSpace = false
            }
        }
        return result.trimmingSpaces()
    }

    // MARK: beancount

    public func beancountName(_ code: AccountCode, kind: Account.Kind) -> String {
        ([Self.beancountRoot(kind)] + Self.lineage(code).map(\.rawValue)).joined(separator: ":")
    }

    static func beancountRoot(_ kind: Account.Kind) -> String {
        switch kind {
        case .asset: "Assets"
        case .liability: "Liabilities"
        case .netAssets: "Equity"
        case .revenue: "Income"
        case .expenditure: "Expenses"
        }
    }

    /// The account's names from the standard account down: `银行存款/工商银行`.
    public func namePath(_ code: AccountCode) -> String {
        Self.lineage(code).compactMap { byCode[$0]?.name }.joined(separator: "/")
    }
}
