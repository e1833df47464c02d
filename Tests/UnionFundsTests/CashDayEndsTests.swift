import LedgerCore
import LedgerStore
import PropertyBased
import Testing
@testable import UnionCore

/// The cash check's day-end balances, kept current voucher by voucher, against the balances
/// recomputed from every movement for each question.
@Suite("cash and bank day ends")
struct CashDayEndsTests {
    /// 2026-01-01 … 2026-03-02.
    static let dates: [LocalDate] = (1...3).flatMap { month in
        (1...31).compactMap { try? LocalDate(year: 2026, month: month, day: $0) }
    }

    static func day(_ offset: Int) -> LocalDate { dates[offset] }

    /// The lowest day end on or after `date` of `movements` plus `delta` on `date`, and where it is first negative.
    static func bruteForce(base: Money, movements: [(LocalDate, Money)], delta: Money, on date: LocalDate) -> (LocalDate, Money)? {
        var all = movements
        all.append((date, delta))
        let days = Set(all.map(\.0)).sorted()
        var balance = base.fen
        for day in days {
            balance += all.filter { $0.0 == day }.reduce(0) { $0 + $1.1.fen }
            if day >= date && balance < 0 { return (day, Money(fen: balance)) }
        }
        return nil
    }

    @Test("any sequence of vouchers: the first day an outflow would overdraw, as recomputed from scratch")
    func matchesRecomputation() async {
        let voucher = zip(Gen.int(in: 0...60), Gen.int64(in: -50_000...50_000))
        await propertyCheck(count: 300, input: Gen.int64(in: 0...100_000), voucher.array(of: 0...12), voucher.array(of: 0...25),
                            Gen.int(in: 0...60)) { base, stored, session, windowDay in
            do {
                // What the books held when the window was read: movements on and after the window's first day.
                let window = Self.day(windowDay)
                let before = stored.filter { Self.day($0.0) < window }.reduce(base) { $0 + $1.1 }
                let read = Dictionary(grouping: stored.filter { Self.day($0.0) >= window }, by: { Self.day($0.0) })
                    .map { DailyMovement(date: $0.key, net: Money(fen: $0.value.reduce(0) { $0 + $1.1 })) }
                    .sorted { $0.date < $1.date }
                var days = try DayEnds(base: Money(fen: before), from: window, movements: read)
                var movements = stored.map { (Self.day($0.0), Money(fen: $0.1)) }
                for (offset, amount) in session {
                    let date = Self.day(offset), delta = Money(fen: amount)
                    if delta.isNegative && days.covers(date) {
                        let found = try days.lowest(after: delta, from: date)
                        let expected = Self.bruteForce(base: Money(fen: base), movements: movements, delta: delta, on: date)
                        #expect(found?.date == expected?.0 && found?.balance == expected?.1,
                                "\(amount) on \(date): \(String(describing: found)) ≠ \(String(describing: expected))")
                    }
                    try days.admit(delta, on: date)
                    movements.append((date, delta))
                }
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("a payment covered only by a later receipt of the same month overdraws on its own day")
    func laterReceiptDoesNotCover() throws {
        let days = try DayEnds(base: Money(fen: 100_00), from: Self.day(31), movements: [
            DailyMovement(date: Self.day(55), net: Money(fen: 500_00)),   // a receipt on 02-25
        ])
        let low = try #require(try days.lowest(after: Money(fen: -400_00), from: Self.day(40)))   // a payment on 02-10
        #expect(low.date.description == "2026-02-10" && low.balance == Money(fen: -300_00))
    }

    @Test("a back-dated payment that a later day cannot bear is refused with that later day")
    func laterDayOverdrawn() throws {
        let days = try DayEnds(base: Money(fen: 1_000_00), from: Self.day(31), movements: [
            DailyMovement(date: Self.day(45), net: Money(fen: -900_00)),
            DailyMovement(date: Self.day(50), net: Money(fen: 500_00)),
        ])
        let low = try #require(try days.lowest(after: Money(fen: -200_00), from: Self.day(35)))
        #expect(low.date == Self.day(45) && low.balance == Money(fen: -100_00))
        #expect(try days.lowest(after: Money(fen: -100_00), from: Self.day(35)) == nil)
    }
}
