import InputFiles
import LedgerCore
import UnionCore

/// Checks a unit register file row by row against the register: new units to register, units
/// already registered as given (left alone), and every bad row. The register is given as a
/// directory, the records are fed one at a time, and the good rows go to a `UnitQueue` (the
/// store's, so a big file is not held in memory).
///
/// The file: `code,name,kind,parent,channel[,bank_name,bank_account]` or
/// `单位编码,单位名称,类型,上级单位,缴费方式[,开户行,账号]`.
struct UnitFile {
    enum Column: Int, CaseIterable {
        case code, name, kind, parent, channel, bankName, bankAccount
        var names: [String] {
            switch self {
            case .code: ["code", "unit_code", "单位编码", "单位代码"]
            case .name: ["name", "unit_name", "单位名称"]
            case .kind: ["kind", "类型", "单位类型"]
            case .parent: ["parent", "上级单位", "上级单位编码"]
            case .channel: ["channel", "缴费方式"]
            case .bankName: ["bank_name", "开户行"]
            case .bankAccount: ["bank_account", "账号", "银行账号"]
            }
        }
    }

    /// What the checked file brings (the new units are in the queue).
    struct Checked {
        var newUnits: Int
        var unchanged: Int
    }

    let directory: UnitDirectory
    let channels: ChannelTerms
    private(set) var problems: ProblemList
    let queue: any UnitQueue
    private var header: CSVHeader<Column>?
    /// Each column's field in a record, in `Column` order (`Int.max`: not in the file), read
    /// from the header once: a dictionary look-up per field was 3% of `org import`.
    private var positions: [Int] = []
    private var unchanged = 0

    /// - Parameter channels: the policy's channel for a row that names none, by kind.
    init(fileName: String, directory: UnitDirectory, channels: ChannelTerms, queue: any UnitQueue = UnitQueueInMemory()) {
        self.directory = directory
        self.channels = channels
        self.queue = queue
        problems = ProblemList(file: fileName)
    }

    /// Takes the next record: the header first, then one unit per record.
    /// - Throws: `RowsRejected` at once when the header is unusable.
    mutating func read(line: Int, fields: [String]) throws {
        guard let columns = header else {
            let columns = CSVHeader<Column>(fields: fields, names: \.names, required: [.code, .name, .kind], line: line, problems: &problems)
            header = columns
            positions = columns.positions(Column.allCases)
            try problems.throwIfAny()
            return
        }
        var bad = false
        func report(_ column: Column, _ value: String, _ error: any Error) {
            bad = true
            problems.add(line: line, field: columns.name(column), value: value, error)
        }
        // The row's texts by column (an array: a dictionary per row was a sixth of `org import`).
        let texts = Texts(positions.map { $0 < fields.count ? fields[$0] : "" })
        for column in Column.allCases where !texts[column].isSingleLineText {
            report(column, texts[column], AllocationError.textMustBeSingleLine(field: columns.name(column)))
        }
        for column in [Column.name, .bankName] where texts[column].isSingleLineText {
            do { try PlainText.requireName(texts[column], field: columns.name(column)) } catch { report(column, texts[column], error) }
        }
        let code = texts[.code]
        for column in [Column.code, .name, .kind] where texts[column].isEmpty {
            report(column, "", LedgerError.fieldMustBePresent(field: columns.name(column)))
        }
        if !code.isEmpty && !OrganisationCode.isWellFormed(code) {
            report(.code, code, LedgerError.organisationCodeMustBeWellFormed(value: code))
        }
        if !code.isEmpty, let first = try queue.line(of: code) {
            report(.code, code, LedgerError.organisationCodeMustBeUnique(code: "\(code) (line \(first))"))
        }
        // A kind as treasurers write it (企业, 县总工会, Enterprise); a unit already registered under
        // a kind outside the catalogue keeps it when the file repeats it exactly.
        var kind = texts[.kind]
        if !kind.isEmpty && directory.unit(code: code)?.kind != kind {
            do { kind = try OrganisationKind.resolve(kind) } catch { report(.kind, kind, error) }
        }
        var channel = channels.channel(forKind: kind)
        if !texts[.channel].isEmpty {
            do { channel = try CollectionChannel(parsingNameOrCode: texts[.channel]) } catch { report(.channel, texts[.channel], error) }
        }
        guard !bad else { return }
        let unit = NewUnit(code: code, name: texts[.name], kind: kind, parent: texts[.parent], channel: channel,
                           bankName: texts[.bankName], bankAccount: texts[.bankAccount])
        if let registered = directory.unit(code: code) {
            // Blank optional fields keep what the register says; anything else must agree with it.
            let parentCode = registered.parentID.flatMap { directory.byID[$0]?.code } ?? ""
            let differences: [(Column, String, String)] = [
                (.name, registered.name, unit.name), (.kind, registered.kind, unit.kind), (.parent, parentCode, unit.parent),
                (.channel, registered.channel.rawValue, texts[.channel].isEmpty ? registered.channel.rawValue : unit.channel.rawValue),
                (.bankName, registered.bankName, unit.bankName.isEmpty ? registered.bankName : unit.bankName),
                (.bankAccount, registered.bankAccount, unit.bankAccount.isEmpty ? registered.bankAccount : unit.bankAccount),
            ].filter { $0.1 != $0.2 }
            if let (column, registeredValue, _) = differences.first {
                report(column, texts[column], AllocationError.unitDetailsMustMatchRegister(
                    code: code, field: columns.name(column), registered: registeredValue))
            } else {
                unchanged += 1
                try queue.note(code: code, line: line, newUnit: nil)
            }
            return
        }
        try queue.note(code: code, line: line, newUnit: unit)
    }

    /// One row's texts, by column.
    private struct Texts {
        private let values: [String]
        init(_ values: [String]) { self.values = values }
        subscript(column: Column) -> String { values[column.rawValue] }
    }

    /// The units to register, once parents are checked: registered, or new in this file, and no
    /// loops among the new ones.
    /// - Throws: `RowsRejected` listing every bad row.
    mutating func finish() throws -> Checked {
        if header == nil {
            problems.add(line: 1, field: "header", value: "", LedgerError.headerMustNameColumn(column: "code,name,kind,parent,channel"))
        }
        let field = header?.name(.parent) ?? "parent"
        let directory = directory
        try queue.forEachParentProblem(isRegistered: { directory.unit(code: $0) != nil }) { line, unit, problem in
            switch problem {
            case .unregistered:
                problems.add(line: line, field: field, value: unit.parent, AllocationError.unitMustBeRegistered(code: unit.parent))
            case .loops:
                problems.add(line: line, field: field, value: unit.parent, UnionFundsError.parentMustNotLoop(code: unit.code, parent: unit.parent))
            }
        }
        try problems.throwIfAny()
        return Checked(newUnits: queue.newUnitCount, unchanged: unchanged)
    }
}
