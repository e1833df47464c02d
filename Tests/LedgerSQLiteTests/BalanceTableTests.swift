import PropertyBased
import Testing
@testable import LedgerSQLite

/// Verify's balance table against a dictionary: the same sums under the same keys, whatever the keys.
@Suite("verify's balance table")
struct BalanceTableTests {
    typealias Key = Verifier.BalanceKey

    static func key(_ picks: [Int]) -> Key {
        // Small ranges so keys repeat and differ in one field only; negative and huge ids too.
        let ids: [Int64] = [0, 1, 2, -1, 65_535, 65_536, Int64.max, Int64.min]
        return Key(organisation: ids[picks[0] % ids.count], account: ids[picks[1] % ids.count] &+ Int64(picks[1] / ids.count),
                   fund: Int32(picks[2] % 3), ordinal: 24_300 + picks[3] % 4, closing: picks[4] % 2 == 1)
    }

    @Test("sums every posting under its key as a dictionary does, growing past its first room")
    func matchesDictionary() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...400).array(of: 5...5).array(of: 0...600),
                            Gen.int(in: -1_000_000...1_000_000)) { postings, seed in
            var table = BalanceTable()
            var model: [Key: (debit: Int64, credit: Int64)] = [:]
            for (index, picks) in postings.enumerated() {
                let key = Self.key(picks)
                let amount = Int64(seed) &* Int64(index + 1) % 1_000_003
                let debitSide = picks[0] % 2 == 0
                let entry = table.entry(for: key)
                let added = table.add(amount, to: entry, debitSide: debitSide)
                #expect(added)
                if debitSide { model[key, default: (0, 0)].debit += amount } else { model[key, default: (0, 0)].credit += amount }
            }
            let sums = table.dictionary
            #expect(table.count == model.count && sums.count == model.count)
            for (key, expected) in model {
                #expect(sums[key]?.debit == expected.debit && sums[key]?.credit == expected.credit)
            }
        }
    }

    @Test("an overflowing sum is refused and left as it was; a key looked up alone is there with zero sums")
    func overflowAndBareKeys() {
        var table = BalanceTable()
        let key = Key(organisation: 1, account: 7, fund: 0, ordinal: 24_300, closing: false)
        let entry = table.entry(for: key)
        let fits = table.add(Int64.max - 1, to: entry, debitSide: true)
        let overflows = table.add(2, to: entry, debitSide: true)
        let credited = table.add(5, to: entry, debitSide: false)
        #expect(fits && !overflows && credited)
        let bare = Key(organisation: 1, account: 8, fund: 0, ordinal: 24_300, closing: false)
        _ = table.entry(for: bare)
        let again = table.entry(for: key)
        #expect(again == entry)
        let sums = table.dictionary
        #expect(sums[key]?.debit == Int64.max - 1 && sums[key]?.credit == 5)
        #expect(sums[bare]?.debit == 0 && sums[bare]?.credit == 0 && sums.count == 2)
    }

    @Test("100,000 keys, each found again at its own entry")
    func manyKeys() {
        var table = BalanceTable()
        var entries: [Int] = []
        for account in 0..<100_000 {
            entries.append(table.entry(for: Key(organisation: Int64(account % 7), account: Int64(account), fund: 0, ordinal: 24_300, closing: false)))
        }
        #expect(entries == Array(0..<100_000))
        for account in stride(from: 0, to: 100_000, by: 13) {
            let entry = table.entry(for: Key(organisation: Int64(account % 7), account: Int64(account), fund: 0, ordinal: 24_300, closing: false))
            #expect(entry == account)
        }
        #expect(table.count == 100_000)
    }
}
