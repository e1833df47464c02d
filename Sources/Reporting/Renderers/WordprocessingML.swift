/// The fixed parts of a minimal WordprocessingML (DOCX) package: what Word, LibreOffice and WPS
/// need to open a document of headings, paragraphs and tables, no more. Text follows the same XML
/// rules as the workbook's (`SpreadsheetML.escape`).
enum WordprocessingML {
    static let declaration = SpreadsheetML.declaration
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = SpreadsheetML.relationshipNamespace

    static let contentTypes = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + "</Types>"

    static let rootRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="word/document.xml"/>"#
        + "</Relationships>"

    static let documentRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    /// Styles: Normal (宋体 10.5 pt, the size of 五号), Title (黑体 16 pt, centred), Heading1 (黑体
    /// 12 pt), and the table style with single rules. Sizes are in half-points.
    static let styles = declaration + #"<w:styles xmlns:w="\#(mainNamespace)">"#
        + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>"#
        + #"<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>"#
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="312" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>"#
        + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
        + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>"#
        + #"<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
        + #"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
        + #"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>"#
        + "</w:styles>"

    /// The document part around a body; the section is A4 portrait with 2.5 cm side margins
    /// (twentieths of a point).
    static func document(body: String) -> String {
        declaration + #"<w:document xmlns:w="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)"><w:body>"#
            + body
            + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1417" w:bottom="1440" w:left="1417" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>"#
            + "</w:body></w:document>"
    }

    /// One paragraph of one run; `style` is a paragraph style id, `alignment` a `w:jc` value.
    static func paragraph(_ text: String, style: String? = nil, alignment: String? = nil, bold: Bool = false) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if let alignment { properties += #"<w:jc w:val="\#(alignment)"/>"# }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + run(text, bold: bold) + "</w:p>"
    }

    /// A run; empty text gives an empty paragraph's run.
    static func run(_ text: String, bold: Bool = false) -> String {
        guard !text.isEmpty else { return "" }
        return "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + #"<w:t xml:space="preserve">"# + SpreadsheetML.escape(text) + "</w:t></w:r>"
    }
}
