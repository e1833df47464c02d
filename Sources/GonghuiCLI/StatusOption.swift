import ArgumentParser
import LedgerCore

/// A status given on the command line (`--status 已审核`, `--set notice`): its code or any of its
/// Chinese words; an unknown value is named, with every accepted one in both forms.
enum StatusOption {
    static func parse<Status: CodedStatus>(_ text: String, as type: Status.Type, option: String, _ language: Language) throws -> Status {
        guard let status = Status.named(text) else {
            throw ValidationError(language.pick("\(option) 的值“\(text)”无效；可选：\(Status.accepted(in: .zh))",
                                                "\(option): unknown value \"\(text)\"; one of: \(Status.accepted(in: .en))"))
        }
        return status
    }
}
