import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite

/// The demo union's finance desk: the accountant enters vouchers, a second person reviews them,
/// the chair signs expenditure off, and the accountant posts (填制 → 审核 → 记账).
struct TourDesk {
    let accountant: Books
    let reviewer: Books
    let chair: String
    /// The file's policy and register, for the approval rules in force.
    let stores: UnionSQLiteStores

    init(books: Books, reviewer: String, chair: String) throws {
        accountant = books
        let database = try books.database
        self.reviewer = try database.books(for: books.organisation.code, user: reviewer)
        self.chair = chair
        stores = UnionSQLiteStores(database: database)
    }

    func rules(on date: LocalDate) throws -> ApprovalRules {
        try ApprovalRules.inForce(for: accountant, policies: stores.policies, organisations: stores.organisations, on: date)
    }

    /// Enters, reviews and posts one voucher; expenditure is signed off by the chair the day before.
    @discardableResult
    func post(_ draft: VoucherDraft, signedOff: Bool = false, decision: VoucherApproval.CollectiveDecision? = nil) throws -> PostedVoucher {
        let rules = try rules(on: draft.date)
        let signoffDay = (try? LocalDate(year: draft.date.year, month: draft.date.month, day: max(draft.date.day - 1, 1))) ?? draft.date
        // The chair in office that day signs (the register's terms), the desk's chair when none is recorded.
        let signer = rules.chair(on: signoffDay) ?? chair
        let entered = try accountant.enterVoucher(
            draft, signoff: signedOff ? VoucherApproval.SignOff(by: signer, date: signoffDay) : nil, decision: decision, rules: rules)
        _ = try reviewer.review(draftIDs: [entered.id], rules: rules)
        guard let posted = try accountant.postDrafts(ids: [entered.id], month: nil, rules: rules).first else {
            throw WorkflowError.draftMustExist(id: String(entered.id))
        }
        return posted
    }
}
