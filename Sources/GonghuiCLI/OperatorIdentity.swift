import Foundation

/// The operating system's name for whoever runs the command, when neither `--user` nor
/// `GONGHUI_USER` says who it is.
enum OperatorIdentity {
    /// The account's login name from the password database, then `LOGNAME`/`USER`, then the numeric
    /// user id (`uid 1000`): always a real identity of this machine, never a placeholder.
    static func loginName() -> String {
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name, let text = String(validatingCString: name), !text.isEmpty {
            return text
        }
        let environment = ProcessInfo.processInfo.environment
        for key in ["LOGNAME", "USER"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "uid \(uid)"
    }
}
