/// Migration 0020: vouchers indexed by date, so a ledger streams in date order.
///
/// 明细账 and the cash and bank journals list lines by date, then voucher number. Without this
/// index SQLite sorted each month's lines before the month's first (1M vouchers: 96–150 ms to
/// the first line, most of it reading and sorting January). SQLite walks this index into each
/// voucher's postings; all it sorts is the lines of vouchers with the same date and number, which
/// are one voucher's (a voucher's month is its date's and numbers are unique within a month).
/// Not declared UNIQUE, though it is in a sound book: a book whose dates and months disagree must
/// still open, so that `verify` can report it.
/// What every write pays: 1.9% more instructions on a 100,000-voucher import in date order, and
/// the file 11% larger (Benchmarks/README.md, session 29).
extension Schema {
    static let migration0020 = """
    CREATE INDEX voucher_by_date ON voucher(org_id, date, number);
    """
}
