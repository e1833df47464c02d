import InputFiles
import LedgerCore

/// A chart of accounts of the union accounting system (工会会计制度), shipped as data under
/// `ledgers/charts/` (DOMAIN §1.2–1.3).
///
/// Each entry says whether a source confirms its code: most 2021 codes are not yet confirmed
/// (the full text of 财会〔2021〕7号 could not be read), and `unconfirmed` lists them so a
/// report or an auditor can show the caveat.
public struct ChartProfile: Sendable {
    /// The shipped profiles.
    public enum Name: String, Sendable, CaseIterable {
        /// The provisional 2021 grassroots profile written before the official text was at hand (codes
        /// wrong in places): kept so books created with it keep their roles; not offered by `init`.
        case grassroots2021 = "2021-provisional-grassroots"
        /// The provisional 2021 county-and-above profile; kept for older books, not offered by `init`.
        case federation2021 = "2021-provisional-federation"
        /// 2009 system (财会〔2009〕7号), for books kept before 2022.
        case legacy2009 = "2009"
        /// The official 2021 chart for grassroots unions (基层工会), from 财会〔2021〕7号 第二部分.
        case official2021Grassroots = "2021-grassroots"
        /// The official 2021 chart for unions at county level and above (县级以上工会).
        case official2021County = "2021-county"

        var fileName: String {
            switch self {
            case .grassroots2021: "provisional-grassroots.csv"
            case .federation2021: "provisional-federation.csv"
            case .legacy2009: "union-2009.csv"
            case .official2021Grassroots: "2021-grassroots.csv"
            case .official2021County: "2021-county.csv"
            }
        }

        var text: String {
            switch self {
            case .grassroots2021: ChartProfileData.union2021Grassroots
            case .federation2021: ChartProfileData.union2021Federation
            case .legacy2009: ChartProfileData.union2009
            case .official2021Grassroots: ChartProfileData.official2021Grassroots
            case .official2021County: ChartProfileData.official2021County
            }
        }
    }

    /// One account of the profile with what its source says of it.
    public struct Entry: Sendable, Hashable {
        public var account: Account
        public var isConfirmed: Bool
        public var source: String
    }

    public let name: Name
    public let entries: [Entry]

    /// The profile's accounts, in chart order.
    public var accounts: [Account] { entries.map(\.account) }

    /// Entries whose code no source confirms yet.
    public var unconfirmed: [Entry] { entries.filter { !$0.isConfirmed } }

    /// Loads a shipped profile.
    /// - Throws: `ChartFileRejected` (only if the shipped data were broken; tests guard that).
    public init(_ name: Name) throws(ChartFileRejected) {
        self.name = name
        entries = try ChartProfile.entries(from: name.text, fileName: name.fileName)
    }

    /// Reads a profile file: the chart columns of `ChartFile` plus `confirmed` (yes/no) and `source`.
    static func entries(from text: String, fileName: String) throws(ChartFileRejected) -> [Entry] {
        let accounts = try ChartFile.parse(text, fileName: fileName)
        guard let records = CSVRecordParser.records(of: text), let header = records.first else { return [] }
        let confirmedColumn = header.fields.firstIndex(of: "confirmed")
        let sourceColumn = header.fields.firstIndex(of: "source")
        var problems: [InputProblem] = []
        var entries: [Entry] = []
        for (account, record) in zip(accounts, records.dropFirst()) {
            func field(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return record.fields[index]
            }
            let confirmed = field(confirmedColumn)
            guard ["yes", "no"].contains(confirmed) else {
                problems.append(InputProblem(file: fileName, line: record.line, field: "confirmed", value: confirmed,
                                             error: .fieldMustBePresent(field: "confirmed (yes/no)")))
                continue
            }
            entries.append(Entry(account: account, isConfirmed: confirmed == "yes", source: field(sourceColumn)))
        }
        guard problems.isEmpty else { throw ChartFileRejected(problems: problems) }
        return entries
    }
}
