import LedgerCore
import Reporting
import UnionCore

/// The documented JSON of `arrears --format json` (README, "The 2% allocation, receipts and arrears").
///
/// `{"as_of","units":[{"code","name","due","paid","outstanding","credit","late_fee","oldest_unpaid","months","bucket","status"}],
///   "totals":{"due","paid","outstanding","credit","late_fee"},"aging":[{"bucket","units","outstanding"}]}`;
/// amounts are two-decimal strings, `oldest_unpaid` is `YYYY-MM` or null, `bucket` one of current,
/// 0-3, 4-6, 7-12, 12+ (null on a unit with nothing unpaid). `aging` lists every bucket in that
/// order, with or without `--aging`. Per unit and in total, due = paid + outstanding − credit; the
/// aging outstanding adds up to the total outstanding. The schema only grows.
struct ArrearsJSON: StreamedArrayDocument, Sendable {
    struct Unit: PrettyJSONObject, Sendable {
        var code: String
        var name: String
        var due: String
        var paid: String
        var outstanding: String
        var credit: String
        var late_fee: String
        var oldest_unpaid: String?
        var months: Int
        var bucket: String?
        var status: String

        init(_ unit: UnitArrears) {
            code = unit.code
            name = unit.name
            due = unit.due.plainString
            paid = unit.paid.plainString
            outstanding = unit.outstanding.plainString
            credit = unit.credit.plainString
            late_fee = unit.lateFee.plainString
            oldest_unpaid = unit.oldestUnpaid?.description
            months = unit.unpaidMonths
            bucket = unit.bucket?.rawValue
            status = unit.status.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(due, forKey: .due)
            try container.encode(paid, forKey: .paid)
            try container.encode(outstanding, forKey: .outstanding)
            try container.encode(credit, forKey: .credit)
            try container.encode(late_fee, forKey: .late_fee)
            try container.encode(oldest_unpaid, forKey: .oldest_unpaid)   // null, not absent
            try container.encode(months, forKey: .months)
            try container.encode(bucket, forKey: .bucket)
            try container.encode(status, forKey: .status)
        }
        enum Keys: String, CodingKey { case code, name, due, paid, outstanding, credit, late_fee, oldest_unpaid, months, bucket, status }

        /// The members in the sorted keys' order, for the streamed array's own writer.
        func forEachMember(_ body: (StaticString, JSONScalar) -> Void) {
            body("bucket", .string(bucket))
            body("code", .string(code))
            body("credit", .string(credit))
            body("due", .string(due))
            body("late_fee", .string(late_fee))
            body("months", .integer(months))
            body("name", .string(name))
            body("oldest_unpaid", .string(oldest_unpaid))
            body("outstanding", .string(outstanding))
            body("paid", .string(paid))
            body("status", .string(status))
        }
    }
    struct Totals: Encodable, Sendable {
        var due: String
        var paid: String
        var outstanding: String
        var credit: String
        var late_fee: String
    }
    /// The units whose oldest unpaid month falls in a bucket, and what they owe.
    struct Aging: Encodable, Sendable {
        var bucket: String
        var units: Int
        var outstanding: String
    }
    /// The summary the units come from as they are written (one `Unit` at a time, not an array of them).
    let summary: ArrearsSummary
    var as_of: String
    var totals: Totals
    var aging: [Aging]

    init(_ summary: ArrearsSummary) {
        self.summary = summary
        as_of = summary.asOf.description
        totals = Totals(due: summary.due.plainString, paid: summary.paid.plainString, outstanding: summary.outstanding.plainString,
                        credit: summary.credit.plainString, late_fee: summary.lateFee.plainString)
        aging = AgingBucket.allCases.map { bucket in
            Aging(bucket: bucket.rawValue, units: summary.aging[bucket]?.units ?? 0,
                  outstanding: (summary.aging[bucket]?.outstanding ?? .zero).plainString)
        }
    }

    enum Keys: String, CodingKey { case as_of, units, totals, aging }

    func encode(to encoder: any Encoder) throws { try encode(to: encoder, placeholder: nil) }

    func encode(to encoder: any Encoder, placeholder: String) throws { try encode(to: encoder, placeholder: Optional(placeholder)) }

    private func encode(to encoder: any Encoder, placeholder: String?) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(as_of, forKey: .as_of)
        if let placeholder {
            try container.encode([placeholder], forKey: .units)
        } else {
            var units = container.nestedUnkeyedContainer(forKey: .units)
            for unit in summary.units { try units.encode(Unit(unit)) }
        }
        try container.encode(totals, forKey: .totals)
        try container.encode(aging, forKey: .aging)
    }

    func forEachStreamedElement(_ body: (any Encodable) throws -> Void) throws {
        for unit in summary.units { try body(Unit(unit)) }
    }
}

extension Report {
    /// 欠缴经费表: per unit due, paid, outstanding, late fee, aging and enforcement status, ranked by
    /// outstanding (largest first), then code.
    public static func arrears(_ summary: ArrearsSummary, federationName: String, aging: Bool, language: Language) -> Report {
        let units = summary.units
        return arrears(asOf: summary.asOf, federationName: federationName, aging: aging, language: language,
                       json: ArrearsJSON(summary)) { emit in
            // The 合计 row adds up the rows as they pass, as it always has; the aging is the summary's.
            var passed = ArrearsSummary.none(asOf: summary.asOf)
            for unit in units {
                try emit(unit)
                try passed.count(unit)
            }
            passed.aging = summary.aging
            return passed
        }
    }

