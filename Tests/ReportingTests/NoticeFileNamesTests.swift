import Reporting
import Testing

@Suite("notice file names")
struct NoticeFileNamesTests {
    @Test("codes registered before the code rule (with / or ..) get distinct names inside the folder")
    func legacyCodes() {
        let codes = ["A.1", "A_1", "A/1", "a.1", "AB", "ab", "Ab", "../x", ".x", "工会1"]
        let names = NoticeFileNames.names(for: codes, suffix: "md")
        #expect(names.count == codes.count)
        #expect(Set(names.values.map { $0.lowercased() }).count == codes.count, "\(names)")
        #expect(names.values.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") }, "\(names)")
        #expect(names["A_1"] == "A_1.md" && names["A/1"] == "A%2F1.md", "no clash, no suffix")
        #expect(names["A.1"] != names["a.1"] && names["A.1"]?.hasPrefix("A.1~") == true, "letter case told apart: \(names)")
    }
}
