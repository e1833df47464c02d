import LedgerCore
@testable import LedgerSQLite
import LedgerStore
import PropertyBased
import Testing

/// The posting path finds accounts by code in its own table: every account added is found, by
/// its code and by the same code read from a file's bytes, and no other code is.
@Suite("account table")
struct AccountTableTests {
    @Test("finds each account by code and by the code's bytes, and nothing else, at any size")
    func findsExactlyTheAccountsAdded() async {
        // Codes of 3–11 digits from few digits, so parents, children and near misses meet.
        let code = Gen.int(in: 0...2).array(of: 3...11).filter { $0.count % 2 == 1 }
            .map { digits in ([digits[0] + 1] + digits.dropFirst()).map(String.init).joined() }
        await propertyCheck(count: 60, input: zip(code.array(of: 0...300), code.array(of: 0...50))) { picked in
            let (added, probes) = picked
            var seen = Set<String>()
            let unique = added.filter { seen.insert($0).inserted }
            var stored: [StoredAccount] = []
            for (index, text) in unique.enumerated() {
                guard let code = try? AccountCode(text) else { Issue.record("not a code: \(text)"); return }
                stored.append(StoredAccount(id: Int64(index + 1), account: Account(code: code, name: "科目\(index)", kind: .asset),
                                            isLeaf: true))
            }
            let table = AccountTable(stored)
            for account in stored {
                #expect(table[account.account.code]?.id == account.id)
                let bytes = Array(account.account.code.rawValue.utf8)
                #expect(AccountCode.packedDigits(of: bytes) == account.account.code.packedDigits)
            }
            for text in probes {
                guard let code = try? AccountCode(text) else { continue }
                #expect(table[code]?.account.code == (seen.contains(text) ? code : nil))
            }
        }
    }
}

extension AccountTableTests {
    @Test("a code twice (only a damaged file has it) takes the later account, as the dictionary did")
    func laterAccountWins() throws {
        let code = try AccountCode("505")
        let first = StoredAccount(id: 1, account: Account(code: code, name: "甲", kind: .expenditure), isLeaf: true)
        let later = StoredAccount(id: 2, account: Account(code: code, name: "乙", kind: .expenditure, isOpen: false), isLeaf: true)
        let table = AccountTable([first, later])
        #expect(table[code]?.id == 2)
        #expect(table.accounts.count == 1)
        #expect(table.entry(code).map { table.isPostable[$0] } == false)
    }
}
