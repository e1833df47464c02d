import LedgerCore
import Reporting

/// `arrears --order register --format json`: the documented arrears document (`ArrearsJSON`) with
/// its units written as the store reads them, and `totals` and `aging` after them, since they are
/// known only once every unit has passed. The same keys and values as the ranked document, the
/// units in register order and the top-level keys `as_of`, `units`, `totals`, `aging`.
struct ArrearsStreamedJSON: StreamedArrayDocument, Sendable {
    let asOf: LocalDate
    let totalsBox: ArrearsTotalsBox
    let feed: @Sendable (_ emit: (UnitArrears) throws -> Void) throws -> ArrearsSummary

    enum Keys: String, CodingKey { case as_of, units }

    /// Encoded whole (no streaming writer; the renderer streams it): the units are read into the
    /// document first, and the encoder's sorted keys put `totals` and `aging` before them.
    func encode(to encoder: any Encoder) throws {
        var units: [ArrearsJSON.Unit] = []
        let summary = try feed { units.append(ArrearsJSON.Unit($0)) }
        var container = encoder.container(keyedBy: ArrearsJSON.Keys.self)
        try container.encode(asOf.description, forKey: .as_of)
        try container.encode(units, forKey: .units)
        let whole = ArrearsJSON(summary)
        try container.encode(whole.totals, forKey: .totals)
        try container.encode(whole.aging, forKey: .aging)
    }

    func encode(to encoder: any Encoder, placeholder: String) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(asOf.description, forKey: .as_of)
        try container.encode([placeholder], forKey: .units)
    }

    func forEachStreamedElement(_ body: (any Encodable) throws -> Void) throws {
        totalsBox.summary = try feed { try body(ArrearsJSON.Unit($0)) }
    }

    func trailingMembers() throws -> [(key: String, value: any Encodable)] {
        guard let summary = totalsBox.summary else { return [] }
        let whole = ArrearsJSON(summary)
        return [("totals", whole.totals), ("aging", whole.aging)]
    }
}
