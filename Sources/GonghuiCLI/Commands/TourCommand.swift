import ArgumentParser
import GonghuiTour
import LedgerCore
import Reporting

/// `gonghui tour`: parses the options and runs the demo (`GonghuiTour`), which prints as it goes.
struct TourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tour",
        abstract: L("演示：建立示例工会账套并走一遍主要功能", "Build demo books and show the main features"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui tour", "gonghui tour --dir 演示"])
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: L("演示账套和输入文件的文件夹（默认 ./gonghui-tour；其中的演示文件会被替换）。", "Folder for the demo books and inputs (default ./gonghui-tour; its tour files are replaced)."))
    var dir: String = "gonghui-tour"

    func run() throws {
        let l = global.language
        // The tour prints several reports between its narration: they belong on the terminal.
        if global.output != nil || global.format.format.isBinary {
            throw ValidationError(l.pick("tour 只输出到终端：不支持 --output 和 --format xlsx",
                                         "the tour prints to the terminal: --output and --format xlsx are not supported"))
        }
        let settings = Tour.Settings(dir: dir, user: global.user ?? "示例会计", language: l, format: global.format.format,
                                     csvEncoding: global.csvEncoding, clock: try global.clock)
        do {
            try Tour.run(settings)
        } catch let failed as TourFailed {
            throw CommandFailed(exitCode: failed.exitCode)
        }
    }
}
