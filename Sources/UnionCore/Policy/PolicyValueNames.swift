import LedgerCore

/// The words a policy file uses for its choices (`refuse`, `county`, `review_committee`, account
/// roles such as `staffActivities`), named for people in `policy show`. The JSON output keeps the
/// words themselves.
enum PolicyValueNames {
    /// The name of `value` under `key`, or nil when it is not a word of that field (a rate, an amount, text).
    static func name(of value: String, key: String, _ l: Language) -> String? {
        if key.hasSuffix("_roles"), let role = AccountRole(rawValue: value) {
            return l.pick(role.chineseName, role.englishName)
        }
        guard let names = byKey[key], let name = names[value] else { return nil }
        return l.pick(name.0, name.1)
    }

    private static let handling: [String: (String, String)] = [
        "refuse": ("拒绝", "refuse"), "warn": ("提示但照常处理", "warn and go on"), "off": ("不检查", "no check"),
    ]

    private static let byKey: [String: [String: (String, String)]] = [
        "signoff_required_for": ["expenditure": ("支出", "expenditure")],
        "negative_cash": ["refuse": ("拒绝记账", "refuse the voucher"), "warn": ("提示但照常记账", "warn and post")],
        "level": ["county": ("县级工会", "county union"), "city": ("市级工会", "city union"),
                  "province": ("省级工会", "provincial union"), "national": ("全国总工会", "national federation (ACFTU)")],
        "cap": ["none": ("不设上限", "no cap"), "principal": ("以欠缴本金为限", "up to the unpaid amount")],
        "exempt_statuses": ["active": ("在册", "active"), "retained-exempt": ("保留会籍免缴", "retained membership, exempt"),
                            "withdrawn": ("退会", "withdrawn"), "transferred-out": ("转出", "transferred out")],
        "control": ["stop": ("超预算的支出拒绝记账", "refuse spending over budget"),
                    "warn": ("超预算的支出提示但照常记账", "warn about spending over budget"), "off": ("不控制", "no control")],
        "balance_rule": handling,
        "approval_chain": ["review_committee": ("经费审查委员会", "funds review committee"), "committee": ("工会委员会", "union committee"),
                           "higher_union": ("上级工会", "higher union")],
        "higher_union_mode": ["filing": ("备案", "filing"), "approval": ("审批", "approval")],
        "contingency": ["off": ("不设", "none")],
    ]
}
