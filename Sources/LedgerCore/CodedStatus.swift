/// A status with an English code (its raw value, as JSON and scripts write it) and the Chinese
/// words a treasurer writes for it: the first is the one reports print, the others are accepted
/// on input too (在职 for 在册). Commands and imports parse through `named(_:)` and list
/// `accepted(in:)` when a value is not known, so every status reads the same way.
public protocol CodedStatus: CaseIterable, RawRepresentable where RawValue == String {
    /// The Chinese words for the status; the first is the printed name.
    var chineseNames: [String] { get }
}

extension CodedStatus {
    /// The printed Chinese name.
    public var chineseName: String { chineseNames.first ?? rawValue }

    /// The status a code (in any case) or one of its Chinese words names, or nil.
    public static func named(_ text: String) -> Self? {
        let trimmed = text.trimmingSpaces()
        let lowered = trimmed.lowercased()
        return allCases.first { $0.rawValue.lowercased() == lowered } ?? allCases.first { $0.chineseNames.contains(trimmed) }
    }

    /// Every accepted value in both forms, for a message: `active（在册）、withdrawn（退会）`.
    public static func accepted(in language: Language) -> String {
        allCases.map { language.pick("\($0.rawValue)（\($0.chineseName)）", "\($0.rawValue) (\($0.chineseName))") }
            .joined(separator: language.pick("、", ", "))
    }
}
