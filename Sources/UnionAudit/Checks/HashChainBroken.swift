import LedgerCore
import LedgerStore

/// 账簿被篡改: the journal's hash chain (`verify`) does not hold — a voucher was changed or removed
/// behind the engine's back.
public struct HashChainBroken: Check {
    public static let id = "books.hashChain"
    public let title = (zh: "凭证哈希链校验不通过（账簿被改动）", en: "Journal hash chain broken (books changed)")
    public let basis = "《工会法》第四十七条（不得侵占、挪用工会经费）[C]；《工会会计制度》（财会〔2021〕7号）第十七条（会计信息真实可靠）[C]"
    public let severity = Severity.violation

    static let kinds: Set<VerifyFinding.Kind> = [.chainBroken, .journalHeadMismatch]

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        try context.verifyFindings()
            .filter { Self.kinds.contains($0.kind) && ($0.organisation == context.organisation.code || $0.kind == .journalHeadMismatch) }
            .map { verified in
                var found = verified.finding
                found.check = id
                return found
            }
    }
}
