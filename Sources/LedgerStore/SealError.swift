import LedgerCore

/// The ways `gonghui seal` and `verify --seal` refuse: the key (`GONGHUI_SEAL_KEY`, kept by the
/// funds-review committee) and the seal file.
public enum SealError: RuleError, Hashable, Sendable {
    case sealKeyMustBeSet
    case sealKeyMustBeLongEnough(bytes: Int)
    case sealMustBeReadable(path: String, reason: String)

    public enum Rule: String, RuleKey {
        case sealKeyMustBeSet, sealKeyMustBeLongEnough, sealMustBeReadable
        public var isMalformedInput: Bool { true }
    }

    public var ruleKey: Rule {
        switch self {
        case .sealKeyMustBeSet: .sealKeyMustBeSet
        case .sealKeyMustBeLongEnough: .sealKeyMustBeLongEnough
        case .sealMustBeReadable: .sealMustBeReadable
        }
    }

    public var rule: String { ruleKey.rawValue }
    public var isMalformedInput: Bool { ruleKey.isMalformedInput }

    public func message(in language: Language) -> String {
        switch self {
        case .sealKeyMustBeSet:
            language.pick("未设置封存密钥：请设置 GONGHUI_SEAL_KEY（至少 32 字节，由经费审查委员会保管）",
                          "no seal key: set GONGHUI_SEAL_KEY (at least 32 bytes, kept by the funds-review committee)")
        case .sealKeyMustBeLongEnough(let bytes):
            language.pick("GONGHUI_SEAL_KEY 太短：\(bytes) 字节，至少须 32 字节（如 openssl rand -hex 32）",
                          "GONGHUI_SEAL_KEY is too short: \(bytes) bytes, at least 32 are needed (e.g. openssl rand -hex 32)")
        case .sealMustBeReadable(let path, let reason):
            language.pick("封存文件无法读取：\(path)（\(reason)）", "the seal file cannot be read: \(path) (\(reason))")
        }
    }
}