    /// The same table in register order, each unit written as the store reads it
    /// (`ArrearsLedger.forEachUnitArrears`): the 合计 row and the aging table come after the
    /// units, and so do `totals` and `aging` in JSON (the same document, its keys in that order).
    /// - Parameter feed: hands each unit to its argument in order and returns the totals; called
    ///   once per rendering.
    public static func arrearsInRegisterOrder(asOf: LocalDate, federationName: String, aging: Bool, language: Language,
                                              feed: @escaping @Sendable (_ emit: (UnitArrears) throws -> Void) throws -> ArrearsSummary)
        -> Report {
        let totalsBox = ArrearsTotalsBox()
        let json = ArrearsStreamedJSON(asOf: asOf, totalsBox: totalsBox, feed: feed)
        return arrears(asOf: asOf, federationName: federationName, aging: aging, language: language, json: json, totalsBox: totalsBox,
                       feed: feed)
    }

    private static func arrears(asOf: LocalDate, federationName: String, aging: Bool, language: Language, json: any Encodable & Sendable,
                                totalsBox: ArrearsTotalsBox = ArrearsTotalsBox(),
                                feed: @escaping @Sendable (_ emit: (UnitArrears) throws -> Void) throws -> ArrearsSummary) -> Report {
        let l = language
        let columns = [
            Column(l.pick("单位编码", "Code"), key: "code"),
            Column(l.pick("单位名称", "Name"), key: "name"),
            Column(l.pick("应缴", "Due"), key: "due", alignment: .right),
            Column(l.pick("已缴", "Paid"), key: "paid", alignment: .right),
            Column(l.pick("欠缴", "Outstanding"), key: "outstanding", alignment: .right),
            Column(l.pick("预缴结余", "Credit"), key: "credit", alignment: .right),
            Column(l.pick("滞纳金", "Late fee"), key: "late_fee", alignment: .right),
            Column(l.pick("最早欠缴月", "Oldest unpaid"), key: "oldest_unpaid"),
            Column(l.pick("欠缴月数", "Months"), key: "months", alignment: .right),
            Column(l.pick("账龄", "Aging"), key: "bucket"),
            Column(l.pick("催缴状态", "Status"), key: "status"),
        ]
        // The rows are fed one at a time; the 合计 row and the aging table are made from the
        // totals the feed returns once its rows have passed.
        let rows = RowFeed(feed: { emit in
            totalsBox.summary = try feed { unit in
                try emit([.text(unit.code), .text(unit.name), .money(unit.due), .money(unit.paid), .money(unit.outstanding), .money(unit.credit),
                          .money(unit.lateFee), .text(unit.oldestUnpaid?.description ?? ""), .integer(Int64(unit.unpaidMonths)),
                          .text(unit.bucket?.name(in: l) ?? ""), .text(unit.status.name(in: l))])
            }
        }, totals: {
            guard let summary = totalsBox.summary else { return [] }
            return [[.text(l.pick("合计", "Total")), .text(l.pick("\(summary.unitCount) 个单位", "\(summary.unitCount) units")),
                     .money(summary.due), .money(summary.paid), .money(summary.outstanding), .money(summary.credit), .money(summary.lateFee),
                     .empty, .empty, .empty, .empty]]
        })
        var tables: [Table] = [.streamed(columns: columns, rows: rows)]
        if aging {
            tables.append(.streamed(caption: l.pick("账龄分析（按最早欠缴月）", "Aging (by the oldest unpaid month)"), columns: [
                Column(l.pick("账龄", "Aging"), key: "bucket"), Column(l.pick("单位数", "Units"), key: "units", alignment: .right),
                Column(l.pick("欠缴", "Outstanding"), key: "outstanding", alignment: .right),
            ], rows: RowFeed(isShort: true, feed: { emit in
                let summary = totalsBox.summary
                for bucket in AgingBucket.allCases {
                    try emit([.text(bucket.name(in: l)), .integer(Int64(summary?.aging[bucket]?.units ?? 0)),
                              .money(summary?.aging[bucket]?.outstanding ?? .zero)])
                }
            })))
        }
        return Report(title: l.pick("下级单位欠缴经费表", "Arrears of units"),
                      headerLines: [l.pick("编制单位：\(federationName)", "Federation: \(federationName)"),
                                    l.pick("截至 \(asOf)", "As of \(asOf)"), l.pick("单位：元", "Unit: yuan")],
                      tables: tables,
                      notes: [l.pick("应缴 = 已缴 + 欠缴 − 预缴结余；滞纳金按政策日费率自应缴日次日起计至截止日（或缴款日），未入账。",
                                     "Due = paid + outstanding − credit. Late fees run at the policy's daily rate from the day after the due date to the as-of date (or the payment); they are not booked.")],
                      json: json)
    }
}

/// The totals of a fed arrears table, set when its rows have passed.
final class ArrearsTotalsBox: @unchecked Sendable {
    var summary: ArrearsSummary?
}
