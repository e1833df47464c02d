import ArgumentParser
import Foundation
import LedgerSQLite
import LedgerStore
import Reporting

struct SealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: L("封存日记账末端：以经费审查委员会保管的密钥（GONGHUI_SEAL_KEY）签名，verify --seal 据此核对", "Sign the journal head with GONGHUI_SEAL_KEY; verify --seal checks it"),
            discussion: helpDiscussion("用 GONGHUI_SEAL_KEY（至少 32 字节）对变更日志末端（记录数、末端哈希、凭证数、单位、时间）计算 HMAC-SHA256。封存文件与账套分开保管；之后 `gonghui verify --seal FILE` 可证明此前记录的内容未被改动。",
                                   "Writes an HMAC-SHA256 of the change journal's head (record count, head hash, voucher count,\norganisations, time) with GONGHUI_SEAL_KEY (at least 32 bytes). Keep the seal apart from\nthe books; `gonghui verify --seal FILE` later proves nothing recorded before it changed.",
                                   examples: ["gonghui seal --output 封存-2026-06.json"])
    )
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let key = try JournalSeal.key(ProcessInfo.processInfo.environment["GONGHUI_SEAL_KEY"])
        let store: any JournaledStore = global.isPostgres ? try global.openPostgres() : try global.openDatabase()
        let seal = try store.seal(key: key)
        let data = try seal.encoded()
        if let output = global.output {
            try ReportFile.write(data, to: output)
            global.say("已封存 \(seal.records) 条记录（\(seal.head.prefix(12))），写入 \(output)",
                       "sealed \(seal.records) records (\(seal.head.prefix(12))), written to \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// A seal file, read whole.
    static func read(_ path: String) throws -> JournalSeal {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SealError.sealMustBeReadable(path: path, reason: "missing or unreadable")
        }
        return try JournalSeal.decode(data, path: path)
    }
}
