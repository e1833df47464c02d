@testable import InputFiles
import Testing

/// Number and date cells of a workbook read as the text a CSV of the same table holds.
@Suite("workbook cells: numbers as exact decimal text, date serials as dates")
struct SheetNumberTests {
    @Test("numbers keep their literal decimals; exponents are expanded; binary noise past 15 digits is rounded off",
          arguments: [("12000", "12000"), ("1234.5", "1234.5"), ("0.1", "0.1"), ("-3.25", "-3.25"), ("1.2E4", "12000"),
                      ("1.5E-2", "0.015"), ("0.30000000000000004", "0.3"), ("1234.4999999999998", "1234.5"),
                      ("300000.10000000001", "300000.1"), ("99999999999999.999", "100000000000000"), ("0", "0"),
                      ("123456789012345", "123456789012345")])
    func decimals(stored: String, read: String) {
        #expect(SheetNumber.decimalText(stored) == read)
    }

    @Test("text that is not a number is left alone", arguments: ["abc", "1.2.3", "", "E5", "1E"])
    func notNumbers(text: String) {
        #expect(SheetNumber.decimalText(text) == nil)
    }

    @Test("1900 date system with Excel's 29 February 1900; 1904 system; a time of day is dropped")
    func dates() {
        #expect(SheetNumber.date(fromSerial: "1", date1904: false) == "1900-01-01")
        #expect(SheetNumber.date(fromSerial: "59", date1904: false) == "1900-02-28")
        #expect(SheetNumber.date(fromSerial: "60", date1904: false) == nil)
        #expect(SheetNumber.date(fromSerial: "61", date1904: false) == "1900-03-01")
        #expect(SheetNumber.date(fromSerial: "46027", date1904: false) == "2026-01-05")
        #expect(SheetNumber.date(fromSerial: "46027.75", date1904: false) == "2026-01-05")
        #expect(SheetNumber.date(fromSerial: "0", date1904: true) == "1904-01-01")
        #expect(SheetNumber.date(fromSerial: "44565", date1904: true) == "2026-01-05")
    }

    @Test("date formats: built-in ids and custom codes with a year or day outside quotes")
    func dateFormats() {
        #expect(WorkbookParts.isBuiltInDate(14) && WorkbookParts.isBuiltInDate(31) && !WorkbookParts.isBuiltInDate(2))
        #expect(WorkbookParts.isDateFormat("yyyy/m/d") && WorkbookParts.isDateFormat(#"yyyy"年"m"月"d"日""#))
        #expect(!WorkbookParts.isDateFormat("#,##0.00") && !WorkbookParts.isDateFormat(#"0.00"d""#) && !WorkbookParts.isDateFormat("[Red]0.00"))
        #expect(!WorkbookParts.isDateFormat("h:mm:ss"))
    }
}
