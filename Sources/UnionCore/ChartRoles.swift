import LedgerCore
import LedgerStore

/// Which account plays each role in one organisation's chart: the resolver every rule posts
/// through (`roles.code(.payableToHigher)`), so no rule names an account code.
///
/// Roles come from the chart the books were created with (the account's stored role). Books
/// created before roles were stored get them from the shipped profiles, where an account's code
/// and name match a profile entry exactly; anything else stays without a role and a rule that
/// needs it is refused with `accountRoleMustBeInChart`, never posted somewhere plausible.
public struct ChartRoles: Sendable {
    public let organisation: String
    private let codeByRole: [AccountRole: AccountCode]
    private let roleByCode: [AccountCode: AccountRole]

    /// - Parameter accounts: the organisation's chart, as the books hold it.
    public init(organisation: String, accounts: [Account]) {
        self.organisation = organisation
        var codeByRole: [AccountRole: AccountCode] = [:]
        var roleByCode: [AccountCode: AccountRole] = [:]
        for account in accounts {
            let role = AccountRole(rawValue: account.role) ?? ChartRoles.shippedRole(of: account)
            guard let role, codeByRole[role] == nil else { continue }
            codeByRole[role] = account.code
            roleByCode[account.code] = role
        }
        self.codeByRole = codeByRole
        self.roleByCode = roleByCode
    }

    /// The code of the account in `role`.
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart` when the chart has none.
    public func code(_ role: AccountRole) throws(UnionFundsError) -> AccountCode {
        guard let code = codeByRole[role] else {
            throw .accountRoleMustBeInChart(role: role.rawValue, organisation: organisation)
        }
        return code
    }

    /// The code of the account in `role`, if the chart has one.
    public func codeIfPresent(_ role: AccountRole) -> AccountCode? { codeByRole[role] }

    /// The role of the account with this code (or of its nearest ancestor that has one).
    public func role(of code: AccountCode) -> AccountRole? {
        var current: AccountCode? = code
        while let each = current {
            if let role = roleByCode[each] { return role }
            current = each.parent
        }
        return nil
    }

    /// The role an account with exactly this code and name has in a shipped profile.
    static func shippedRole(of account: Account) -> AccountRole? {
        shippedRoles[CodeAndName(code: account.code.rawValue, name: account.name)]
    }

    private struct CodeAndName: Hashable {
        var code: String
        var name: String
    }

    /// Every (code, name) → role pair the shipped profiles agree on.
    private static let shippedRoles: [CodeAndName: AccountRole] = {
        var roles: [CodeAndName: AccountRole] = [:]
        var conflicting: Set<CodeAndName> = []
        for name in ChartProfile.Name.allCases {
            guard let profile = try? ChartProfile(name) else { continue }
            for entry in profile.entries {
                guard let role = AccountRole(rawValue: entry.account.role) else { continue }
                let key = CodeAndName(code: entry.account.code.rawValue, name: entry.account.name)
                if let known = roles[key], known != role { conflicting.insert(key) }
                roles[key] = role
            }
        }
        for key in conflicting { roles[key] = nil }
        return roles
    }()
}

extension Books {
    /// The roles of this organisation's accounts.
    public func chartRoles() throws -> ChartRoles {
        ChartRoles(organisation: organisation.code, accounts: try accounts().map(\.account))
    }
}
