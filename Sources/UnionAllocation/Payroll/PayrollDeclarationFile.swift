import InputFiles
import LedgerCore
import UnionCore

/// Checks a payroll declarations file (工资总额申报) row by row against the register: every bad
/// row is reported, and the good ones become new declarations or revisions, added to the
/// register's `DeclarationSession` as they are read. No storage of its own: the units are given,
/// the records are fed one at a time, and what the file declared so far is asked of the session
/// (a bit per unit and month is all it keeps).
///
/// A row is added even after another row was refused, so that a later row repeating it is
/// compared with it; the caller writes nothing then (the transaction rolls back).
///
/// The file: `unit_code,unit_name,month,headcount,wage_total[,channel]` or
/// `单位编码,单位名称,所属期,职工人数,工资总额[,缴费方式]`, columns in any order.
struct PayrollDeclarationFile {
    enum Column: CaseIterable {
        case unitCode, unitName, month, headcount, wageTotal, channel
        var names: [String] {
            switch self {
            case .unitCode: ["unit_code", "单位编码", "单位代码"]
            case .unitName: ["unit_name", "单位名称"]
            case .month: ["month", "所属期", "月份"]
            case .headcount: ["headcount", "职工人数"]
            case .wageTotal: ["wage_total", "工资总额"]
            case .channel: ["channel", "缴费方式"]
            }
        }
    }

    /// What the checked file brought: its rows, and how many declarations were new, corrected
    /// (a new revision) or as on file already.
    struct Checked: Equatable {
        var rows = 0
        var new = 0
        var corrected = 0
        var unchanged = 0
    }

    /// A file covers a few months: each month's text is parsed once, up to this many.
    static let monthsCachedMax = 1_000

    let units: UnitCodeTable
    let declarations: any DeclarationSession
    let latestMonth: YearMonth?
    private(set) var problems: ProblemList
    private var header: CSVHeader<Column>?
    private var positions: [Int] = []   // unitCode, month, headcount, wageTotal, channel
    private var seen: DeclarationKeysSeen
    /// The first line of each key whose first row repeated the figures on file (nothing added for
    /// it): a later row with other figures conflicts with that line. Only such rows are kept.
    private var unchangedLines: [DeclarationKey: Int] = [:]
    private var checked = Checked()
    private var monthsSeen: [String: YearMonth] = [:]
    /// The month text the byte path read last and its month: a file lists a month's rows together.
    private var lastMonth: (bytes: [UInt8], month: YearMonth)?

    /// - Parameter latestMonth: the last month a declaration may be for (nil: no limit).
    init(fileName: String, units: UnitCodeTable, declarations: any DeclarationSession, latestMonth: YearMonth? = nil) {
        self.units = units
        self.declarations = declarations
        self.latestMonth = latestMonth
        problems = ProblemList(file: fileName)
        seen = DeclarationKeysSeen(largestUnitID: units.largestID)
    }

