import LedgerCore
import LedgerStore

/// Budget control on the one posting path (`PostingCheck`): every voucher that touches revenue
/// or expenditure is held to the year's approved budget under the policy's `control`
/// (`BudgetControlState.admit`). Installed by the storage module
/// (`UnionSQLiteStores.withBudgetControl`), so every entry point — post, reverse, drafts,
/// imports, the union modules' own vouchers — is checked the same way.
public struct BudgetControlCheck: PostingCheck {
    public let source: any BudgetControlSource

    public init(source: any BudgetControlSource) {
        self.source = source
    }

    public func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        // Carry-forward and opening vouchers move balances, they are not spending.
        guard voucher.draft.kind == .normal || voucher.draft.kind == .reversal,
              voucher.accounts.contains(where: { $0.kind == .revenue || $0.kind == .expenditure }) else { return }
        let date = voucher.draft.date
        try source.withState(organisation: voucher.organisation, year: date.year, context: context) { control in
            guard let control else { return }
            _ = try control.state.admit(date: date, postings: voucher.draft.postings, kinds: voucher.accounts.map(\.kind),
                                        control: control.mode, names: { context.account($0)?.name ?? "" })
        }
    }
}

/// The year's control as one transaction sees it: the state and the policy's mode. A reference,
/// so the check changes the state where it is kept (a copy would copy its tables every voucher).
public final class BudgetControlTransactionState: @unchecked Sendable {
    // Used only inside the posting transaction that made it; transactions of a store are serial.
    public var state: BudgetControlState
    public let mode: BudgetPolicy.Control

    public init(state: BudgetControlState, mode: BudgetPolicy.Control) {
        self.state = state
        self.mode = mode
    }
}

/// Where the control's state comes from inside a posting transaction: the approved versions, the
/// policy's mode and the year's actuals, read once per transaction and kept current by the check.
/// Implemented by the storage module (UnionSQLite), which reads its tables in the posting
/// transaction itself.
public protocol BudgetControlSource: Sendable {
    /// Runs `body` with the year's control state for `organisation` in the transaction `context`
    /// belongs to; nil when nothing is controlled (no approved budget for the year, or policy
    /// `off`). What `body` does to the state is what the next voucher of the transaction sees.
    func withState(organisation: Organisation, year: Int, context: any PostingCheckContext,
                   _ body: (BudgetControlTransactionState?) throws -> Void) throws
}
