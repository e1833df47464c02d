import LedgerCore
import UnionCore

/// Enforcement of arrears (工会法 art. 44): a notice, then a court payment order (支付令), then enforcement.
public enum EnforcementStatus: String, Sendable, CaseIterable, Codable, CodedStatus {
    case none
    case notice
    case paymentOrder = "payment-order"
    case enforced

    /// - Throws: `AllocationError.statusMustBeKnown`.
    public init(parsing text: String) throws {
        guard let status = EnforcementStatus.named(text) else { throw AllocationError.statusMustBeKnown(value: text) }
        self = status
    }

    /// The printed name first, then the shorter words a treasurer writes.
    public var chineseNames: [String] {
        switch self {
        case .none: ["未催缴"]
        case .notice: ["已发催缴通知", "已催缴", "已发通知书", "催缴通知", "通知书"]
        case .paymentOrder: ["已申请支付令", "支付令", "申请支付令"]
        case .enforced: ["已申请强制执行", "强制执行", "申请强制执行"]
        }
    }

    public func name(in language: Language) -> String {
        switch self {
        case .none: language.pick(chineseName, "none")
        case .notice: language.pick(chineseName, "notice sent")
        case .paymentOrder: language.pick(chineseName, "payment order applied")
        case .enforced: language.pick(chineseName, "enforced")
        }
    }
}
