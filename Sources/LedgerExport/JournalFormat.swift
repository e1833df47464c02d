import LedgerCore
import LedgerStore

/// The plain-text formats a journal is exported to.
public enum JournalFormat: String, Sendable, CaseIterable {
    case hledger, beancount, csv

    /// Text before the first voucher: the chart and the commodity.
    func preamble(_ context: JournalExport.Context) -> String {
        switch self {
        case .hledger: HledgerJournal.preamble(context)
        case .beancount: BeancountJournal.preamble(context)
        case .csv: JournalCSV.preamble
        }
    }

    /// One voucher, with every posting.
    func entry(_ voucher: JournalVoucher, _ context: JournalExport.Context) throws -> String {
        switch self {
        case .hledger: try HledgerJournal.entry(voucher, context)
        case .beancount: try BeancountJournal.entry(voucher, context)
        case .csv: try JournalCSV.entry(voucher, context)
        }
    }
}
