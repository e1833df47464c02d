import Foundation
import InputFiles
import LedgerCore

/// The policies shipped in the binary (copies of `ledgers/policies/*.json`).
public enum BuiltinPolicies {
    public static let names = PolicyData.files.map(\.name)

    public static func document(named name: String) -> PolicyDocument? {
        guard let file = PolicyData.files.first(where: { $0.name == name }) else { return nil }
        return try? PolicyDocument(json: Data(file.json.utf8), source: "built-in:\(name)")
    }

    /// The policy a file is kept under until one is set (`default`).
    /// - Throws: `UnionFundsError.policyMustBeValid` when this build lacks it.
    public static func fallback() throws(UnionFundsError) -> PolicyDocument {
        guard let document = document(named: "default") else {
            throw .policyMustBeValid(source: "built-in:default", path: "", detail: "missing from this build")
        }
        return document
    }

    /// A built-in name, or a path to a JSON file.
    public static func load(_ nameOrPath: String) throws -> PolicyDocument {
        if let builtin = document(named: nameOrPath) { return builtin }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: nameOrPath, isDirectory: &isFolder), isFolder.boolValue {
            throw LedgerError.fileMustNotBeFolder(path: nameOrPath)
        }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw UnionFundsError.policyMustBeValid(
                source: nameOrPath, path: "",
                detail: "neither a built-in policy (\(names.joined(separator: ", "))) nor a readable file")
        }
        return try PolicyDocument(json: data, source: nameOrPath)
    }
}
