import Foundation
import LedgerCore
import Reporting

/// `policy show` as people read it: two columns, 项目 / 值, one row per rule, named in the user's
/// language and with its unit (2%, 元, 天); the JSON output stays the document itself.
enum PolicyTable {
    /// The rows of every section asked for: a heading row per section and effective date, then its rules.
    static func rows(_ top: [String: Any], section: String?, language: Language) -> [[Report.Cell]] {
        var rows: [[Report.Cell]] = []
        for key in sectionOrder where section == nil || section == key {
            let entries = top[key] as? [[String: Any]] ?? []
            let title = sectionName(key, language)
            if entries.isEmpty {
                rows.append([.text(title), .text(language.pick("（未设定）", "(not set)"))])
            }
            for entry in entries {
                let from = entry["effective_from"] as? String ?? ""
                rows.append([.text(title), .text(language.pick("自 \(from) 起", "from \(from)"))])
                var fields = entry
                fields.removeValue(forKey: "effective_from")
                rows += leaves(fields, path: [], language: language).map { [.text("  " + $0.0), .text($0.1)] }
            }
        }
        return rows
    }

    /// The sections in the order a treasurer meets them.
    static let sectionOrder = ["allocation", "channels", "due", "late_fee", "preparatory_fund", "dues", "vouchers",
                               "budget", "membership_targets", "audit"]

    static func sectionName(_ key: String, _ language: Language) -> String {
        let names = [
            "allocation": ("拨缴比例与分成", "Allocation and shares"), "channels": ("缴费方式", "Collection channels"),
            "due": ("缴纳期限", "Due date"), "late_fee": ("滞纳金", "Late fee"), "preparatory_fund": ("建会筹备金", "Preparatory fund"),
            "dues": ("会费", "Member dues"), "vouchers": ("凭证规则", "Voucher rules"), "budget": ("预算", "Budget"),
            "membership_targets": ("入会率目标", "Membership targets"), "audit": ("审计检查", "Audit checks"),
        ]
        guard let name = names[key] else { return key }
        return language.pick(name.0, name.1) + " (\(key))"
    }

    /// Every scalar under `object` as (label, value), nested keys joined with " / ".
    static func leaves(_ object: [String: Any], path: [String], language: Language) -> [(String, String)] {
        var result: [(String, String)] = []
        for key in object.keys.sorted() {
            let value = object[key] as Any
            let label = (path + [fieldName(key, language)]).joined(separator: " / ")
            if let nested = value as? [String: Any] {
                result += leaves(nested, path: path + [fieldName(key, language)], language: language)
            } else if let list = value as? [[String: Any]] {
                for (index, item) in list.enumerated() {
                    result += leaves(item, path: path + [fieldName(key, language) + " \(index + 1)"], language: language)
                }
            } else {
                result.append((label, shown(value, key: key, language: language)))
            }
        }
        return result
    }

    /// A value with its unit: amounts in 元, counts of days and months named, lists joined.
    static func shown(_ value: Any, key: String, language: Language) -> String {
        if let list = value as? [Any] { return list.map { shown($0, key: key, language: language) }.joined(separator: language.pick("、", ", ")) }
        if let number = value as? NSNumber, type(of: number) == type(of: NSNumber(value: true)) {
            return number.boolValue ? language.pick("是", "yes") : language.pick("否", "no")
        }
        let text = (value as? String) ?? (value as? NSNumber)?.stringValue ?? String(describing: value)
        if key == "day" { return language.pick("每月 \(text) 日", "day \(text) of the month") }
        if key.hasSuffix("days") { return text + language.pick(" 天", " days") }
        if let channel = CollectionChannel(rawValue: text) { return channel.name(in: language) + " (\(text))" }
        if let named = PolicyValueNames.name(of: text, key: key, language) { return named }
        if key.hasPrefix("months") { return text + language.pick(" 个月", " months") }
        if text.range(of: #"^\d+\.\d\d$"#, options: .regularExpression) != nil { return text + language.pick(" 元", " yuan") }
        return text
    }

    static func fieldName(_ key: String, _ language: Language) -> String {
        let names: [String: (String, String)] = [
            "rate": ("比例", "rate"), "retained": ("留成", "retained"), "upward": ("上解", "upward"), "level": ("级次", "level"),
            "share": ("分成", "share"), "by_kind": ("按单位类型", "by kind"), "default": ("默认", "default"),
            "day": ("缴纳日", "day of month"), "months_after": ("所属期后第几个月", "months after"),
            "cap": ("上限", "cap"), "daily_rate": ("日费率", "daily rate"), "months_without_union": ("未建会月数", "months without a union"),
            "refund_share": ("返还比例", "refund share"), "exempt_statuses": ("免缴状态", "exempt statuses"),
            "wage_unit": ("工资取整单位", "wage unit"), "collective_decision_threshold": ("集体研究金额起点", "collective decision threshold"),
            "negative_cash": ("现金赤字", "negative cash"), "signoff_required_for": ("须签批的类别", "sign-off required for"),
            "single_operator": ("允许一人兼任制单与审核", "single operator"), "adjustments_per_year": ("每年调整次数上限", "adjustments per year"),
            "approval_chain": ("审批流程", "approval chain"), "balance_rule": ("收支平衡规则", "balance rule"),
            "contingency": ("预备费", "contingency"), "control": ("支出控制", "control"), "higher_union_mode": ("上级工会审批方式", "higher union"),
            "under_spend_flag": ("执行率偏低提示", "under-spend flag"), "kinds": ("单位类型", "kinds"), "membership": ("入会率", "membership"),
            "real_name": ("实名制率", "real name"), "cash_on_hand_limit": ("库存现金限额", "cash on hand limit"),
            "cash_payment_limit": ("现金支付限额", "cash payment limit"), "remittance_days": ("上解期限", "remittance days"),
            "per_member_year": ("每人每年", "per member a year"), "festivals": ("节日", "festivals"), "festival_gifts": ("节日慰问品", "festival gifts"),
            "source": ("依据", "source"), "administrative_growth_limit": ("行政支出增幅上限", "administrative growth limit"),
            "member_service_share_min": ("服务会员支出最低占比", "member service share min"),
            "administrative_roles": ("行政性支出科目", "administrative spending accounts"),
            "administrative_words": ("行政性支出摘要用语", "administrative spending words"),
            "benefit_roles": ("福利慰问支出科目", "benefit spending accounts"),
            "forbidden_words": ("禁止的发放形式", "forbidden forms of benefit"),
            "member_service_roles": ("服务会员支出科目", "member service accounts"),
            "responsibility_classes": ("责任类别", "responsibility classes"),
            "restricted_off_purpose_roles": ("专项资金不得列支的科目", "accounts restricted funds may not pay"),
            "per_festival": ("每个节日每人", "per member a festival"), "other_festival": ("其他节日每人", "other festivals per member"),
        ]
        if let kind = OrganisationKind.all.first(where: { $0.code == key }) { return language.pick(kind.chinese, kind.english) }
        guard let name = names[key] else { return key }
        return language.pick(name.0, name.1)
    }
}
