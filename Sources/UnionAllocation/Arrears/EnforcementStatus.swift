import LedgerCore
import UnionCore

/// Enforcement of arrears (工会法 art. 44): a notice, then a court payment order (支付令), then enforcement.
public enum EnforcementStatus: String, Sendable, CaseIterable, Codable {
    case none
    case notice
    case paymentOrder = "payment-order"
    case enforced

    /// - Throws: `AllocationError.statusMustBeKnown`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces()
        guard let status = EnforcementStatus(rawValue: trimmed) ?? EnforcementStatus.allCases.first(where: { $0.name(in: .zh) == trimmed }) else {
            throw AllocationError.statusMustBeKnown(value: text)
        }
        self = status
    }

    public func name(in language: Language) -> String {
        switch self {
        case .none: language.pick("未催缴", "none")
        case .notice: language.pick("已发催缴通知", "notice sent")
        case .paymentOrder: language.pick("已申请支付令", "payment order applied")
        case .enforced: language.pick("已申请强制执行", "enforced")
        }
    }
}
