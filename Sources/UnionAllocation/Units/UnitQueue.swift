import UnionCore

/// What is wrong with a new unit's parent, found once the whole file is read.
public enum UnitParentProblem: Equatable, Sendable {
    /// Neither in the register nor a new unit of the file.
    case unregistered
    /// The parents among the file's new units come back to the unit, or run deeper than
    /// `UnitDirectory.chainDepthMax`.
    case loops
}

/// A unit register file between its check and its registration: the code of every good row (a
/// code names one row of a file) and the new units, in file order. Parents are checked once the
/// whole file is read (a parent may come after its units).
///
/// A store may keep them outside memory (SQLite: a temporary table, so a file of any size costs
/// disk, not RAM); `UnitQueueInMemory` keeps them in two tables of its own.
public protocol UnitQueue: AnyObject {
    /// The line of the good row that brought `code`, if one did.
    func line(of code: String) throws -> Int?
    /// Notes a good row of the file: `newUnit` when the register lacks it, nil when the register has
    /// it as given.
    func note(code: String, line: Int, newUnit: NewUnit?) throws
    /// The new units whose parent is wrong, by line. `isRegistered` says whether a code is in the
    /// register as the import found it.
    func forEachParentProblem(isRegistered: (String) -> Bool,
                              _ body: (_ line: Int, _ unit: NewUnit, _ problem: UnitParentProblem) throws -> Void) throws
    /// The new units, in file order.
    func forEachNewUnit(_ body: (NewUnit) throws -> Void) throws
    /// How many new units were noted.
    var newUnitCount: Int { get }
    /// Lets go of everything noted; the import is over.
    func close() throws
}

/// `UnitQueue` in memory: about 400 bytes a unit.
public final class UnitQueueInMemory: UnitQueue {
    private var lineByCode: [String: Int] = [:]
    private var units: [(line: Int, unit: NewUnit)] = []

    public init() {}

    public var newUnitCount: Int { units.count }

    public func line(of code: String) -> Int? { lineByCode[code] }

    public func note(code: String, line: Int, newUnit: NewUnit?) {
        lineByCode[code] = line
        if let newUnit { units.append((line, newUnit)) }
    }

    public func forEachParentProblem(isRegistered: (String) -> Bool,
                                     _ body: (_ line: Int, _ unit: NewUnit, _ problem: UnitParentProblem) throws -> Void) throws {
        let newParents = Dictionary(units.map { ($0.unit.code, $0.unit.parent) }, uniquingKeysWith: { first, _ in first })
        for (line, unit) in units where !unit.parent.isEmpty {
            if !isRegistered(unit.parent) && newParents[unit.parent] == nil {
                try body(line, unit, .unregistered)
                continue
            }
            var cursor = unit.parent
            var steps = 0
            while let next = newParents[cursor], steps < UnitDirectory.chainDepthMax {
                if cursor == unit.code { break }
                cursor = next
                steps += 1
            }
            if cursor == unit.code || steps >= UnitDirectory.chainDepthMax { try body(line, unit, .loops) }
        }
    }

    public func forEachNewUnit(_ body: (NewUnit) throws -> Void) throws {
        for (_, unit) in units { try body(unit) }
    }

    /// Every row noted (what `note` was given), for a store that moves a queue grown too big out
    /// of memory: the new units in file order, then the rows registered as given, in file order.
    /// Beside the queue it holds only the new units' lines and the others' (no copy of a unit).
    public func forEachNoted(_ body: (_ code: String, _ line: Int, _ newUnit: NewUnit?) throws -> Void) throws {
        var newLines = Set<Int>(minimumCapacity: units.count)
        for (line, unit) in units {
            newLines.insert(line)
            try body(unit.code, line, unit)
        }
        for (code, line) in lineByCode.filter({ !newLines.contains($0.value) }).sorted(by: { $0.value < $1.value }) {
            try body(code, line, nil)
        }
    }

    /// Rows noted, new or unchanged.
    public var notedCount: Int { lineByCode.count }

    public func close() {
        lineByCode = [:]
        units = []
    }
}
