import ArgumentParser
import Testing
@testable import GonghuiCLI

/// Every command names itself. Without a `commandName` ArgumentParser spells the type's name
/// (`String(describing:)`), which asks the runtime whether the type conforms to three protocols:
/// each asking scans every conformance record of the binary. For the 41 commands that did, that
/// was about three quarters of the parse, every run (callgrind: 78 M of 107 M instructions).
@Suite("command names")
struct CommandNameTests {
    static func unnamed(_ command: any ParsableCommand.Type, path: String) -> [String] {
        var found = command.configuration.commandName == nil ? [path] : []
        for sub in command.configuration.subcommands {
            found += unnamed(sub, path: path + " " + (sub.configuration.commandName ?? "\(sub)"))
        }
        return found
    }

    @Test("every command in the tree has an explicit commandName")
    func everyCommandIsNamed() {
        #expect(Self.unnamed(Gonghui.self, path: "gonghui") == [])
        #expect(Gonghui.configuration.subcommands.count > 20)
    }
}
