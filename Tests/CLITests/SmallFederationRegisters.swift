import Foundation
import Testing

/// A county federation's registers for the upgrade tests: three units of different channels,
/// January and February declared out of month order, January allocated, then corrected (a second
/// revision, allocated as an adjustment). February is left to allocate.
enum SmallFederationRegisters {
    static func build(in sandbox: Sandbox) throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01").expectSuccess()
        try Data("""
            单位编码,单位名称,类型,上级单位,缴费方式
            DW001,示例机械有限公司工会,enterprise,XF,self
            DW002,示例纺织有限公司工会,enterprise,XF,tax-full
            DW003,示例县教育局工会,organ,XF,

            """.utf8).write(to: sandbox.url.appendingPathComponent("units.csv"))
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        try Data("""
            unit_code,unit_name,month,headcount,wage_total
            DW003,,2026-02,50,200000.00
            DW001,,2026-01,120,500000.00
            DW002,,2026-01,80,300000
            DW003,,2026-01,50,200000.00
            DW001,,2026-02,121,500100.00

            """.utf8).write(to: sandbox.url.appendingPathComponent("p1.csv"))
        try sandbox.onBooks("payroll", "import", "p1.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        // A correction of January: a second revision, allocated as an adjustment.
        try Data("unit_code,unit_name,month,headcount,wage_total\nDW002,,2026-01,81,310000\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("p2.csv"))
        try sandbox.onBooks("payroll", "import", "p2.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
    }
}
