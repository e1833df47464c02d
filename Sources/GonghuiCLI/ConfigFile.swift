import Foundation
import LedgerCore

/// `gonghui.toml`: the book, organisation, operator and language a treasurer would otherwise type
/// on every command. Read from the current folder (beside the default book), else from
/// `$XDG_CONFIG_HOME/gonghui/gonghui.toml` (`~/.config/gonghui/gonghui.toml`). Options and
/// `GONGHUI_*` variables win over it.
///
/// ```toml
/// book = "工会账套.sqlite"
/// org = "GH001"
/// user = "张会计"
/// lang = "zh"
/// ```
/// A TOML subset: `key = "text"` lines, `#` comments, blank lines, an optional `[gonghui]` table.
struct ConfigFile: Equatable {
    var book: String?
    var org: String?
    var user: String?
    var lang: Language?
    /// Where it was read from; nil when there is no file.
    var path: String?

    static let fileName = "gonghui.toml"
    static let keys = ["book", "org", "user", "lang"]

    /// The file in force for this process, read once; a file that does not read is reported then.
    nonisolated(unsafe) static var current: Result<ConfigFile, ConfigFileError> = {
        Result { try ConfigFile.load(environment: ProcessInfo.processInfo.environment,
                                     folder: FileManager.default.currentDirectoryPath) }
            .mapError { $0 as? ConfigFileError ?? ConfigFileError(path: fileName, line: 0, problem: .unreadable("\($0)")) }
    }()

    static func candidates(environment: [String: String], folder: String) -> [String] {
        var paths = [(folder as NSString).appendingPathComponent(fileName)]
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            paths.append("\(xdg)/gonghui/\(fileName)")
        } else if let home = environment["HOME"], !home.isEmpty {
            paths.append("\(home)/.config/gonghui/\(fileName)")
        }
        return paths
    }

    static func load(environment: [String: String], folder: String) throws(ConfigFileError) -> ConfigFile {
        for path in candidates(environment: environment, folder: folder) where FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ConfigFileError(path: path, line: 0, problem: .notUTF8)
            }
            return try parse(text, path: path)
        }
        return ConfigFile()
    }

    static func parse(_ text: String, path: String) throws(ConfigFileError) -> ConfigFile {
        var config = ConfigFile(path: path)
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            var content = String(raw).trimmingCharacters(in: .whitespaces)
            if content.hasSuffix("\r") { content.removeLast() }
            if content.isEmpty || content.hasPrefix("#") || content == "[gonghui]" { continue }
            guard let equals = content.firstIndex(of: "=") else {
                throw ConfigFileError(path: path, line: line, problem: .notKeyValue)
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            var value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\"") {
                // "text", then nothing or a # comment.
                let inside = value.dropFirst()
                guard let closing = inside.firstIndex(of: "\""),
                      inside[inside.index(after: closing)...].trimmingCharacters(in: .whitespaces).isEmpty
                        || inside[inside.index(after: closing)...].trimmingCharacters(in: .whitespaces).hasPrefix("#") else {
                    throw ConfigFileError(path: path, line: line, problem: .quotesOpen(value))
                }
                value = String(inside[..<closing])
            } else if let hash = value.firstIndex(of: "#") {
                value = value[..<hash].trimmingCharacters(in: .whitespaces)
            }
            guard !value.isEmpty, !value.hasControlCharacters else {
                throw ConfigFileError(path: path, line: line, problem: .emptyValue(key: key))
            }
            switch key {
            case "book": config.book = value
            case "org": config.org = value
            case "user": config.user = value
            case "lang":
                guard let language = Language(rawValue: value) else {
                    throw ConfigFileError(path: path, line: line, problem: .unknownLanguage(value))
                }
                config.lang = language
            default:
                throw ConfigFileError(path: path, line: line, problem: .unknownKey(key))
            }
        }
        return config
    }
}

/// A `gonghui.toml` that does not read. What is wrong is kept as data and worded when printed: the
/// file is read before the language is known (the file itself may set `lang`).
struct ConfigFileError: Error, Equatable {
    enum Problem: Equatable {
        case unreadable(String)
        case notUTF8
        case notKeyValue
        case quotesOpen(String)
        case emptyValue(key: String)
        case unknownLanguage(String)
        case unknownKey(String)
    }

    var path: String
    var line: Int
    var problem: Problem

    func message(in language: Language) -> String {
        let place = line > 0 ? "\(path):\(line)" : path
        return language.pick("配置文件 \(place) 有误：\(detail(in: .zh))", "configuration file \(place): \(detail(in: .en))")
    }

    func detail(in l: Language) -> String {
        let keys = ConfigFile.keys.joined(separator: l.pick("、", ", "))
        switch problem {
        case .unreadable(let reason): return l.pick("无法读取（\(reason)）", "not readable (\(reason))")
        case .notUTF8: return l.pick("不是 UTF-8 编码的文本", "not readable as UTF-8 text")
        case .notKeyValue: return l.pick("应为 键 = \"值\" 的形式", "expected key = \"value\"")
        case .quotesOpen(let value): return l.pick("取值的引号没有闭合：\(value)", "the value's quotes do not close: \(value)")
        case .emptyValue(let key): return l.pick("\(key) 的取值为空或含控制字符", "\(key): empty or holding control characters")
        case .unknownLanguage(let value): return l.pick("lang 的取值“\(value)”无效（可选 zh 或 en）", "lang: “\(value)” (zh or en)")
        case .unknownKey(let key): return l.pick("未知的键“\(key)”（可用的键：\(keys)）", "unknown key “\(key)” (\(keys))")
        }
    }
}

/// The language when `--lang` is not given: `GONGHUI_LANG`, else the configuration file's `lang`,
/// else English when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) is English, else Chinese.
enum LanguageChoice {
    static var `default`: Language { choose(environment: ProcessInfo.processInfo.environment, config: try? ConfigFile.current.get()) }

    static func choose(environment: [String: String], config: ConfigFile?) -> Language {
        if let named = environment["GONGHUI_LANG"], let language = Language(rawValue: named.lowercased()) { return language }
        if let configured = config?.lang { return configured }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .zh
        }
        return .zh
    }
}
