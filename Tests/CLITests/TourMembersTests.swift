import Foundation
import Testing

/// Finds anything shaped like a national ID: a run of 15 or more ASCII digits (an 18-character
/// number may end in X). Reports, CSV and HTML never hold such a run otherwise (amounts are far
/// shorter), and a random 32-byte hash holding one is vanishingly unlikely.
enum IDShape {
    static func firstRun(in data: Data) -> String? {
        var run: [UInt8] = []
        for byte in data + [0] {
            if (0x30...0x39).contains(byte) || ((byte == 0x58 || byte == 0x78) && run.count == 17) {
                run.append(byte)
                continue
            }
            if run.count >= 15 { return String(decoding: run, as: UTF8.self) }
            run = []
        }
        return nil
    }
}

@Suite("gonghui tour: members")
struct TourMembersTests {
    @Test("the tour shows the register, a month's dues posted to 会费收入, the arrears and the statistics, and no full ID anywhere")
    func membersPart() throws {
        #expect(IDShape.firstRun(in: Data("x15010219860210004Xy".utf8)) == "15010219860210004X", "the detector itself works")
        #expect(IDShape.firstRun(in: Data("a150102890515364".utf8)) == "150102890515364")
        let sandbox = try Sandbox()
        let result = try sandbox.tourDemo()
        result.expectSuccess()
        for text in ["会员名册", "新增 202 人", "500103********", "7 月调资", "会费收入", "收取 2026-03 会费", "会费欠缴表",
                     "连续6个月未缴会费的会员 2 人", "会员统计：入会率与实名制率", "企业", "事业单位", "80%", "95%",
                     "会员账套校验通过"] {
            #expect(result.stdout.contains(text), "tour output lacks \(text)")
        }
        #expect(IDShape.firstRun(in: result.stdoutData) == nil)
        let folder = sandbox.url.appendingPathComponent("demo")
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        #expect(names.contains("members.sqlite"))
        for name in names {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder),
                  !isFolder.boolValue else { continue }
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(IDShape.firstRun(in: bytes) == nil, "\(name) holds an ID-shaped number")
        }
        try sandbox.run("verify", "--db", "demo/members.sqlite").expectSuccess()
        let arrears = try sandbox.run("dues", "arrears", "--as-of", "2026-12-31", "--db", "demo/members.sqlite", "--org", "GH101",
                                      "--format", "json")
        arrears.expectSuccess()
        #expect(arrears.stdout.contains("\"member_no\" : \"GH101-0031\""))
    }
}
