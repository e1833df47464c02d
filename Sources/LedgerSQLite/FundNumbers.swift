/// Restricted funds numbered as they are first seen, so balance keys hash an integer rather than
/// the fund's text on every posting. Number 0 is unrestricted money ('').
struct FundNumbers {
    private var numbers: [String: Int32] = ["": 0]
    private(set) var names: [String] = [""]

    mutating func number(_ fund: String) -> Int32 {
        if fund.isEmpty { return 0 }
        if let number = numbers[fund] { return number }
        let number = Int32(names.count)
        numbers[fund] = number
        names.append(fund)
        return number
    }

    func name(_ number: Int32) -> String { names[Int(number)] }

    /// The fund's number if it has been seen, without numbering it.
    func existingNumber(_ fund: String) -> Int32? { numbers[fund] }
}
