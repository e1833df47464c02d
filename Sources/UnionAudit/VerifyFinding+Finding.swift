import LedgerCore
import LedgerStore

extension VerifyFinding {
    /// The check id `verify` reports this under: `verify.` and the kind (`verify.chainBroken`).
    public var checkID: String { "verify." + kind.rawValue }

    /// The finding in the audit's shape. Every ledger invariant `verify` re-checks is a
    /// violation (DESIGN invariants 1–4 and 7): the books disagree with themselves. The
    /// explanation is exactly what `verify` prints in each language.
    public var finding: Finding {
        Finding(check: checkID, severity: .violation, vouchers: voucherID.map { [$0] } ?? [], organisations: [organisation],
                explanation: (message(in: .zh), message(in: .en)))
    }
}
