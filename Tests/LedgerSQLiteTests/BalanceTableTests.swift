import PropertyBased
import Testing
@testable import LedgerSQLite

/// The balance table (verify's walk, the posting path's changes) against a dictionary: the same
/// sums under the same keys, whatever the keys.
@Suite("the balance table")
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
            var table = BalanceTable<Key>()
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
        var table = BalanceTable<Key>()
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
        var table = BalanceTable<Key>()
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

    @Test("the posting path's use: found without being made, sums replaced, emptied and filled again")
    func postingPathUse() async {
        typealias PostingKey = PostingSession.BalanceKey
        await propertyCheck(count: 100, input: Gen.int(in: 0...40).array(of: 3...3).array(of: 0...300)) { postings in
            var table = BalanceTable<PostingKey>()
            var model: [PostingKey: (debit: Int64, credit: Int64)] = [:]
            for (index, picks) in postings.enumerated() {
                let key = PostingKey(accountID: Int64(picks[0]) - 20, fund: Int32(picks[1] % 3), ordinal: 24_300 + picks[2] % 5,
                                     isClosing: picks[2] % 2 == 0)
                #expect(table.find(key).map { table.sums(at: $0) }.map { [$0.debit, $0.credit] }
                        == model[key].map { [$0.debit, $0.credit] })
                let sums = (debit: Int64(index), credit: Int64(-index))
                table.set(table.entry(for: key), debit: sums.debit, credit: sums.credit)
                model[key] = sums
                if index == postings.count / 2 {
                    table.removeAll()
                    model.removeAll()
                    #expect(table.count == 0 && table.find(key) == nil)
                }
            }
            #expect(table.count == model.count)
            for (entry, key) in table.keys.enumerated() {
                #expect(model[key]?.debit == table.sums(at: entry).debit && model[key]?.credit == table.sums(at: entry).credit)
            }
        }
    }
}
