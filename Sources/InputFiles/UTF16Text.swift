import LedgerCore

/// Excel's "Unicode text" (Save As → Unicode Text): UTF-16 with a byte-order mark, little or big
/// endian, cells separated by TAB. Decoded strictly: an unpaired surrogate or an odd trailing byte
/// is refused, naming its line and character like the UTF-8 and GB18030 decoders.
enum UTF16Text {
    /// The text as UTF-8 bytes, without the byte-order mark.
    /// - Throws: `LedgerError.textMustDecode`.
    static func decode(_ bytes: [UInt8], displayName: String) throws(LedgerError) -> [UInt8] {
        let bigEndian = bytes.starts(with: [0xFE, 0xFF])
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var line = 1, column = 1
        func refuse() -> LedgerError {
            .textMustDecode(path: displayName, line: line, column: column, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
        }
        var position = 0
        while position < units.count {
            let unit = units[position]
            var scalar: Unicode.Scalar?
            if (0xD800...0xDBFF).contains(unit) {
                if position + 1 < units.count, (0xDC00...0xDFFF).contains(units[position + 1]) {
                    let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[position + 1]) - 0xDC00)
                    scalar = Unicode.Scalar(value)
                    position += 1
                }
            } else if !(0xDC00...0xDFFF).contains(unit) {
                scalar = Unicode.Scalar(unit)
            }
            guard let scalar else { throw refuse() }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            position += 1
        }
        if bytes.count % 2 == 1 { throw refuse() }
        return output
    }

    /// Whether the first line is TAB-separated: it holds a TAB and no comma.
    static func isTabSeparated(_ utf8: [UInt8]) -> Bool {
        let firstLine = utf8.prefix { $0 != 0x0A && $0 != 0x0D }
        return firstLine.contains(0x09) && !firstLine.contains(0x2C)
    }

    /// TAB-separated text (Excel quotes a cell holding a TAB, a line break or a quote, doubling the
    /// quotes) as CSV, one record per line, so line numbers stay those of the file.
    static func tabsToCSV(_ utf8: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + utf8.count / 8)
        var index = 0
        var atFieldStart = true
        var inQuotes = false
        var field: [UInt8] = []
        func flushField() {
            output.append(contentsOf: CSVText.quoted(field))
            field.removeAll(keepingCapacity: true)
        }
        while index < utf8.count {
            let byte = utf8[index]
            if inQuotes {
                if byte == 0x22 {
                    if index + 1 < utf8.count, utf8[index + 1] == 0x22 { field.append(0x22); index += 2; continue }
                    inQuotes = false
                } else {
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case 0x22 where atFieldStart:
                inQuotes = true
                atFieldStart = false
            case 0x09:
                flushField()
                output.append(0x2C)
                atFieldStart = true
            case 0x0A, 0x0D:
                flushField()
                output.append(byte)
                atFieldStart = true
            default:
                field.append(byte)
                atFieldStart = false
            }
            index += 1
        }
        if !field.isEmpty { flushField() }
        return output
    }
}

/// Rows of cells written as CSV text for the CSV record parser: the one pipeline every import reads.
enum CSVText {
    /// A cell as a CSV field: quoted when it holds a comma, a quote or a line break.
    static func quoted(_ cell: [UInt8]) -> [UInt8] {
        guard cell.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        var output: [UInt8] = [0x22]
        for byte in cell {
            output.append(byte)
            if byte == 0x22 { output.append(0x22) }
        }
        output.append(0x22)
        return output
    }

    /// Rows as CSV, one line each (a blank row stays a blank line).
    static func render(_ rows: [[String]]) -> [UInt8] {
        var output: [UInt8] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { output.append(0x2C) }
                output.append(contentsOf: quoted(Array(cell.utf8)))
            }
            output.append(0x0A)
        }
        return output
    }
}
