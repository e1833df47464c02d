/// The default chart for `gonghui init`: a copy of `ledgers/charts/grassroots-basic.csv`, built
/// in so the binary works from any folder. A test keeps the two identical.
///
/// Codes follow the 2021 union accounting system where a source confirms them (501, 50101–50106)
/// and the 2009 chart otherwise; the full chart profiles with confirmation flags are separate data.
enum BuiltinChart {
    static let grassrootsBasic = """
code,name,name_en,kind
101,库存现金,Cash on hand,asset
102,银行存款,Bank deposits,asset
131,应收上级经费,Receivable from higher unions,asset
132,应收下级经费,Receivable from lower units,asset
135,其他应收款,Other receivables,asset
141,库存物品,Inventory,asset
162,固定资产,Fixed assets,asset
201,应付职工薪酬,Payroll payable,liability
221,应付上级经费,Payable to higher unions,liability
222,应付下级经费,Payable to lower units,liability
225,其他应付款,Other payables,liability
231,代管经费,Funds held in custody,liability
301,资产基金,Asset fund,netAssets
321,专用基金,Special fund,netAssets
331,工会资金结余,Union fund surplus,netAssets
401,会费收入,Membership dues,revenue
402,拨缴经费收入,Allocated funds income,revenue
403,上级补助收入,Grants from higher unions,revenue
40301,一般性转移支付,General transfers,revenue
40302,专项转移支付,Earmarked transfers,revenue
404,政府补助收入,Government grants,revenue
408,其他收入,Other income,revenue
501,职工活动支出,Employee activities,expenditure
50101,职工教育支出,Employee education,expenditure
50102,文体活动支出,Cultural and sports activities,expenditure
50103,宣传活动支出,Publicity activities,expenditure
50104,劳模职工疗休养支出,Model-worker recuperation,expenditure
50105,会员活动支出,Member activities,expenditure
50106,其他活动支出,Other activities,expenditure
502,职工服务支出,Employee services,expenditure
503,维权支出,Rights protection,expenditure
504,业务支出,Operations,expenditure
505,资本性支出,Capital expenditure,expenditure
508,其他支出,Other expenditure,expenditure
"""
}
