import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite
import UnionStores

extension OrgCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("单位信息：登记信息、任职记录、下级单位", "One organisation in full"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org show GH001"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("单位编码。", "Organisation code.")) var code: String

        func run() throws {
            let stores = try global.openStores()
            let register = OrganisationRegister(store: stores.organisations, user: global.userName)
            let all = try register.list()
            let code = try global.organisationCode(code, in: stores) ?? code
            guard let organisation = all.first(where: { $0.code == code.trimmingSpaces() }) else {
                throw LedgerError.organisationMustExist(code: code)
            }
            let tenures = try register.tenures(organisation: organisation.code)
            try global.emit(.organisationDetail(organisation, children: all.filter { $0.parent == organisation.code },
                                                tenures: tenures, language: global.language))
        }
    }
}
