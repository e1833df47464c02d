import LedgerCore
import UnionCore

/// The policy's `audit` section: the thresholds and caps the checks apply, each entry dated
/// (`ledgers/policies/README.md`). Provinces set the benefit caps (DOMAIN §4.4, notes §6); the
/// numbers the notes mark [U] are policy values, never constants in a check.
public struct AuditTerms: Decodable, Sendable, Hashable {
    /// Festival gifts to members (节日慰问): the caps and what counts as one.
    public struct FestivalGifts: Decodable, Sendable, Hashable {
        /// Cap per member per calendar year (每人每年), nil when the policy sets none.
        public var perMemberYear: Money?
        /// Caps per festival and member (Guizhou: 春节 ≤500, other festivals ≤200), by festival word.
        public var perFestival: [String: Money]
        /// Cap per member for a festival not listed in `perFestival`, when the policy caps per festival.
        public var otherFestival: Money?
        /// The festivals gifts may be given for; a spending voucher whose summary names one is a festival gift.
        public var festivals: [String]
        /// Where the caps come from (document, date).
        public var source: String

        enum CodingKeys: String, CodingKey {
            case perMemberYear = "per_member_year", perFestival = "per_festival", otherFestival = "other_festival", festivals, source
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            perMemberYear = try container.decodeIfPresent(PolicyMoney.self, forKey: .perMemberYear)?.money
            perFestival = try (container.decodeIfPresent([String: PolicyMoney].self, forKey: .perFestival) ?? [:]).mapValues(\.money)
            otherFestival = try container.decodeIfPresent(PolicyMoney.self, forKey: .otherFestival)?.money
            festivals = try container.decode([String].self, forKey: .festivals)
            source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
        }
    }

    public var festivalGifts: FestivalGifts?
    /// The expenditure roles whose spending is member benefits (gifts, condolences): `staffActivities`.
    public var benefitRoles: [AccountRole]
    /// Words in a benefit voucher's summary that name a forbidden form (购物卡, 代金券 …).
    public var forbiddenWords: [String]
    /// A single cash payment above this should have gone through the bank (结算起点).
    public var cashPaymentLimit: Money?
    /// Cash on hand at a month's end above this (库存现金限额).
    public var cashOnHandLimit: Money?
    /// Administrative spending (行政支出 and 三公: by role, and by words in the summary) and its allowed growth.
    public var administrativeRoles: [AccountRole]
    public var administrativeWords: [String]
    public var administrativeGrowthLimit: PolicyRate?
    /// Spending on members' activities, services and rights (服务职工、维权) and the least share of all spending.
    public var memberServiceRoles: [AccountRole]
    public var memberServiceShareMin: PolicyRate?
    /// Days after it was booked by which the upward share is to be remitted.
    public var remittanceDays: Int?
    /// Days after a month's end after which a posting into it is late (补记); nil: not checked.
    public var latePostingDays: Int?
    /// Roles restricted (专项) money must not be charged to: general administration, lending.
    public var restrictedOffPurposeRoles: [AccountRole]
    /// The responsibility classes a finding may carry, the direct class first, the leadership class last
    /// (2019: 直接责任 / 领导责任; the legacy 直接 / 主管 / 领导 is allowed).
    public var responsibilityClasses: [String]

    enum CodingKeys: String, CodingKey {
        case festivalGifts = "festival_gifts", benefitRoles = "benefit_roles", forbiddenWords = "forbidden_words"
        case cashPaymentLimit = "cash_payment_limit", cashOnHandLimit = "cash_on_hand_limit"
        case administrativeRoles = "administrative_roles", administrativeWords = "administrative_words"
        case administrativeGrowthLimit = "administrative_growth_limit"
        case memberServiceRoles = "member_service_roles", memberServiceShareMin = "member_service_share_min"
        case remittanceDays = "remittance_days", latePostingDays = "late_posting_days"
        case restrictedOffPurposeRoles = "restricted_off_purpose_roles", responsibilityClasses = "responsibility_classes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func roles(_ key: CodingKeys) throws -> [AccountRole] {
            try (container.decodeIfPresent([String].self, forKey: key) ?? []).map { name in
                guard let role = AccountRole(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "“\(name)” is not an account role")
                }
                return role
            }
        }
        festivalGifts = try container.decodeIfPresent(FestivalGifts.self, forKey: .festivalGifts)
        benefitRoles = try roles(.benefitRoles)
        forbiddenWords = try container.decodeIfPresent([String].self, forKey: .forbiddenWords) ?? []
        cashPaymentLimit = try container.decodeIfPresent(PolicyMoney.self, forKey: .cashPaymentLimit)?.money
        cashOnHandLimit = try container.decodeIfPresent(PolicyMoney.self, forKey: .cashOnHandLimit)?.money
        administrativeRoles = try roles(.administrativeRoles)
        administrativeWords = try container.decodeIfPresent([String].self, forKey: .administrativeWords) ?? []
        administrativeGrowthLimit = try container.decodeIfPresent(PolicyRate.self, forKey: .administrativeGrowthLimit)
        memberServiceRoles = try roles(.memberServiceRoles)
        memberServiceShareMin = try container.decodeIfPresent(PolicyRate.self, forKey: .memberServiceShareMin)
        remittanceDays = try container.decodeIfPresent(Int.self, forKey: .remittanceDays)
        latePostingDays = try container.decodeIfPresent(Int.self, forKey: .latePostingDays)
        restrictedOffPurposeRoles = try roles(.restrictedOffPurposeRoles)
        responsibilityClasses = try container.decodeIfPresent([String].self, forKey: .responsibilityClasses) ?? ["直接责任", "领导责任"]
        guard !responsibilityClasses.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .responsibilityClasses, in: container, debugDescription: "at least one class")
        }
    }

    /// 直接责任: the chair signed or decided it himself.
    public var directClass: String { responsibilityClasses.first ?? "直接责任" }
    /// 领导责任: under the chair's tenure and leadership, handled by others.
    public var leadershipClass: String { responsibilityClasses.last ?? "领导责任" }
}