    /// Takes the next record: the header first, then one declaration per record.
    /// - Throws: `RowsRejected` at once when the header is unusable (no row can be read then).
    mutating func read(line: Int, fields: [String]) throws {
        guard let columns = header else {
            let found = CSVHeader<Column>(fields: fields, names: \.names, required: [.unitCode, .month, .headcount, .wageTotal],
                                          line: line, problems: &problems)
            try problems.throwIfAny()
            header = found
            positions = found.positions([.unitCode, .month, .headcount, .wageTotal, .channel, .unitName])
            return
        }
        func field(_ slot: Int) -> String { positions[slot] < fields.count ? fields[positions[slot]] : "" }
        checked.rows += 1
        var bad = false
        func report(_ column: Column, _ value: String, _ error: any Error) {
            bad = true
            problems.add(line: line, field: columns.name(column), value: value, error)
        }
        let code = field(0)
        let unit = units.entry(code: code)
        if code.isEmpty {
            report(.unitCode, code, LedgerError.fieldMustBePresent(field: columns.name(.unitCode)))
        } else if unit == nil {
            report(.unitCode, code, AllocationError.unitMustBeRegistered(code: code))
        } else if let unit, case let name = field(5), !name.isEmpty, case let registered = units.name(of: unit), name != registered {
            // A name that is not the register's: the code or the row is wrong, and either would
            // put the wages on another unit's allocation.
            report(.unitName, name, AllocationError.unitDetailsMustMatchRegister(code: code, field: columns.name(.unitName),
                                                                                 registered: registered))
        }
        let monthText = field(1)
        let month = monthsSeen[monthText] ?? (try? YearMonth(parsing: monthText))
        if let month, monthsSeen.count < Self.monthsCachedMax { monthsSeen[monthText] = month }
        if month == nil { report(.month, monthText, LedgerError.monthMustBeValid(value: monthText)) }
        if let month, let latestMonth, month > latestMonth {
            report(.month, monthText, LedgerError.dateMustBeWithinWindow(date: monthText, from: "1900-01",
                                                                         to: latestMonth.description))
        }
        var headcountText = field(2)
        if headcountText.utf8.contains(UInt8(ascii: ",")) { headcountText.removeAll { $0 == "," } }
        let headcount = Int64(headcountText)
        if headcount == nil || (headcount ?? -1) < 0 {
            report(.headcount, headcountText, AllocationError.headcountMustBeWholeNumber(value: headcountText))
        }
        let wageText = field(3)
        var wage: Money?
        do {
            wage = try Money(parsing: wageText)
            if let value = wage, value.isNegative {
                report(.wageTotal, wageText, AllocationError.wageTotalMustNotBeNegative(value: wageText))
            }
        } catch {
            report(.wageTotal, wageText, error)
        }
        let channelText = field(4)
        var channel = unit?.channel ?? .direct
        if !channelText.isEmpty {
            do { channel = try CollectionChannel(parsingNameOrCode: channelText) } catch { report(.channel, channelText, error) }
        }
        guard !bad, let unit, let month, let headcount, let wage else { return }
        try accept(line: line, code: code, unit: unit, month: month,
                   figures: DeclaredFigures(headcount: headcount, wageTotal: wage, channel: channel))
    }

    /// Takes the next record as the CSV parser hands it out. A plain row (what a payroll system
    /// exports: a registered code, a month, digits, an amount, the registered name or none, no
    /// channel) is read from its bytes; anything else, the header included, goes through
    /// `read(line:fields:)` as Strings, so both ways give the same declarations and problems.
    mutating func read(line: Int, bytes: UnsafeBufferPointer<UInt8>, fields: [CSVRecordParser.Field]) throws {
        guard header != nil, let row = plainRow(bytes, fields) else {
            try read(line: line, fields: fields.map { CSVRecordParser.string($0, in: bytes) })
            return
        }
        checked.rows += 1
        try accept(line: line, code: String(decoding: row.code, as: UTF8.self), unit: row.unit, month: row.month,
                   figures: DeclaredFigures(headcount: row.headcount, wageTotal: row.wage, channel: row.unit.channel))
    }

