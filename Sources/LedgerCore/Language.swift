/// The language of everything a user reads. Chinese is the default.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// Picks the text for this language.
    public func pick(_ chinese: String, _ english: String) -> String {
        self == .zh ? chinese : english
    }
}
