import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite
import UnionStores

extension OrgCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: L("从 CSV 或 XLSX 批量登记下属单位", "Register many units from a CSV or XLSX file"),
            discussion: helpDiscussion("列：单位编码,单位名称,类型,上级单位,缴费方式[,开户行,账号] 或 code,name,kind,parent,channel[,bank_name,bank_account]。",
                                   "Columns: code,name,kind,parent,channel[,bank_name,bank_account] (or the Chinese headers).",
                                   examples: ["gonghui org import 下属单位.csv", "gonghui org import 下属单位.xlsx --sheet 2"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("CSV 文件：单位编码,单位名称,类型,上级单位,缴费方式 或 code,name,kind,parent,channel。", "CSV file: code,name,kind,parent,channel (or the Chinese headers).")) var file: String

        func run() throws {
            let store = try global.openStores().allocation
            let channels = try store.policy().channelTerms(on: global.clock.today())
            let outcome = try UnitImport(store: store, user: global.userName).importFile(path: file, displayName: file, channels: channels,
                                                                                         encoding: global.encoding.encoding)
            let document = OutcomeDocument.UnitImport(file: file, outcome)
            switch outcome {
            case .imported(let rows, let registered, let unchanged):
                try global.done(document, "已登记 \(registered) 个单位（共 \(rows) 行，\(unchanged) 个与名册一致未改动）",
                           "Registered \(registered) units (\(rows) rows; \(unchanged) already registered as given)")
            case .alreadyImported(let name, let at):
                try global.done(document, "该文件已于 \(LocalTime.shown(at)) 导入（\(name)），未做任何改动", "This file was imported at \(LocalTime.shown(at)) (\(name)); nothing done")
            }
        }
    }
}