    /// The row's values when every one reads plainly from its bytes; nil sends the row the String way.
    private mutating func plainRow(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [CSVRecordParser.Field])
        -> (code: UnsafeBufferPointer<UInt8>, unit: UnitCodeTable.Entry, month: YearMonth, headcount: Int64, wage: Money)? {
        /// The field's trimmed bytes (empty when the row is short); nil when it holds doubled quotes.
        func plain(_ slot: Int) -> UnsafeBufferPointer<UInt8>? {
            guard positions[slot] < fields.count else { return UnsafeBufferPointer(start: nil, count: 0) }
            let field = fields[positions[slot]]
            guard !field.hasDoubledQuotes else { return nil }
            return UnsafeBufferPointer(rebasing: bytes[CSVRecordParser.trimmedRange(field, in: bytes)])
        }
        guard let code = plain(0), !code.isEmpty, let unit = units.entry(code: code),
              let name = plain(5), name.isEmpty || units.hasName(name, of: unit),
              let channelText = plain(4), channelText.isEmpty,
              let monthBytes = plain(1), let headcountBytes = plain(2), let wageBytes = plain(3),
              (1...18).contains(headcountBytes.count), headcountBytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let fen = Money.parseFen(wageBytes), fen >= 0 else { return nil }
        let month: YearMonth
        if let last = lastMonth, last.bytes.hasSameBytes(as: monthBytes) {
            month = last.month
        } else {
            // A month not read just before: parsed (and cached) as the String way does.
            let text = String(decoding: monthBytes, as: UTF8.self)
            guard let parsed = monthsSeen[text] ?? (try? YearMonth(parsing: text)) else { return nil }
            if monthsSeen.count < Self.monthsCachedMax { monthsSeen[text] = parsed }
            lastMonth = (Array(monthBytes), parsed)
            month = parsed
        }
        if let latestMonth, month > latestMonth { return nil }
        let headcount = headcountBytes.reduce(Int64(0)) { $0 * 10 + Int64($1 - 0x30) }
        return (code, unit, month, headcount, Money(fen: fen))
    }

    /// A row whose values all read: a new declaration, a revision, as on file, or a conflict
    /// with an earlier row of the file.
    private mutating func accept(line: Int, code: @autoclosure () -> String, unit: UnitCodeTable.Entry, month: YearMonth,
                                 figures: DeclaredFigures) throws {
        let key = DeclarationKey(unit: unit.id, month: month.ordinal)
        guard seen.insert(key) else {
            // The key again: its first row was added (the latest is this import's) or was as on
            // file (the latest is still the one on file, with the first row's figures).
            if let first = try declarations.latest(key), first.figures != figures {
                let firstLine = unchangedLines[key] ?? first.line
                let code = code()
                problems.add(line: line, field: header?.name(.unitCode) ?? "unit_code", value: "\(code) \(month)",
                             AllocationError.declarationMustNotConflict(unit: code, month: month.description, firstLine: firstLine))
            }
            return   // the same figures twice in one file: counted once
        }
        if declarations.hadDeclarations(month: key.month), let previous = try declarations.latest(key) {
            // A revision with the figures already on file changes nothing; other figures are a correction.
            if previous.figures == figures {
                checked.unchanged += 1
                unchangedLines[key] = line
                return
            }
            checked.corrected += 1
            try declarations.add(NewDeclaration(key: key, revision: previous.revision + 1, figures: figures, line: line))
        } else {
            checked.new += 1
            try declarations.add(NewDeclaration(key: key, revision: 1, figures: figures, line: line))
        }
    }

    /// What the file brought (its declarations are in the session already).
    /// - Throws: `RowsRejected` listing every bad row (a file without a header is one).
    mutating func finish() throws -> Checked {
        if header == nil {
            problems.add(line: 1, field: "header", value: "",
                         LedgerError.headerMustNameColumn(column: "unit_code,unit_name,month,headcount,wage_total"))
        }
        try problems.throwIfAny()
        return checked
    }
}

extension CollectionChannel {
    /// A channel by code (`tax-40`) or by its Chinese name (`税务代收40%`).
    /// - Throws: `UnionFundsError.channelMustBeKnown`.
    public init(parsingNameOrCode text: String) throws {
        let trimmed = text.trimmingSpaces()
        // The code first (what files mostly carry): the names are made afresh on every look.
        if let channel = CollectionChannel(rawValue: trimmed) {
            self = channel
            return
        }
        if let channel = CollectionChannel.allCases.first(where: { $0.name(in: .zh) == trimmed }) {
            self = channel
            return
        }
        try self.init(parsing: trimmed)
    }
}
