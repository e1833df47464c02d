/// The fixed parts of a minimal SpreadsheetML (XLSX) package and the text rules its XML follows:
/// what Excel, LibreOffice and openpyxl need to open a workbook of inline-string sheets, no more.
enum SpreadsheetML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Cell formats, by their index in styles.xml's `cellXfs`.
    /// Grid cells (headings, rows, totals) are ruled; the title and lines above and below are not.
    enum Style: Int {
        case normal = 0, bold, money, moneyBold, date, dateBold, title, heading, cell, cellBold

        var isBordered: Bool {
            switch self {
            case .normal, .bold, .title: false
            default: true
            }
        }
    }

    /// Money: thousands separated, two decimals, negative amounts in red (红字).
    static let moneyFormat = "#,##0.00;[Red]-#,##0.00"

    // MARK: Package parts

    static func contentTypes(sheetCount: Int) -> String {
        declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + (1...max(sheetCount, 1)).map {
                #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined()
            + "</Types>"
    }

    static let rootRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    /// The workbook: its sheets and, for each sheet with column headings, the print titles that
    /// repeat the heading row on every printed page.
    static func workbook(sheetNames: [String], printTitles: [String?] = []) -> String {
        let titles = printTitles.enumerated().compactMap { index, rows in
            rows.map { #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">"# + escape(quotedSheetName(sheetNames[index])) + "!" + $0 + "</definedName>" }
        }
        return declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)"><sheets>"#
            + sheetNames.enumerated().map { index, name in
                #"<sheet name="\#(escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
            }.joined()
            + "</sheets>" + (titles.isEmpty ? "" : "<definedNames>" + titles.joined() + "</definedNames>") + "</workbook>"
    }

    /// A sheet name as a formula names it: in apostrophes, an apostrophe inside doubled.
    static func quotedSheetName(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Sheets are rId1…rIdN; styles come after them.
    static func workbookRelationships(sheetCount: Int) -> String {
        declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + (1...max(sheetCount, 1)).map {
                #"<Relationship Id="rId\#($0)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#($0).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Fonts: 0 normal, 1 bold, 2 the title. numFmt 164 is the ISO date, 165 money (`moneyFormat`).
    /// Border 1 is a thin rule on every side. The `Normal` cell style must be present or openpyxl
    /// warns that there is no default style.
    static let styles = declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="\#(moneyFormat)"/></numFmts>"#
        + #"<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>"#
        + #"<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="10">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
        + #"<xf numFmtId="165" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
        + #"<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    // MARK: Text rules

    /// Escapes text for XML content and attribute values, dropping what XML 1.0 cannot hold
    /// (C0 controls other than tab, line feed and carriage return; U+FFFE and U+FFFF).
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // A literal CR would be read back as LF.
            case "\r": escaped += "&#13;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Cell text as Excel stores it: `_xHHHH_` is Excel's own escape, so a literal one is
    /// protected by escaping its underscore (`_x005F_`), then XML-escaped.
    static func cellText(_ text: String) -> String {
        guard text.contains("_x") else { return escape(text) }
        let scalars = Array(text.unicodeScalars)
        var protected = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", looksLikeExcelEscape(scalars, at: index) {
                protected.append(contentsOf: "_x005F".unicodeScalars)
            }
            protected.append(scalar)
        }
        return escape(String(protected))
    }

    private static func looksLikeExcelEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[index + 2...index + 5].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    // MARK: Sheet names

    static let sheetNameLengthMax = 31

    /// A sheet name Excel accepts, unique (ignoring case) among `taken`, which it joins: at most 31
    /// UTF-16 units, none of `[]:*?/\` or controls, no apostrophe at either end, not empty, not
    /// the reserved `History`.
    static func sheetName(_ wanted: String, taken: inout Set<String>) -> String {
        var cleaned = String(String.UnicodeScalarView(wanted.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if "[]:*?/\\".unicodeScalars.contains(scalar) { return "_" }
            return scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? nil : scalar
        }))
        cleaned = trimmed(cleaned)
        if cleaned.isEmpty || cleaned.lowercased() == "history" { cleaned = cleaned.isEmpty ? "Sheet" : cleaned + "_" }
        var candidate = truncated(cleaned, to: sheetNameLengthMax)
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = trimmed(truncated(cleaned, to: sheetNameLengthMax - suffix.utf16.count)) + suffix
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// Whitespace and apostrophes off both ends.
    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first == "'" || first.isWhitespace { text.removeFirst() }
        while let last = text.last, last == "'" || last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// The longest prefix of whole characters within `limit` UTF-16 units.
    private static func truncated(_ text: String, to limit: Int) -> String {
        var result = ""
        var length = 0
        for character in text {
            length += character.utf16.count
            if length > limit { break }
            result.append(character)
        }
        return result
    }
}
