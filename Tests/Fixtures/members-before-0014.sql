-- Member books written by gonghui before migrations 0014/0015, as `sqlite3 FILE .dump` prints them.
-- Made with the debug build of main at e810f17 (GONGHUI_NOW=2026-03-01T09:00:00Z): init GH101 (official chart); member import of
-- three members; dues assess and collect 2026-01; a raise re-imported effective 2026-02 (a member_change row); dues assess 2026-02.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('0001-ledger');
INSERT INTO grdb_migrations VALUES('0002-organisation-register');
INSERT INTO grdb_migrations VALUES('0003-policy');
INSERT INTO grdb_migrations VALUES('0004-voucher-workflow');
INSERT INTO grdb_migrations VALUES('0005-members');
INSERT INTO grdb_migrations VALUES('0006-allocation');
INSERT INTO grdb_migrations VALUES('0007-account-roles');
INSERT INTO grdb_migrations VALUES('0008-posting-dimensions');
INSERT INTO grdb_migrations VALUES('0009-budgets');
INSERT INTO grdb_migrations VALUES('0010-audit-findings');
INSERT INTO grdb_migrations VALUES('0011-preparatory-refund-events');
INSERT INTO grdb_migrations VALUES('0012-import-content');
INSERT INTO grdb_migrations VALUES('0013-change-journal');
CREATE TABLE organisation(
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK(length(code) BETWEEN 1 AND 32),
    name TEXT NOT NULL CHECK(length(name) > 0),
    kind TEXT NOT NULL CHECK(length(kind) > 0),
    first_period INTEGER NOT NULL CHECK(first_period > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
, parent_id INTEGER REFERENCES organisation(id), bank_name TEXT NOT NULL DEFAULT '', bank_account TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT 'self'
    CHECK(channel IN ('self','tax-40','tax-full','fiscal','prep'))) STRICT;
INSERT INTO organisation VALUES(1,'GH101','示例机械制造有限公司工会','enterprise',24312,'2026-03-01T09:00:00Z','会计',NULL,'','','self');
CREATE TABLE account(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    code TEXT NOT NULL CHECK(length(code) BETWEEN 3 AND 11 AND length(code) % 2 = 1 AND code NOT GLOB '*[^0-9]*'),
    name TEXT NOT NULL CHECK(length(name) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK(kind IN ('asset','liability','netAssets','revenue','expenditure')),
    parent_id INTEGER REFERENCES account(id),
    is_leaf INTEGER NOT NULL DEFAULT 1 CHECK(is_leaf IN (0,1)),
    is_open INTEGER NOT NULL DEFAULT 1 CHECK(is_open IN (0,1)),
    created_by TEXT NOT NULL, role TEXT NOT NULL DEFAULT '' CHECK(role NOT GLOB '*[^A-Za-z0-9]*'),
    UNIQUE(org_id, code)
) STRICT;
INSERT INTO account VALUES(1,1,'101','库存现金','Cash on hand','asset',NULL,1,1,'会计','cash');
INSERT INTO account VALUES(2,1,'102','银行存款','Bank deposits','asset',NULL,1,1,'会计','bank');
INSERT INTO account VALUES(3,1,'131','应收上级经费','Receivable from higher unions','asset',NULL,0,1,'会计','receivableFromHigher');
INSERT INTO account VALUES(4,1,'13101','应收上级补助','Grants receivable from higher unions','asset',3,1,1,'会计','receivableGrantFromHigher');
INSERT INTO account VALUES(5,1,'13102','应收上级转拨经费','Transferred allocations receivable from higher unions','asset',3,1,1,'会计','receivableTransferFromHigher');
INSERT INTO account VALUES(6,1,'135','其他应收款','Other receivables','asset',NULL,1,1,'会计','otherReceivable');
INSERT INTO account VALUES(7,1,'141','库存物品','Inventory','asset',NULL,1,1,'会计','inventory');
INSERT INTO account VALUES(8,1,'162','固定资产','Fixed assets','asset',NULL,1,1,'会计','fixedAssets');
INSERT INTO account VALUES(9,1,'163','累计折旧','Accumulated depreciation','asset',NULL,1,1,'会计','accumulatedDepreciation');
INSERT INTO account VALUES(10,1,'182','待处理财产损溢','Assets pending disposal','asset',NULL,1,1,'会计','pendingDisposal');
INSERT INTO account VALUES(11,1,'211','应付上级经费','Payable to higher unions','liability',NULL,1,1,'会计','payableToHigher');
INSERT INTO account VALUES(12,1,'215','其他应付款','Other payables','liability',NULL,1,1,'会计','otherPayable');
INSERT INTO account VALUES(13,1,'301','资产基金','Asset fund','netAssets',NULL,0,1,'会计','assetFund');
INSERT INTO account VALUES(14,1,'30101','库存物品','Asset fund: inventory','netAssets',13,1,1,'会计','assetFundInventory');
INSERT INTO account VALUES(15,1,'30102','投资','Asset fund: investments','netAssets',13,1,1,'会计','assetFundInvestment');
INSERT INTO account VALUES(16,1,'30103','在建工程','Asset fund: construction in progress','netAssets',13,1,1,'会计','assetFundConstruction');
INSERT INTO account VALUES(17,1,'30104','固定资产','Asset fund: fixed assets','netAssets',13,1,1,'会计','assetFundFixedAssets');
INSERT INTO account VALUES(18,1,'30105','无形资产','Asset fund: intangible assets','netAssets',13,1,1,'会计','assetFundIntangible');
INSERT INTO account VALUES(19,1,'30106','长期待摊费用','Asset fund: long-term deferred expenses','netAssets',13,1,1,'会计','assetFundLongTermPrepaid');
INSERT INTO account VALUES(20,1,'321','工会资金结转','Union funds carried forward','netAssets',NULL,0,1,'会计','restrictedCarryForward');
INSERT INTO account VALUES(21,1,'32101','年初余额调整','Carried forward: prior-year adjustments','netAssets',20,1,1,'会计','restrictedOpeningAdjustment');
INSERT INTO account VALUES(22,1,'32102','单位内部调剂','Carried forward: internal reallocation','netAssets',20,1,1,'会计','restrictedInternalTransfer');
INSERT INTO account VALUES(23,1,'32103','本年收支结转','Carried forward: current-year result','netAssets',20,1,1,'会计','restrictedCurrentYear');
INSERT INTO account VALUES(24,1,'32104','累计结转','Carried forward: accumulated','netAssets',20,1,1,'会计','restrictedAccumulated');
INSERT INTO account VALUES(25,1,'322','工会资金结余','Union funds surplus','netAssets',NULL,0,1,'会计','unrestrictedSurplus');
INSERT INTO account VALUES(26,1,'32201','年初余额调整','Surplus: prior-year adjustments','netAssets',25,1,1,'会计','unrestrictedOpeningAdjustment');
INSERT INTO account VALUES(27,1,'32202','单位内部调剂','Surplus: internal reallocation','netAssets',25,1,1,'会计','unrestrictedInternalTransfer');
INSERT INTO account VALUES(28,1,'32203','本年收支结转','Surplus: current-year result','netAssets',25,1,1,'会计','unrestrictedCurrentYear');
INSERT INTO account VALUES(29,1,'32204','结转转入','Surplus: transferred in from carry-forward','netAssets',25,1,1,'会计','unrestrictedTransferredIn');
INSERT INTO account VALUES(30,1,'32205','累计结余','Surplus: accumulated','netAssets',25,1,1,'会计','unrestrictedAccumulated');
INSERT INTO account VALUES(31,1,'401','会费收入','Membership dues','revenue',NULL,1,1,'会计','duesRevenue');
INSERT INTO account VALUES(32,1,'402','拨缴经费收入','Allocated union funds income','revenue',NULL,1,1,'会计','allocationRevenue');
INSERT INTO account VALUES(33,1,'403','上级补助收入','Grants from higher unions','revenue',NULL,0,1,'会计','higherGrantRevenue');
INSERT INTO account VALUES(34,1,'40301','一般性转移支付补助','General transfer grants','revenue',33,1,1,'会计','');
INSERT INTO account VALUES(35,1,'40302','专项转移支付补助','Earmarked transfer grants','revenue',33,1,1,'会计','');
INSERT INTO account VALUES(36,1,'405','行政补助收入','Grants from the employer','revenue',NULL,1,1,'会计','administrativeGrantRevenue');
INSERT INTO account VALUES(37,1,'408','其他收入','Other income','revenue',NULL,1,1,'会计','otherRevenue');
INSERT INTO account VALUES(38,1,'501','职工活动支出','Employee activities','expenditure',NULL,0,1,'会计','staffActivities');
INSERT INTO account VALUES(39,1,'50101','职工教育支出','Employee education','expenditure',38,1,1,'会计','');
INSERT INTO account VALUES(40,1,'50102','文体活动支出','Cultural and sports activities','expenditure',38,1,1,'会计','');
INSERT INTO account VALUES(41,1,'50103','宣传活动支出','Publicity activities','expenditure',38,1,1,'会计','');
INSERT INTO account VALUES(42,1,'50104','劳模职工疗休养支出','Model-worker and staff recuperation','expenditure',38,1,1,'会计','');
INSERT INTO account VALUES(43,1,'50105','会员活动支出','Member activities','expenditure',38,1,1,'会计','');
INSERT INTO account VALUES(44,1,'50106','其他活动支出','Other activities','expenditure',38,1,1,'会计','');
INSERT INTO account VALUES(45,1,'503','职工服务支出','Employee services','expenditure',NULL,0,1,'会计','staffServices');
INSERT INTO account VALUES(46,1,'50301','劳动和技能竞赛活动支出','Labour and skills competitions','expenditure',45,1,1,'会计','');
INSERT INTO account VALUES(47,1,'50302','建家活动支出','Workers-home building activities','expenditure',45,1,1,'会计','');
INSERT INTO account VALUES(48,1,'50303','职工创新活动支出','Employee innovation activities','expenditure',45,1,1,'会计','');
INSERT INTO account VALUES(49,1,'50304','职工书屋活动支出','Workers'' libraries','expenditure',45,1,1,'会计','');
INSERT INTO account VALUES(50,1,'50305','其他服务支出','Other services','expenditure',45,1,1,'会计','');
INSERT INTO account VALUES(51,1,'504','维权支出','Rights protection','expenditure',NULL,0,1,'会计','rightsProtection');
INSERT INTO account VALUES(52,1,'50401','劳动关系协调支出','Labour relations coordination','expenditure',51,1,1,'会计','');
INSERT INTO account VALUES(53,1,'50402','劳动保护支出','Labour protection','expenditure',51,1,1,'会计','');
INSERT INTO account VALUES(54,1,'50403','法律援助支出','Legal aid','expenditure',51,1,1,'会计','');
INSERT INTO account VALUES(55,1,'50404','困难职工帮扶支出','Support for workers in hardship','expenditure',51,1,1,'会计','');
INSERT INTO account VALUES(56,1,'50405','送温暖支出','Warmth campaign','expenditure',51,1,1,'会计','');
INSERT INTO account VALUES(57,1,'50406','其他维权支出','Other rights protection','expenditure',51,1,1,'会计','');
INSERT INTO account VALUES(58,1,'505','业务支出','Operations','expenditure',NULL,0,1,'会计','operations');
INSERT INTO account VALUES(59,1,'50501','培训支出','Training','expenditure',58,1,1,'会计','');
INSERT INTO account VALUES(60,1,'50502','会议支出','Meetings','expenditure',58,1,1,'会计','');
INSERT INTO account VALUES(61,1,'50503','专项业务支出','Special operations','expenditure',58,1,1,'会计','');
INSERT INTO account VALUES(62,1,'50504','其他业务支出','Other operations','expenditure',58,1,1,'会计','');
INSERT INTO account VALUES(63,1,'507','资本性支出','Capital expenditure','expenditure',NULL,0,1,'会计','capitalExpenditure');
INSERT INTO account VALUES(64,1,'50701','房屋建筑物购建','Buildings','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(65,1,'50702','办公设备购置','Office equipment','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(66,1,'50703','专用设备购置','Special equipment','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(67,1,'50704','交通工具购置','Vehicles','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(68,1,'50705','大型修缮','Major repairs','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(69,1,'50706','信息网络购建','Information networks','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(70,1,'50707','其他资本性支出','Other capital expenditure','expenditure',63,1,1,'会计','');
INSERT INTO account VALUES(71,1,'510','其他支出','Other expenditure','expenditure',NULL,1,1,'会计','otherExpenditure');
CREATE TABLE period(
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    ordinal INTEGER NOT NULL,               -- year * 12 + month - 1
    last_number INTEGER NOT NULL DEFAULT 0 CHECK(last_number >= 0),
    closed_at TEXT,
    closed_by TEXT,
    PRIMARY KEY(org_id, ordinal)
) STRICT, WITHOUT ROWID;
INSERT INTO period VALUES(1,24312,1,NULL,NULL);
CREATE TABLE import_log(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL CHECK(length(file_sha256) = 64),
    row_count INTEGER NOT NULL,
    voucher_count INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE(org_id, kind, file_sha256)
) STRICT;
CREATE TABLE posting(
    voucher_id INTEGER NOT NULL,
    line INTEGER NOT NULL CHECK(line > 0),
    account_id INTEGER NOT NULL,
    side TEXT NOT NULL CHECK(side IN ('D','C')),
    amount_fen INTEGER NOT NULL CHECK(amount_fen <> 0),
    memo TEXT NOT NULL DEFAULT '', budget_line TEXT
    CHECK(budget_line IS NULL OR length(budget_line) BETWEEN 1 AND 64), counterparty TEXT
    CHECK(counterparty IS NULL OR length(counterparty) BETWEEN 1 AND 32),
    PRIMARY KEY(voucher_id, line)
) STRICT, WITHOUT ROWID;
INSERT INTO posting VALUES(1,1,2,'D',9500,'',NULL,NULL);
INSERT INTO posting VALUES(1,2,31,'C',9500,'',NULL,NULL);
CREATE TABLE balance(
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    account_id INTEGER NOT NULL REFERENCES account(id),
    fund TEXT NOT NULL DEFAULT '',
    ordinal INTEGER NOT NULL,
    -- 1 for period-end carry-forward (结转) entries, kept apart so statements can show a
    -- year's revenue and expenditure after the year is closed.
    closing INTEGER NOT NULL DEFAULT 0 CHECK(closing IN (0, 1)),
    debit_fen INTEGER NOT NULL DEFAULT 0,
    credit_fen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(org_id, account_id, fund, ordinal, closing)
) STRICT, WITHOUT ROWID;
INSERT INTO balance VALUES(1,2,'',24312,0,9500,0);
INSERT INTO balance VALUES(1,31,'',24312,0,0,9500);
CREATE TABLE journal_head(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    voucher_count INTEGER NOT NULL,
    hash BLOB NOT NULL CHECK(length(hash) = 32)
) STRICT;
INSERT INTO journal_head VALUES(1,1,X'488262658bc13324d764619791906062f4f4855224e3116b458cc98333f66388');
CREATE TABLE event(
    id INTEGER PRIMARY KEY,
    org_id INTEGER REFERENCES organisation(id),
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO event VALUES(1,1,'2026-03-01T09:00:00Z','会计','init','GH101 示例机械制造有限公司工会, 71 accounts');
INSERT INTO event VALUES(2,NULL,'2026-03-01T09:00:00Z','会计','member.import','members.csv: 3 added, 0 updated');
INSERT INTO event VALUES(3,1,'2026-03-01T09:00:00Z','会计','dues.assess','2026-01: 3 assessed, 0 reassessed, total 95.00');
INSERT INTO event VALUES(4,NULL,'2026-03-01T09:00:00Z','会计','member.import','members-raise.csv: 0 added, 1 updated');
INSERT INTO event VALUES(5,1,'2026-03-01T09:00:00Z','会计','dues.assess','2026-02: 3 assessed, 0 reassessed, total 100.00');
CREATE TABLE tenure(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL CHECK(role IN ('chair','vice-chair','finance-head','accountant','cashier')),
    person TEXT NOT NULL CHECK(length(person) > 0),
    start_date TEXT NOT NULL CHECK(start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date TEXT CHECK(end_date IS NULL OR end_date >= start_date),
    end_reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL
) STRICT;
CREATE TABLE policy(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK(length(name) > 0),
    source TEXT NOT NULL,
    document BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK(length(sha256) = 64),
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
) STRICT;
CREATE TABLE voucher_approval(
    voucher_id INTEGER PRIMARY KEY,
    prepared_by TEXT NOT NULL CHECK(length(prepared_by) > 0),
    reviewed_by TEXT NOT NULL CHECK(length(reviewed_by) > 0),
    reviewed_at TEXT NOT NULL,
    single_operator INTEGER NOT NULL CHECK(single_operator IN (0, 1)),
    signoff_by TEXT NOT NULL DEFAULT '',
    signoff_date TEXT NOT NULL DEFAULT '',
    decision_ref TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    CHECK(single_operator = 1 OR reviewed_by <> prepared_by)
) STRICT;
CREATE TABLE voucher_draft(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ordinal INTEGER NOT NULL,
    summary TEXT NOT NULL CHECK(length(summary) > 0),
    attachments INTEGER NOT NULL DEFAULT 0 CHECK(attachments >= 0),
    fund TEXT NOT NULL DEFAULT '' CHECK(length(fund) <= 64),
    prepared_by TEXT NOT NULL CHECK(length(prepared_by) > 0),
    prepared_at TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_at TEXT,
    single_operator INTEGER NOT NULL DEFAULT 0 CHECK(single_operator IN (0, 1)),
    signoff_by TEXT NOT NULL DEFAULT '',
    signoff_date TEXT NOT NULL DEFAULT '',
    decision_ref TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    posted_voucher_id INTEGER REFERENCES voucher(id),
    CHECK((reviewed_by IS NULL) = (reviewed_at IS NULL)),
    CHECK(posted_voucher_id IS NULL OR reviewed_by IS NOT NULL)
) STRICT;
CREATE TABLE voucher_draft_line(
    draft_id INTEGER NOT NULL REFERENCES voucher_draft(id) ON DELETE CASCADE,
    line INTEGER NOT NULL CHECK(line > 0),
    account_code TEXT NOT NULL,
    side TEXT NOT NULL CHECK(side IN ('D','C')),
    amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
    memo TEXT NOT NULL DEFAULT '', budget_line TEXT
    CHECK(budget_line IS NULL OR length(budget_line) BETWEEN 1 AND 64), counterparty TEXT
    CHECK(counterparty IS NULL OR length(counterparty) BETWEEN 1 AND 32),
    PRIMARY KEY(draft_id, line)
) STRICT, WITHOUT ROWID;
CREATE TABLE member_id_key(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    source TEXT NOT NULL CHECK(source IN ('file', 'environment')),
    secret BLOB CHECK(secret IS NULL OR length(secret) = 32),
    fingerprint BLOB NOT NULL CHECK(length(fingerprint) = 32),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK((source = 'file') = (secret IS NOT NULL))
) STRICT;
INSERT INTO member_id_key VALUES(1,'file',X'954fc8d24687d45696a152b064e9dd2128e31f8ca96bbc398e06a94d72c1ad68',X'51e05493137be6ad7e1f14463ed967ee9acb34a90ebeddea587c26ee2ddd555b','2026-03-01T09:00:00Z','会计');
CREATE TABLE member(
    id INTEGER PRIMARY KEY,
    member_no TEXT NOT NULL UNIQUE CHECK(length(member_no) BETWEEN 1 AND 32),
    name TEXT NOT NULL CHECK(length(name) > 0),
    id_hash BLOB CHECK(id_hash IS NULL OR length(id_hash) = 32),
    id_masked TEXT NOT NULL DEFAULT ''
        CHECK(id_masked = '' OR id_masked GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][*][*][*][*][*][*][*][*][0-9][0-9][0-9][0-9X]'),
    id_legacy INTEGER NOT NULL DEFAULT 0 CHECK(id_legacy IN (0, 1)),
    unit_id INTEGER NOT NULL REFERENCES organisation(id),
    department TEXT NOT NULL DEFAULT '',
    join_date TEXT NOT NULL CHECK(join_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    employment_type TEXT NOT NULL
        CHECK(employment_type IN ('contract', 'dispatched', 'migrant', 'part-time', 'flexible', 'other')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK((id_hash IS NULL) = (id_masked = ''))
) STRICT;
INSERT INTO member VALUES(1,'GH101-0001','张三',X'ff4c9e6b8915cbdaa335a19ced2b6f7ea9864d7e44179be0bf8493d3d057ccac','110105********0016',0,1,'办公室','2025-06-01','contract','2026-03-01T09:00:00Z','会计');
INSERT INTO member VALUES(2,'GH101-0002','李四',X'eb216053425cf17460e6a4e9cd185ecbc5a2b1e747fcb12940f49bf49457e0dc','110105********0028',0,1,'办公室','2025-06-01','contract','2026-03-01T09:00:00Z','会计');
INSERT INTO member VALUES(3,'GH101-0003','王五',X'b8cfae4158b8eaf2e33f07d371a0492e371e6fc62250de98d444d35e5a7b0ea3','110105********0031',0,1,'办公室','2025-06-01','dispatched','2026-03-01T09:00:00Z','会计');
CREATE TABLE member_state(
    member_id INTEGER NOT NULL REFERENCES member(id),
    from_ordinal INTEGER NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('active', 'retained-exempt', 'withdrawn', 'transferred-out')),
    wage_fen INTEGER NOT NULL CHECK(wage_fen >= 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    PRIMARY KEY(member_id, from_ordinal)
) STRICT, WITHOUT ROWID;
INSERT INTO member_state VALUES(1,24305,'active',800000,'2026-03-01T09:00:00Z','会计');
INSERT INTO member_state VALUES(1,24313,'active',900000,'2026-03-01T09:00:00Z','会计');
INSERT INTO member_state VALUES(2,24305,'active',600000,'2026-03-01T09:00:00Z','会计');
INSERT INTO member_state VALUES(3,24305,'active',500000,'2026-03-01T09:00:00Z','会计');
CREATE TABLE member_change(
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id),
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    effective TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL
) STRICT;
INSERT INTO member_change VALUES(1,1,'wage_base','8000.00','9000.00','2026-02','members-raise.csv','2026-03-01T09:00:00Z','会计');
CREATE TABLE unit_headcount(
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    from_ordinal INTEGER NOT NULL,
    source TEXT NOT NULL CHECK(source IN ('declared', 'payroll')),
    employees INTEGER NOT NULL CHECK(employees >= 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    PRIMARY KEY(org_id, from_ordinal, source)
) STRICT, WITHOUT ROWID;
CREATE TABLE dues_assessment(
    member_id INTEGER NOT NULL REFERENCES member(id),
    ordinal INTEGER NOT NULL,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    base_fen INTEGER NOT NULL CHECK(base_fen >= 0),
    amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
    exempt INTEGER NOT NULL CHECK(exempt IN (0, 1)),
    assessed_at TEXT NOT NULL,
    assessed_by TEXT NOT NULL,
    PRIMARY KEY(member_id, ordinal),
    CHECK(exempt = 0 OR amount_fen = 0)
) STRICT, WITHOUT ROWID;
INSERT INTO dues_assessment VALUES(1,24312,1,800000,4000,0,'2026-03-01T09:00:00Z','会计');
INSERT INTO dues_assessment VALUES(1,24313,1,900000,4500,0,'2026-03-01T09:00:00Z','会计');
INSERT INTO dues_assessment VALUES(2,24312,1,600000,3000,0,'2026-03-01T09:00:00Z','会计');
INSERT INTO dues_assessment VALUES(2,24313,1,600000,3000,0,'2026-03-01T09:00:00Z','会计');
INSERT INTO dues_assessment VALUES(3,24312,1,500000,2500,0,'2026-03-01T09:00:00Z','会计');
INSERT INTO dues_assessment VALUES(3,24313,1,500000,2500,0,'2026-03-01T09:00:00Z','会计');
CREATE TABLE dues_payment(
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
    paid_on TEXT NOT NULL CHECK(paid_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    method TEXT NOT NULL CHECK(method IN ('payroll', 'bank', 'cash')),
    voucher_id INTEGER NOT NULL REFERENCES voucher(id),
    FOREIGN KEY(member_id, ordinal) REFERENCES dues_assessment(member_id, ordinal)
) STRICT;
INSERT INTO dues_payment VALUES(1,1,24312,4000,'2026-01-31','payroll',1);
INSERT INTO dues_payment VALUES(2,2,24312,3000,'2026-01-31','payroll',1);
INSERT INTO dues_payment VALUES(3,3,24312,2500,'2026-01-31','payroll',1);
CREATE TABLE register_import(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK(kind IN ('unit','payroll','remittance')),
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL CHECK(length(file_sha256) = 64),
    row_count INTEGER NOT NULL CHECK(row_count >= 0),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE(kind, file_sha256)
) STRICT;
CREATE TABLE payroll_declaration(
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES organisation(id),
    month INTEGER NOT NULL CHECK(month > 0),
    revision INTEGER NOT NULL CHECK(revision >= 1),
    headcount INTEGER NOT NULL CHECK(headcount >= 0),
    wage_total_fen INTEGER NOT NULL CHECK(wage_total_fen >= 0),
    channel TEXT NOT NULL CHECK(channel IN ('self','tax-40','tax-full','fiscal','prep')),
    import_id INTEGER NOT NULL REFERENCES register_import(id),
    line INTEGER NOT NULL,
    UNIQUE(unit_id, month, revision)
) STRICT;
CREATE TABLE allocation_run(
    id INTEGER PRIMARY KEY,
    month INTEGER NOT NULL,
    run_at TEXT NOT NULL,
    run_by TEXT NOT NULL
) STRICT;
CREATE TABLE allocation(
    declaration_id INTEGER PRIMARY KEY REFERENCES payroll_declaration(id),
    unit_id INTEGER NOT NULL,
    month INTEGER NOT NULL,
    channel TEXT NOT NULL CHECK(channel IN ('self','tax-40','tax-full','fiscal','prep')),
    due_date TEXT NOT NULL CHECK(length(due_date) = 10),
    collector_id INTEGER,
    due_fen INTEGER NOT NULL,
    retained_fen INTEGER NOT NULL,
    upward_fen INTEGER NOT NULL,
    collector_fen INTEGER NOT NULL,
    above_fen INTEGER NOT NULL,
    receivable_fen INTEGER NOT NULL,
    run_id INTEGER NOT NULL REFERENCES allocation_run(id),
    CHECK(retained_fen + upward_fen = due_fen),
    CHECK(collector_fen + above_fen = upward_fen)
) STRICT;
CREATE TABLE remittance(
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES organisation(id),
    date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
    month INTEGER,
    payer TEXT NOT NULL CHECK(payer IN ('unit','tax','fiscal')),
    ref TEXT NOT NULL DEFAULT '',
    -- the retained share passed down to the unit with this receipt (tax-full, fiscal)
    returned_fen INTEGER NOT NULL DEFAULT 0 CHECK(returned_fen >= 0),
    source TEXT NOT NULL DEFAULT '',
    import_id INTEGER REFERENCES register_import(id),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE TABLE arrears_status(
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES organisation(id),
    status TEXT NOT NULL CHECK(status IN ('none','notice','payment-order','enforced')),
    date TEXT NOT NULL,
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS "voucher"(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ordinal INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    summary TEXT NOT NULL CHECK(length(summary) > 0),
    -- Written out rather than `IN (…)`: SQLite evaluates an IN list of three or more values
    -- through a temporary b-tree built for every row, which cost a bulk import about 8%.
    kind TEXT NOT NULL CHECK(kind = 'normal' OR kind = 'reversal' OR kind = 'closing' OR kind = 'opening'),
    reverses_id INTEGER REFERENCES voucher(id),
    total_fen INTEGER NOT NULL,
    prepared_by TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    external_ref TEXT NOT NULL DEFAULT '',
    import_id INTEGER REFERENCES import_log(id),
    hash BLOB NOT NULL CHECK(length(hash) = 32),
    attachments INTEGER NOT NULL DEFAULT 0 CHECK(attachments >= 0),
    fund TEXT NOT NULL DEFAULT '' CHECK(length(fund) <= 64),
    -- 1: hashed before attachments and approvals; 2: with them; 3: with posting dimensions.
    chain_version INTEGER NOT NULL DEFAULT 1 CHECK(chain_version BETWEEN 1 AND 3),
    UNIQUE(org_id, ordinal, number),
    CHECK((kind = 'reversal') = (reverses_id IS NOT NULL))
) STRICT;
INSERT INTO voucher VALUES(1,1,'2026-01-31',24312,1,'收取 2026-01 会费（工资代扣，3 人次）','normal',NULL,9500,'会计','2026-03-01T09:00:00Z','dues collect 2026-01','',NULL,X'488262658bc13324d764619791906062f4f4855224e3116b458cc98333f66388',0,'',3);
CREATE TABLE budget_version(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    year INTEGER NOT NULL CHECK(year BETWEEN 1900 AND 9999),
    number INTEGER NOT NULL CHECK(number >= 0),          -- 0 年初预算, n 第 n 次调整
    reason TEXT NOT NULL DEFAULT '' CHECK(number = 0 OR length(reason) > 0),
    carried_forward_fen INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK(status IN ('draft','approved')),
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE(org_id, year, number)
) STRICT;
CREATE TABLE budget_line(
    version_id INTEGER NOT NULL REFERENCES budget_version(id),
    line INTEGER NOT NULL CHECK(line > 0),
    account TEXT NOT NULL CHECK(length(account) BETWEEN 3 AND 11 AND account NOT GLOB '*[^0-9]*'),
    category TEXT NOT NULL CHECK(category IN ('revenue','basic','project')),
    project TEXT NOT NULL DEFAULT '' CHECK((category = 'project') = (length(project) > 0)),
    amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(version_id, line),
    UNIQUE(version_id, account, project)
) STRICT, WITHOUT ROWID;
CREATE TABLE final_accounts(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    year INTEGER NOT NULL CHECK(year BETWEEN 1900 AND 9999),
    revision INTEGER NOT NULL CHECK(revision > 0),
    budget_number INTEGER NOT NULL CHECK(budget_number >= 0),
    revenue_fen INTEGER NOT NULL,
    spending_fen INTEGER NOT NULL,
    closing_fen INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK(status IN ('draft','approved')),
    prepared_at TEXT NOT NULL,
    prepared_by TEXT NOT NULL,
    UNIQUE(org_id, year, revision)
) STRICT;
CREATE TABLE final_accounts_line(
    final_id INTEGER NOT NULL REFERENCES final_accounts(id),
    line INTEGER NOT NULL CHECK(line > 0),
    account TEXT NOT NULL CHECK(length(account) BETWEEN 3 AND 11 AND account NOT GLOB '*[^0-9]*'),
    category TEXT NOT NULL CHECK(category IN ('revenue','basic','project')),
    project TEXT NOT NULL DEFAULT '',
    budget_fen INTEGER CHECK(budget_fen IS NULL OR budget_fen >= 0),
    actual_fen INTEGER NOT NULL,
    PRIMARY KEY(final_id, line)
) STRICT, WITHOUT ROWID;
CREATE TABLE budget_approval(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    year INTEGER NOT NULL,
    subject TEXT NOT NULL CHECK(subject IN ('budget','final')),
    number INTEGER NOT NULL,
    step TEXT NOT NULL CHECK(step IN ('review_committee','committee','higher_union')),
    decided_on TEXT NOT NULL CHECK(decided_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    signer TEXT NOT NULL CHECK(length(signer) > 0),
    meeting TEXT NOT NULL CHECK(length(meeting) > 0),
    opinion TEXT NOT NULL DEFAULT '',
    mode TEXT CHECK(mode IS NULL OR mode IN ('filing','approval')),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE(org_id, year, subject, number, step)
) STRICT;
CREATE TABLE audit_run(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    kind TEXT NOT NULL CHECK(kind IN ('check','review','departure')),
    from_ordinal INTEGER NOT NULL,
    to_ordinal INTEGER NOT NULL CHECK(to_ordinal >= from_ordinal),
    tenure_id INTEGER REFERENCES tenure(id),
    run_at TEXT NOT NULL,
    run_by TEXT NOT NULL,
    CHECK((kind = 'departure') = (tenure_id IS NOT NULL))
) STRICT;
CREATE TABLE audit_finding(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    fingerprint TEXT NOT NULL CHECK(length(fingerprint) > 0),
    check_id TEXT NOT NULL CHECK(length(check_id) > 0),
    severity TEXT NOT NULL CHECK(severity IN ('info','warning','violation')),
    amount_fen INTEGER,
    vouchers TEXT NOT NULL DEFAULT '' CHECK(vouchers NOT GLOB '*[^0-9,]*'),
    organisations TEXT NOT NULL DEFAULT '',
    from_ordinal INTEGER,
    to_ordinal INTEGER,
    explanation_zh TEXT NOT NULL,
    explanation_en TEXT NOT NULL,
    responsibility TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open','rectificationNoted','closed')),
    first_run_id INTEGER NOT NULL REFERENCES audit_run(id),
    last_run_id INTEGER NOT NULL REFERENCES audit_run(id),
    CHECK((from_ordinal IS NULL) = (to_ordinal IS NULL)),
    UNIQUE(org_id, fingerprint)
) STRICT;
CREATE TABLE audit_finding_event(
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES audit_finding(id),
    status TEXT NOT NULL CHECK(status IN ('open','rectificationNoted','closed')),
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    by TEXT NOT NULL
) STRICT;
CREATE TABLE audit_comment(
    id INTEGER PRIMARY KEY,
    tenure_id INTEGER NOT NULL REFERENCES tenure(id),
    received TEXT NOT NULL CHECK(received GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    comment TEXT NOT NULL CHECK(length(comment) > 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS "preparatory_refund"(
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES organisation(id),
    date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
    -- the receipt whose money this refund returns; NULL for the refund on formation (or by hand)
    receipt_id INTEGER UNIQUE REFERENCES remittance(id),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE TABLE import_content(
    id INTEGER PRIMARY KEY,
    org_id INTEGER REFERENCES organisation(id),
    kind TEXT NOT NULL CHECK(length(kind) > 0),
    content_sha256 TEXT NOT NULL CHECK(length(content_sha256) = 64),
    file_name TEXT NOT NULL,
    row_count INTEGER NOT NULL CHECK(row_count >= 0),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
) STRICT;
CREATE TABLE change(
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    image TEXT
) STRICT;
INSERT INTO change VALUES(1,'organisation','[1]','[1,"GH101","示例机械制造有限公司工会","enterprise",24312,"2026-03-01T09:00:00Z","会计",null,"","","self"]');
INSERT INTO change VALUES(2,'account','[1]','[1,1,"101","库存现金","Cash on hand","asset",null,1,1,"会计","cash"]');
INSERT INTO change VALUES(3,'account','[2]','[2,1,"102","银行存款","Bank deposits","asset",null,1,1,"会计","bank"]');
INSERT INTO change VALUES(4,'account','[3]','[3,1,"131","应收上级经费","Receivable from higher unions","asset",null,1,1,"会计","receivableFromHigher"]');
INSERT INTO change VALUES(5,'account','[3]','[3,1,"131","应收上级经费","Receivable from higher unions","asset",null,0,1,"会计","receivableFromHigher"]');
INSERT INTO change VALUES(6,'account','[4]','[4,1,"13101","应收上级补助","Grants receivable from higher unions","asset",3,1,1,"会计","receivableGrantFromHigher"]');
INSERT INTO change VALUES(7,'account','[3]','[3,1,"131","应收上级经费","Receivable from higher unions","asset",null,0,1,"会计","receivableFromHigher"]');
INSERT INTO change VALUES(8,'account','[5]','[5,1,"13102","应收上级转拨经费","Transferred allocations receivable from higher unions","asset",3,1,1,"会计","receivableTransferFromHigher"]');
INSERT INTO change VALUES(9,'account','[6]','[6,1,"135","其他应收款","Other receivables","asset",null,1,1,"会计","otherReceivable"]');
INSERT INTO change VALUES(10,'account','[7]','[7,1,"141","库存物品","Inventory","asset",null,1,1,"会计","inventory"]');
INSERT INTO change VALUES(11,'account','[8]','[8,1,"162","固定资产","Fixed assets","asset",null,1,1,"会计","fixedAssets"]');
INSERT INTO change VALUES(12,'account','[9]','[9,1,"163","累计折旧","Accumulated depreciation","asset",null,1,1,"会计","accumulatedDepreciation"]');
INSERT INTO change VALUES(13,'account','[10]','[10,1,"182","待处理财产损溢","Assets pending disposal","asset",null,1,1,"会计","pendingDisposal"]');
INSERT INTO change VALUES(14,'account','[11]','[11,1,"211","应付上级经费","Payable to higher unions","liability",null,1,1,"会计","payableToHigher"]');
INSERT INTO change VALUES(15,'account','[12]','[12,1,"215","其他应付款","Other payables","liability",null,1,1,"会计","otherPayable"]');
INSERT INTO change VALUES(16,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,1,1,"会计","assetFund"]');
INSERT INTO change VALUES(17,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"会计","assetFund"]');
INSERT INTO change VALUES(18,'account','[14]','[14,1,"30101","库存物品","Asset fund: inventory","netAssets",13,1,1,"会计","assetFundInventory"]');
INSERT INTO change VALUES(19,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"会计","assetFund"]');
INSERT INTO change VALUES(20,'account','[15]','[15,1,"30102","投资","Asset fund: investments","netAssets",13,1,1,"会计","assetFundInvestment"]');
INSERT INTO change VALUES(21,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"会计","assetFund"]');
INSERT INTO change VALUES(22,'account','[16]','[16,1,"30103","在建工程","Asset fund: construction in progress","netAssets",13,1,1,"会计","assetFundConstruction"]');
INSERT INTO change VALUES(23,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"会计","assetFund"]');
INSERT INTO change VALUES(24,'account','[17]','[17,1,"30104","固定资产","Asset fund: fixed assets","netAssets",13,1,1,"会计","assetFundFixedAssets"]');
INSERT INTO change VALUES(25,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"会计","assetFund"]');
INSERT INTO change VALUES(26,'account','[18]','[18,1,"30105","无形资产","Asset fund: intangible assets","netAssets",13,1,1,"会计","assetFundIntangible"]');
INSERT INTO change VALUES(27,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"会计","assetFund"]');
INSERT INTO change VALUES(28,'account','[19]','[19,1,"30106","长期待摊费用","Asset fund: long-term deferred expenses","netAssets",13,1,1,"会计","assetFundLongTermPrepaid"]');
INSERT INTO change VALUES(29,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,1,1,"会计","restrictedCarryForward"]');
INSERT INTO change VALUES(30,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"会计","restrictedCarryForward"]');
INSERT INTO change VALUES(31,'account','[21]','[21,1,"32101","年初余额调整","Carried forward: prior-year adjustments","netAssets",20,1,1,"会计","restrictedOpeningAdjustment"]');
INSERT INTO change VALUES(32,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"会计","restrictedCarryForward"]');
INSERT INTO change VALUES(33,'account','[22]','[22,1,"32102","单位内部调剂","Carried forward: internal reallocation","netAssets",20,1,1,"会计","restrictedInternalTransfer"]');
INSERT INTO change VALUES(34,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"会计","restrictedCarryForward"]');
INSERT INTO change VALUES(35,'account','[23]','[23,1,"32103","本年收支结转","Carried forward: current-year result","netAssets",20,1,1,"会计","restrictedCurrentYear"]');
INSERT INTO change VALUES(36,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"会计","restrictedCarryForward"]');
INSERT INTO change VALUES(37,'account','[24]','[24,1,"32104","累计结转","Carried forward: accumulated","netAssets",20,1,1,"会计","restrictedAccumulated"]');
INSERT INTO change VALUES(38,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,1,1,"会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(39,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(40,'account','[26]','[26,1,"32201","年初余额调整","Surplus: prior-year adjustments","netAssets",25,1,1,"会计","unrestrictedOpeningAdjustment"]');
INSERT INTO change VALUES(41,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(42,'account','[27]','[27,1,"32202","单位内部调剂","Surplus: internal reallocation","netAssets",25,1,1,"会计","unrestrictedInternalTransfer"]');
INSERT INTO change VALUES(43,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(44,'account','[28]','[28,1,"32203","本年收支结转","Surplus: current-year result","netAssets",25,1,1,"会计","unrestrictedCurrentYear"]');
INSERT INTO change VALUES(45,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(46,'account','[29]','[29,1,"32204","结转转入","Surplus: transferred in from carry-forward","netAssets",25,1,1,"会计","unrestrictedTransferredIn"]');
INSERT INTO change VALUES(47,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(48,'account','[30]','[30,1,"32205","累计结余","Surplus: accumulated","netAssets",25,1,1,"会计","unrestrictedAccumulated"]');
INSERT INTO change VALUES(49,'account','[31]','[31,1,"401","会费收入","Membership dues","revenue",null,1,1,"会计","duesRevenue"]');
INSERT INTO change VALUES(50,'account','[32]','[32,1,"402","拨缴经费收入","Allocated union funds income","revenue",null,1,1,"会计","allocationRevenue"]');
INSERT INTO change VALUES(51,'account','[33]','[33,1,"403","上级补助收入","Grants from higher unions","revenue",null,1,1,"会计","higherGrantRevenue"]');
INSERT INTO change VALUES(52,'account','[33]','[33,1,"403","上级补助收入","Grants from higher unions","revenue",null,0,1,"会计","higherGrantRevenue"]');
INSERT INTO change VALUES(53,'account','[34]','[34,1,"40301","一般性转移支付补助","General transfer grants","revenue",33,1,1,"会计",""]');
INSERT INTO change VALUES(54,'account','[33]','[33,1,"403","上级补助收入","Grants from higher unions","revenue",null,0,1,"会计","higherGrantRevenue"]');
INSERT INTO change VALUES(55,'account','[35]','[35,1,"40302","专项转移支付补助","Earmarked transfer grants","revenue",33,1,1,"会计",""]');
INSERT INTO change VALUES(56,'account','[36]','[36,1,"405","行政补助收入","Grants from the employer","revenue",null,1,1,"会计","administrativeGrantRevenue"]');
INSERT INTO change VALUES(57,'account','[37]','[37,1,"408","其他收入","Other income","revenue",null,1,1,"会计","otherRevenue"]');
INSERT INTO change VALUES(58,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,1,1,"会计","staffActivities"]');
INSERT INTO change VALUES(59,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"会计","staffActivities"]');
INSERT INTO change VALUES(60,'account','[39]','[39,1,"50101","职工教育支出","Employee education","expenditure",38,1,1,"会计",""]');
INSERT INTO change VALUES(61,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"会计","staffActivities"]');
INSERT INTO change VALUES(62,'account','[40]','[40,1,"50102","文体活动支出","Cultural and sports activities","expenditure",38,1,1,"会计",""]');
INSERT INTO change VALUES(63,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"会计","staffActivities"]');
INSERT INTO change VALUES(64,'account','[41]','[41,1,"50103","宣传活动支出","Publicity activities","expenditure",38,1,1,"会计",""]');
INSERT INTO change VALUES(65,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"会计","staffActivities"]');
INSERT INTO change VALUES(66,'account','[42]','[42,1,"50104","劳模职工疗休养支出","Model-worker and staff recuperation","expenditure",38,1,1,"会计",""]');
INSERT INTO change VALUES(67,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"会计","staffActivities"]');
INSERT INTO change VALUES(68,'account','[43]','[43,1,"50105","会员活动支出","Member activities","expenditure",38,1,1,"会计",""]');
INSERT INTO change VALUES(69,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"会计","staffActivities"]');
INSERT INTO change VALUES(70,'account','[44]','[44,1,"50106","其他活动支出","Other activities","expenditure",38,1,1,"会计",""]');
INSERT INTO change VALUES(71,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,1,1,"会计","staffServices"]');
INSERT INTO change VALUES(72,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"会计","staffServices"]');
INSERT INTO change VALUES(73,'account','[46]','[46,1,"50301","劳动和技能竞赛活动支出","Labour and skills competitions","expenditure",45,1,1,"会计",""]');
INSERT INTO change VALUES(74,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"会计","staffServices"]');
INSERT INTO change VALUES(75,'account','[47]','[47,1,"50302","建家活动支出","Workers-home building activities","expenditure",45,1,1,"会计",""]');
INSERT INTO change VALUES(76,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"会计","staffServices"]');
INSERT INTO change VALUES(77,'account','[48]','[48,1,"50303","职工创新活动支出","Employee innovation activities","expenditure",45,1,1,"会计",""]');
INSERT INTO change VALUES(78,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"会计","staffServices"]');
INSERT INTO change VALUES(79,'account','[49]','[49,1,"50304","职工书屋活动支出","Workers'' libraries","expenditure",45,1,1,"会计",""]');
INSERT INTO change VALUES(80,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"会计","staffServices"]');
INSERT INTO change VALUES(81,'account','[50]','[50,1,"50305","其他服务支出","Other services","expenditure",45,1,1,"会计",""]');
INSERT INTO change VALUES(82,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,1,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(83,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(84,'account','[52]','[52,1,"50401","劳动关系协调支出","Labour relations coordination","expenditure",51,1,1,"会计",""]');
INSERT INTO change VALUES(85,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(86,'account','[53]','[53,1,"50402","劳动保护支出","Labour protection","expenditure",51,1,1,"会计",""]');
INSERT INTO change VALUES(87,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(88,'account','[54]','[54,1,"50403","法律援助支出","Legal aid","expenditure",51,1,1,"会计",""]');
INSERT INTO change VALUES(89,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(90,'account','[55]','[55,1,"50404","困难职工帮扶支出","Support for workers in hardship","expenditure",51,1,1,"会计",""]');
INSERT INTO change VALUES(91,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(92,'account','[56]','[56,1,"50405","送温暖支出","Warmth campaign","expenditure",51,1,1,"会计",""]');
INSERT INTO change VALUES(93,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"会计","rightsProtection"]');
INSERT INTO change VALUES(94,'account','[57]','[57,1,"50406","其他维权支出","Other rights protection","expenditure",51,1,1,"会计",""]');
INSERT INTO change VALUES(95,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,1,1,"会计","operations"]');
INSERT INTO change VALUES(96,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"会计","operations"]');
INSERT INTO change VALUES(97,'account','[59]','[59,1,"50501","培训支出","Training","expenditure",58,1,1,"会计",""]');
INSERT INTO change VALUES(98,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"会计","operations"]');
INSERT INTO change VALUES(99,'account','[60]','[60,1,"50502","会议支出","Meetings","expenditure",58,1,1,"会计",""]');
INSERT INTO change VALUES(100,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"会计","operations"]');
INSERT INTO change VALUES(101,'account','[61]','[61,1,"50503","专项业务支出","Special operations","expenditure",58,1,1,"会计",""]');
INSERT INTO change VALUES(102,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"会计","operations"]');
INSERT INTO change VALUES(103,'account','[62]','[62,1,"50504","其他业务支出","Other operations","expenditure",58,1,1,"会计",""]');
INSERT INTO change VALUES(104,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,1,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(105,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(106,'account','[64]','[64,1,"50701","房屋建筑物购建","Buildings","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(107,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(108,'account','[65]','[65,1,"50702","办公设备购置","Office equipment","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(109,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(110,'account','[66]','[66,1,"50703","专用设备购置","Special equipment","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(111,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(112,'account','[67]','[67,1,"50704","交通工具购置","Vehicles","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(113,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(114,'account','[68]','[68,1,"50705","大型修缮","Major repairs","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(115,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(116,'account','[69]','[69,1,"50706","信息网络购建","Information networks","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(117,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"会计","capitalExpenditure"]');
INSERT INTO change VALUES(118,'account','[70]','[70,1,"50707","其他资本性支出","Other capital expenditure","expenditure",63,1,1,"会计",""]');
INSERT INTO change VALUES(119,'account','[71]','[71,1,"510","其他支出","Other expenditure","expenditure",null,1,1,"会计","otherExpenditure"]');
INSERT INTO change VALUES(120,'event','[1]','[1,1,"2026-03-01T09:00:00Z","会计","init","GH101 示例机械制造有限公司工会, 71 accounts"]');
INSERT INTO change VALUES(121,'member_id_key','[1]','[1,"file","xplkFCoDikmonDklmpmAhliBgmkEpDDihioEjhFoCApmBBCjpoEgmApkDniChADmo","xlhEglkpjhjnBEmADnEhFhkkmjEDpmnEEpACBjkApgEBEDDEAlonCimEEiDDDlllB","2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(122,'member','[1]','[1,"GH101-0001","张三","xFFkCpEmBophlCBDAAjjlAhpCEDiBmFnEApomkDnEkkhnpBEgBFokpjDjDglnCCAC","110105********0016",0,1,"办公室","2025-06-01","contract","2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(123,'member_state','[1,24305]','[1,24305,"active",800000,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(124,'member','[2]','[2,"GH101-0002","李四","xEBihmgljkilCFhnkmgEmAkEpCDholECBClAiBhEnknFCBhipkgFkpBFkpklnEgDC","110105********0028",0,1,"办公室","2025-06-01","contract","2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(125,'member_state','[2,24305]','[2,24305,"active",600000,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(126,'member','[3]','[3,"GH101-0003","王五","xBoCFAEkhloBoEAFiEjjFgnDjnhAgkpiEjnhEmFCmiilgDEpoDkkkDjlElAnBgEAj","110105********0031",0,1,"办公室","2025-06-01","dispatched","2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(127,'member_state','[3,24305]','[3,24305,"active",500000,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(128,'event','[2]','[2,null,"2026-03-01T09:00:00Z","会计","member.import","members.csv: 3 added, 0 updated"]');
INSERT INTO change VALUES(129,'dues_assessment','[1,24312]','[1,24312,1,800000,4000,0,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(130,'dues_assessment','[2,24312]','[2,24312,1,600000,3000,0,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(131,'dues_assessment','[3,24312]','[3,24312,1,500000,2500,0,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(132,'event','[3]','[3,1,"2026-03-01T09:00:00Z","会计","dues.assess","2026-01: 3 assessed, 0 reassessed, total 95.00"]');
INSERT INTO change VALUES(133,'dues_payment','[1]','[1,1,24312,4000,"2026-01-31","payroll",1]');
INSERT INTO change VALUES(134,'dues_payment','[2]','[2,2,24312,3000,"2026-01-31","payroll",1]');
INSERT INTO change VALUES(135,'dues_payment','[3]','[3,3,24312,2500,"2026-01-31","payroll",1]');
INSERT INTO change VALUES(136,'period','[1,24312]','[1,24312,1,null,null]');
INSERT INTO change VALUES(137,'member','[1]','[1,"GH101-0001","张三","xFFkCpEmBophlCBDAAjjlAhpCEDiBmFnEApomkDnEkkhnpBEgBFokpjDjDglnCCAC","110105********0016",0,1,"办公室","2025-06-01","contract","2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(138,'member_state','[1,24313]','[1,24313,"active",900000,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(139,'member_change','[1]','[1,1,"wage_base","8000.00","9000.00","2026-02","members-raise.csv","2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(140,'event','[4]','[4,null,"2026-03-01T09:00:00Z","会计","member.import","members-raise.csv: 0 added, 1 updated"]');
INSERT INTO change VALUES(141,'dues_assessment','[1,24313]','[1,24313,1,900000,4500,0,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(142,'dues_assessment','[2,24313]','[2,24313,1,600000,3000,0,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(143,'dues_assessment','[3,24313]','[3,24313,1,500000,2500,0,"2026-03-01T09:00:00Z","会计"]');
INSERT INTO change VALUES(144,'event','[5]','[5,1,"2026-03-01T09:00:00Z","会计","dues.assess","2026-02: 3 assessed, 0 reassessed, total 100.00"]');
CREATE TABLE change_commit(
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK(kind IN ('baseline', 'write', 'schema')),
    at TEXT NOT NULL,
    last_change_seq INTEGER NOT NULL,
    voucher_count INTEGER NOT NULL,
    voucher_hash BLOB NOT NULL CHECK(length(voucher_hash) = 32),
    hash BLOB NOT NULL CHECK(length(hash) = 32)
) STRICT;
INSERT INTO change_commit VALUES(1,'baseline','2026-03-01T09:00:00Z',0,0,X'0000000000000000000000000000000000000000000000000000000000000000',X'43c5a82507ac3296f608d4d3c2bac34ce373c3749ad86bed4cfbe47984c9de4c');
INSERT INTO change_commit VALUES(2,'write','2026-03-01T09:00:00Z',120,0,X'0000000000000000000000000000000000000000000000000000000000000000',X'8b2c99848feaa137a320ea0b2914059e608f4fbf0472fa135ee84f08c6bf43c0');
INSERT INTO change_commit VALUES(3,'write','2026-03-01T09:00:00Z',128,0,X'0000000000000000000000000000000000000000000000000000000000000000',X'f0d6a3b324fbd31a83989d899d18d6405d2a70a76243295c43d66d59fccaa371');
INSERT INTO change_commit VALUES(4,'write','2026-03-01T09:00:00Z',132,0,X'0000000000000000000000000000000000000000000000000000000000000000',X'9cf0d2ca63df40f7bb0eaa909ca9b0a6a66c82a3492d241bf3b560d42e911c27');
INSERT INTO change_commit VALUES(5,'write','2026-03-01T09:00:00Z',136,1,X'488262658bc13324d764619791906062f4f4855224e3116b458cc98333f66388',X'deff718e2d991a9bfef15a0ac3f000a02b1428fd4f303da619b1df3b4e6037fb');
INSERT INTO change_commit VALUES(6,'write','2026-03-01T09:00:00Z',140,1,X'488262658bc13324d764619791906062f4f4855224e3116b458cc98333f66388',X'1ab5cb5f177bcef120b86ffa8b40c463f54bbe6b910351a3c69ce85035039974');
INSERT INTO change_commit VALUES(7,'write','2026-03-01T09:00:00Z',144,1,X'488262658bc13324d764619791906062f4f4855224e3116b458cc98333f66388',X'a36b0a34e26d4c30d9c22e56aa09e123776cb0c8c4b9a471df1c547b0ad385ae');
CREATE TABLE change_table(
    name TEXT PRIMARY KEY,
    columns TEXT NOT NULL,
    covered_at_change_seq INTEGER NOT NULL
) STRICT;
INSERT INTO change_table VALUES('account','id:INTEGER:1,org_id:INTEGER:0,code:TEXT:0,name:TEXT:0,name_en:TEXT:0,kind:TEXT:0,parent_id:INTEGER:0,is_leaf:INTEGER:0,is_open:INTEGER:0,created_by:TEXT:0,role:TEXT:0',0);
INSERT INTO change_table VALUES('allocation','declaration_id:INTEGER:1,unit_id:INTEGER:0,month:INTEGER:0,channel:TEXT:0,due_date:TEXT:0,collector_id:INTEGER:0,due_fen:INTEGER:0,retained_fen:INTEGER:0,upward_fen:INTEGER:0,collector_fen:INTEGER:0,above_fen:INTEGER:0,receivable_fen:INTEGER:0,run_id:INTEGER:0',0);
INSERT INTO change_table VALUES('allocation_run','id:INTEGER:1,month:INTEGER:0,run_at:TEXT:0,run_by:TEXT:0',0);
INSERT INTO change_table VALUES('arrears_status','id:INTEGER:1,unit_id:INTEGER:0,status:TEXT:0,date:TEXT:0,set_at:TEXT:0,set_by:TEXT:0',0);
INSERT INTO change_table VALUES('audit_comment','id:INTEGER:1,tenure_id:INTEGER:0,received:TEXT:0,comment:TEXT:0,recorded_at:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('audit_finding','id:INTEGER:1,org_id:INTEGER:0,fingerprint:TEXT:0,check_id:TEXT:0,severity:TEXT:0,amount_fen:INTEGER:0,vouchers:TEXT:0,organisations:TEXT:0,from_ordinal:INTEGER:0,to_ordinal:INTEGER:0,explanation_zh:TEXT:0,explanation_en:TEXT:0,responsibility:TEXT:0,status:TEXT:0,first_run_id:INTEGER:0,last_run_id:INTEGER:0',0);
INSERT INTO change_table VALUES('audit_finding_event','id:INTEGER:1,finding_id:INTEGER:0,status:TEXT:0,note:TEXT:0,at:TEXT:0,by:TEXT:0',0);
INSERT INTO change_table VALUES('audit_run','id:INTEGER:1,org_id:INTEGER:0,kind:TEXT:0,from_ordinal:INTEGER:0,to_ordinal:INTEGER:0,tenure_id:INTEGER:0,run_at:TEXT:0,run_by:TEXT:0',0);
INSERT INTO change_table VALUES('budget_approval','id:INTEGER:1,org_id:INTEGER:0,year:INTEGER:0,subject:TEXT:0,number:INTEGER:0,step:TEXT:0,decided_on:TEXT:0,signer:TEXT:0,meeting:TEXT:0,opinion:TEXT:0,mode:TEXT:0,recorded_at:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('budget_line','version_id:INTEGER:1,line:INTEGER:2,account:TEXT:0,category:TEXT:0,project:TEXT:0,amount_fen:INTEGER:0,note:TEXT:0',0);
INSERT INTO change_table VALUES('budget_version','id:INTEGER:1,org_id:INTEGER:0,year:INTEGER:0,number:INTEGER:0,reason:TEXT:0,carried_forward_fen:INTEGER:0,status:TEXT:0,source:TEXT:0,created_at:TEXT:0,created_by:TEXT:0',0);
INSERT INTO change_table VALUES('dues_assessment','member_id:INTEGER:1,ordinal:INTEGER:2,org_id:INTEGER:0,base_fen:INTEGER:0,amount_fen:INTEGER:0,exempt:INTEGER:0,assessed_at:TEXT:0,assessed_by:TEXT:0',0);
INSERT INTO change_table VALUES('dues_payment','id:INTEGER:1,member_id:INTEGER:0,ordinal:INTEGER:0,amount_fen:INTEGER:0,paid_on:TEXT:0,method:TEXT:0,voucher_id:INTEGER:0',0);
INSERT INTO change_table VALUES('event','id:INTEGER:1,org_id:INTEGER:0,at:TEXT:0,user:TEXT:0,action:TEXT:0,detail:TEXT:0',0);
INSERT INTO change_table VALUES('final_accounts','id:INTEGER:1,org_id:INTEGER:0,year:INTEGER:0,revision:INTEGER:0,budget_number:INTEGER:0,revenue_fen:INTEGER:0,spending_fen:INTEGER:0,closing_fen:INTEGER:0,status:TEXT:0,prepared_at:TEXT:0,prepared_by:TEXT:0',0);
INSERT INTO change_table VALUES('final_accounts_line','final_id:INTEGER:1,line:INTEGER:2,account:TEXT:0,category:TEXT:0,project:TEXT:0,budget_fen:INTEGER:0,actual_fen:INTEGER:0',0);
INSERT INTO change_table VALUES('import_content','id:INTEGER:1,org_id:INTEGER:0,kind:TEXT:0,content_sha256:TEXT:0,file_name:TEXT:0,row_count:INTEGER:0,imported_at:TEXT:0,imported_by:TEXT:0',0);
INSERT INTO change_table VALUES('import_log','id:INTEGER:1,org_id:INTEGER:0,kind:TEXT:0,file_name:TEXT:0,file_sha256:TEXT:0,row_count:INTEGER:0,voucher_count:INTEGER:0,imported_at:TEXT:0,imported_by:TEXT:0',0);
INSERT INTO change_table VALUES('member','id:INTEGER:1,member_no:TEXT:0,name:TEXT:0,id_hash:BLOB:0,id_masked:TEXT:0,id_legacy:INTEGER:0,unit_id:INTEGER:0,department:TEXT:0,join_date:TEXT:0,employment_type:TEXT:0,created_at:TEXT:0,created_by:TEXT:0',0);
INSERT INTO change_table VALUES('member_change','id:INTEGER:1,member_id:INTEGER:0,field:TEXT:0,old_value:TEXT:0,new_value:TEXT:0,effective:TEXT:0,source:TEXT:0,at:TEXT:0,by:TEXT:0',0);
INSERT INTO change_table VALUES('member_id_key','id:INTEGER:1,source:TEXT:0,secret:BLOB:0,fingerprint:BLOB:0,created_at:TEXT:0,created_by:TEXT:0',0);
INSERT INTO change_table VALUES('member_state','member_id:INTEGER:1,from_ordinal:INTEGER:2,status:TEXT:0,wage_fen:INTEGER:0,recorded_at:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('organisation','id:INTEGER:1,code:TEXT:0,name:TEXT:0,kind:TEXT:0,first_period:INTEGER:0,created_at:TEXT:0,created_by:TEXT:0,parent_id:INTEGER:0,bank_name:TEXT:0,bank_account:TEXT:0,channel:TEXT:0',0);
INSERT INTO change_table VALUES('payroll_declaration','id:INTEGER:1,unit_id:INTEGER:0,month:INTEGER:0,revision:INTEGER:0,headcount:INTEGER:0,wage_total_fen:INTEGER:0,channel:TEXT:0,import_id:INTEGER:0,line:INTEGER:0',0);
INSERT INTO change_table VALUES('period','org_id:INTEGER:1,ordinal:INTEGER:2,last_number:INTEGER:0,closed_at:TEXT:0,closed_by:TEXT:0',0);
INSERT INTO change_table VALUES('policy','id:INTEGER:1,name:TEXT:0,source:TEXT:0,document:BLOB:0,sha256:TEXT:0,set_at:TEXT:0,set_by:TEXT:0',0);
INSERT INTO change_table VALUES('preparatory_refund','id:INTEGER:1,unit_id:INTEGER:0,date:TEXT:0,amount_fen:INTEGER:0,receipt_id:INTEGER:0,recorded_at:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('register_import','id:INTEGER:1,kind:TEXT:0,file_name:TEXT:0,file_sha256:TEXT:0,row_count:INTEGER:0,imported_at:TEXT:0,imported_by:TEXT:0',0);
INSERT INTO change_table VALUES('remittance','id:INTEGER:1,unit_id:INTEGER:0,date:TEXT:0,amount_fen:INTEGER:0,month:INTEGER:0,payer:TEXT:0,ref:TEXT:0,returned_fen:INTEGER:0,source:TEXT:0,import_id:INTEGER:0,recorded_at:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('tenure','id:INTEGER:1,org_id:INTEGER:0,role:TEXT:0,person:TEXT:0,start_date:TEXT:0,end_date:TEXT:0,end_reason:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('unit_headcount','org_id:INTEGER:1,from_ordinal:INTEGER:2,source:TEXT:3,employees:INTEGER:0,recorded_at:TEXT:0,recorded_by:TEXT:0',0);
INSERT INTO change_table VALUES('voucher_draft','id:INTEGER:1,org_id:INTEGER:0,date:TEXT:0,ordinal:INTEGER:0,summary:TEXT:0,attachments:INTEGER:0,fund:TEXT:0,prepared_by:TEXT:0,prepared_at:TEXT:0,reviewed_by:TEXT:0,reviewed_at:TEXT:0,single_operator:INTEGER:0,signoff_by:TEXT:0,signoff_date:TEXT:0,decision_ref:TEXT:0,decision_date:TEXT:0,posted_voucher_id:INTEGER:0',0);
INSERT INTO change_table VALUES('voucher_draft_line','draft_id:INTEGER:1,line:INTEGER:2,account_code:TEXT:0,side:TEXT:0,amount_fen:INTEGER:0,memo:TEXT:0,budget_line:TEXT:0,counterparty:TEXT:0',0);
CREATE TRIGGER posting_is_immutable_update BEFORE UPDATE ON posting
BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;
CREATE TRIGGER posting_is_immutable_delete BEFORE DELETE ON posting
BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;
CREATE INDEX tenure_by_organisation ON tenure(org_id, role, start_date);
CREATE TRIGGER policy_is_history_update BEFORE UPDATE ON policy
BEGIN SELECT RAISE(ABORT, 'policy rows are history and cannot be changed'); END;
CREATE TRIGGER policy_is_history_delete BEFORE DELETE ON policy
BEGIN SELECT RAISE(ABORT, 'policy rows are history and cannot be deleted'); END;
CREATE TRIGGER voucher_approval_is_immutable_update BEFORE UPDATE ON voucher_approval
BEGIN SELECT RAISE(ABORT, 'approvals of posted vouchers are immutable'); END;
CREATE TRIGGER voucher_approval_is_immutable_delete BEFORE DELETE ON voucher_approval
BEGIN SELECT RAISE(ABORT, 'approvals of posted vouchers are immutable'); END;
CREATE INDEX voucher_draft_unposted ON voucher_draft(org_id, ordinal) WHERE posted_voucher_id IS NULL;
CREATE TRIGGER voucher_draft_posted_update BEFORE UPDATE ON voucher_draft WHEN OLD.posted_voucher_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a posted draft cannot be changed'); END;
CREATE TRIGGER voucher_draft_posted_delete BEFORE DELETE ON voucher_draft WHEN OLD.posted_voucher_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a posted draft cannot be deleted'); END;
CREATE INDEX member_by_unit ON member(unit_id);
CREATE INDEX member_by_id_hash ON member(id_hash) WHERE id_hash IS NOT NULL;
CREATE INDEX dues_assessment_by_books ON dues_assessment(org_id, ordinal);
CREATE INDEX dues_payment_by_member ON dues_payment(member_id, ordinal);
CREATE INDEX payroll_declaration_by_month ON payroll_declaration(month, unit_id);
CREATE INDEX allocation_by_unit ON allocation(unit_id, month);
CREATE INDEX remittance_by_unit ON remittance(unit_id, date);
CREATE UNIQUE INDEX remittance_ref_once ON remittance(unit_id, ref) WHERE ref <> '';
CREATE INDEX arrears_status_by_unit ON arrears_status(unit_id, id);
CREATE UNIQUE INDEX account_role ON account(org_id, role) WHERE role <> '';
CREATE INDEX posting_by_budget_line ON posting(budget_line) WHERE budget_line IS NOT NULL;
CREATE INDEX posting_by_counterparty ON posting(counterparty) WHERE counterparty IS NOT NULL;
CREATE UNIQUE INDEX voucher_reversed_once ON voucher(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE TRIGGER voucher_is_immutable_update BEFORE UPDATE ON voucher
BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
CREATE TRIGGER voucher_is_immutable_delete BEFORE DELETE ON voucher
BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
CREATE TRIGGER budget_approval_is_immutable_update BEFORE UPDATE ON budget_approval
BEGIN SELECT RAISE(ABORT, 'approval steps are immutable'); END;
CREATE TRIGGER budget_approval_is_immutable_delete BEFORE DELETE ON budget_approval
BEGIN SELECT RAISE(ABORT, 'approval steps are immutable'); END;
CREATE TRIGGER budget_version_approved_update BEFORE UPDATE ON budget_version
WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'an approved budget version is immutable'); END;
CREATE TRIGGER budget_version_approved_delete BEFORE DELETE ON budget_version
WHEN OLD.status = 'approved' OR EXISTS (SELECT 1 FROM budget_approval a WHERE a.org_id = OLD.org_id AND a.year = OLD.year
                                        AND a.subject = 'budget' AND a.number = OLD.number)
BEGIN SELECT RAISE(ABORT, 'a budget version under approval cannot be deleted'); END;
CREATE TRIGGER budget_line_approved_update BEFORE UPDATE ON budget_line
BEGIN SELECT RAISE(ABORT, 'budget lines are replaced with their draft, never edited'); END;
CREATE TRIGGER budget_line_approved_delete BEFORE DELETE ON budget_line
WHEN (SELECT status FROM budget_version WHERE id = OLD.version_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'an approved budget version is immutable'); END;
CREATE TRIGGER final_accounts_approved_update BEFORE UPDATE ON final_accounts
WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved final accounts are immutable'); END;
CREATE TRIGGER final_accounts_approved_delete BEFORE DELETE ON final_accounts
WHEN OLD.status = 'approved' OR EXISTS (SELECT 1 FROM budget_approval a WHERE a.org_id = OLD.org_id AND a.year = OLD.year
                                        AND a.subject = 'final' AND a.number = OLD.revision)
BEGIN SELECT RAISE(ABORT, 'final accounts under approval cannot be deleted'); END;
CREATE TRIGGER final_accounts_line_update BEFORE UPDATE ON final_accounts_line
BEGIN SELECT RAISE(ABORT, 'final-accounts lines are replaced with their draft, never edited'); END;
CREATE TRIGGER final_accounts_line_approved_delete BEFORE DELETE ON final_accounts_line
WHEN (SELECT status FROM final_accounts WHERE id = OLD.final_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved final accounts are immutable'); END;
CREATE INDEX audit_run_by_organisation ON audit_run(org_id, id);
CREATE INDEX audit_finding_event_by_finding ON audit_finding_event(finding_id, id);
CREATE TRIGGER audit_finding_event_is_immutable_update BEFORE UPDATE ON audit_finding_event
BEGIN SELECT RAISE(ABORT, 'the findings trail is immutable'); END;
CREATE TRIGGER audit_finding_event_is_immutable_delete BEFORE DELETE ON audit_finding_event
BEGIN SELECT RAISE(ABORT, 'the findings trail is immutable'); END;
CREATE INDEX preparatory_refund_by_unit ON preparatory_refund(unit_id, date);
CREATE UNIQUE INDEX import_content_once ON import_content(coalesce(org_id, 0), kind, content_sha256);
CREATE TRIGGER change_is_append_only_update BEFORE UPDATE ON change
BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
CREATE TRIGGER change_is_append_only_delete BEFORE DELETE ON change
BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
CREATE TRIGGER change_commit_is_append_only_update BEFORE UPDATE ON change_commit
BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
CREATE TRIGGER change_commit_is_append_only_delete BEFORE DELETE ON change_commit
BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
CREATE TRIGGER "change_journal_account_insert" AFTER INSERT ON "account" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('account', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."code", NEW."name", NEW."name_en", NEW."kind", NEW."parent_id", NEW."is_leaf", NEW."is_open", NEW."created_by", NEW."role"));
END;
CREATE TRIGGER "change_journal_account_update" AFTER UPDATE ON "account" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'account', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('account', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."code", NEW."name", NEW."name_en", NEW."kind", NEW."parent_id", NEW."is_leaf", NEW."is_open", NEW."created_by", NEW."role"));
END;
CREATE TRIGGER "change_journal_account_delete" AFTER DELETE ON "account" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('account', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_allocation_insert" AFTER INSERT ON "allocation" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('allocation', json_array(NEW."declaration_id"), json_array(NEW."declaration_id", NEW."unit_id", NEW."month", NEW."channel", NEW."due_date", NEW."collector_id", NEW."due_fen", NEW."retained_fen", NEW."upward_fen", NEW."collector_fen", NEW."above_fen", NEW."receivable_fen", NEW."run_id"));
END;
CREATE TRIGGER "change_journal_allocation_update" AFTER UPDATE ON "allocation" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'allocation', json_array(OLD."declaration_id"), NULL
        WHERE json_array(OLD."declaration_id") IS NOT json_array(NEW."declaration_id");
    INSERT INTO change(tbl, key, image) VALUES ('allocation', json_array(NEW."declaration_id"), json_array(NEW."declaration_id", NEW."unit_id", NEW."month", NEW."channel", NEW."due_date", NEW."collector_id", NEW."due_fen", NEW."retained_fen", NEW."upward_fen", NEW."collector_fen", NEW."above_fen", NEW."receivable_fen", NEW."run_id"));
END;
CREATE TRIGGER "change_journal_allocation_delete" AFTER DELETE ON "allocation" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('allocation', json_array(OLD."declaration_id"), NULL);
END;
CREATE TRIGGER "change_journal_allocation_run_insert" AFTER INSERT ON "allocation_run" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('allocation_run', json_array(NEW."id"), json_array(NEW."id", NEW."month", NEW."run_at", NEW."run_by"));
END;
CREATE TRIGGER "change_journal_allocation_run_update" AFTER UPDATE ON "allocation_run" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'allocation_run', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('allocation_run', json_array(NEW."id"), json_array(NEW."id", NEW."month", NEW."run_at", NEW."run_by"));
END;
CREATE TRIGGER "change_journal_allocation_run_delete" AFTER DELETE ON "allocation_run" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('allocation_run', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_arrears_status_insert" AFTER INSERT ON "arrears_status" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('arrears_status', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."status", NEW."date", NEW."set_at", NEW."set_by"));
END;
CREATE TRIGGER "change_journal_arrears_status_update" AFTER UPDATE ON "arrears_status" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'arrears_status', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('arrears_status', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."status", NEW."date", NEW."set_at", NEW."set_by"));
END;
CREATE TRIGGER "change_journal_arrears_status_delete" AFTER DELETE ON "arrears_status" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('arrears_status', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_audit_comment_insert" AFTER INSERT ON "audit_comment" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_comment', json_array(NEW."id"), json_array(NEW."id", NEW."tenure_id", NEW."received", NEW."comment", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_audit_comment_update" AFTER UPDATE ON "audit_comment" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'audit_comment', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('audit_comment', json_array(NEW."id"), json_array(NEW."id", NEW."tenure_id", NEW."received", NEW."comment", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_audit_comment_delete" AFTER DELETE ON "audit_comment" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_comment', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_audit_finding_insert" AFTER INSERT ON "audit_finding" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_finding', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."fingerprint", NEW."check_id", NEW."severity", NEW."amount_fen", NEW."vouchers", NEW."organisations", NEW."from_ordinal", NEW."to_ordinal", NEW."explanation_zh", NEW."explanation_en", NEW."responsibility", NEW."status", NEW."first_run_id", NEW."last_run_id"));
END;
CREATE TRIGGER "change_journal_audit_finding_update" AFTER UPDATE ON "audit_finding" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'audit_finding', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('audit_finding', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."fingerprint", NEW."check_id", NEW."severity", NEW."amount_fen", NEW."vouchers", NEW."organisations", NEW."from_ordinal", NEW."to_ordinal", NEW."explanation_zh", NEW."explanation_en", NEW."responsibility", NEW."status", NEW."first_run_id", NEW."last_run_id"));
END;
CREATE TRIGGER "change_journal_audit_finding_delete" AFTER DELETE ON "audit_finding" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_finding', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_audit_finding_event_insert" AFTER INSERT ON "audit_finding_event" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_finding_event', json_array(NEW."id"), json_array(NEW."id", NEW."finding_id", NEW."status", NEW."note", NEW."at", NEW."by"));
END;
CREATE TRIGGER "change_journal_audit_finding_event_update" AFTER UPDATE ON "audit_finding_event" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'audit_finding_event', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('audit_finding_event', json_array(NEW."id"), json_array(NEW."id", NEW."finding_id", NEW."status", NEW."note", NEW."at", NEW."by"));
END;
CREATE TRIGGER "change_journal_audit_finding_event_delete" AFTER DELETE ON "audit_finding_event" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_finding_event', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_audit_run_insert" AFTER INSERT ON "audit_run" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_run', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."kind", NEW."from_ordinal", NEW."to_ordinal", NEW."tenure_id", NEW."run_at", NEW."run_by"));
END;
CREATE TRIGGER "change_journal_audit_run_update" AFTER UPDATE ON "audit_run" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'audit_run', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('audit_run', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."kind", NEW."from_ordinal", NEW."to_ordinal", NEW."tenure_id", NEW."run_at", NEW."run_by"));
END;
CREATE TRIGGER "change_journal_audit_run_delete" AFTER DELETE ON "audit_run" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('audit_run', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_budget_approval_insert" AFTER INSERT ON "budget_approval" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('budget_approval', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."year", NEW."subject", NEW."number", NEW."step", NEW."decided_on", NEW."signer", NEW."meeting", NEW."opinion", NEW."mode", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_budget_approval_update" AFTER UPDATE ON "budget_approval" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'budget_approval', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('budget_approval', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."year", NEW."subject", NEW."number", NEW."step", NEW."decided_on", NEW."signer", NEW."meeting", NEW."opinion", NEW."mode", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_budget_approval_delete" AFTER DELETE ON "budget_approval" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('budget_approval', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_budget_line_insert" AFTER INSERT ON "budget_line" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('budget_line', json_array(NEW."version_id", NEW."line"), json_array(NEW."version_id", NEW."line", NEW."account", NEW."category", NEW."project", NEW."amount_fen", NEW."note"));
END;
CREATE TRIGGER "change_journal_budget_line_update" AFTER UPDATE ON "budget_line" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'budget_line', json_array(OLD."version_id", OLD."line"), NULL
        WHERE json_array(OLD."version_id", OLD."line") IS NOT json_array(NEW."version_id", NEW."line");
    INSERT INTO change(tbl, key, image) VALUES ('budget_line', json_array(NEW."version_id", NEW."line"), json_array(NEW."version_id", NEW."line", NEW."account", NEW."category", NEW."project", NEW."amount_fen", NEW."note"));
END;
CREATE TRIGGER "change_journal_budget_line_delete" AFTER DELETE ON "budget_line" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('budget_line', json_array(OLD."version_id", OLD."line"), NULL);
END;
CREATE TRIGGER "change_journal_budget_version_insert" AFTER INSERT ON "budget_version" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('budget_version', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."year", NEW."number", NEW."reason", NEW."carried_forward_fen", NEW."status", NEW."source", NEW."created_at", NEW."created_by"));
END;
CREATE TRIGGER "change_journal_budget_version_update" AFTER UPDATE ON "budget_version" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'budget_version', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('budget_version', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."year", NEW."number", NEW."reason", NEW."carried_forward_fen", NEW."status", NEW."source", NEW."created_at", NEW."created_by"));
END;
CREATE TRIGGER "change_journal_budget_version_delete" AFTER DELETE ON "budget_version" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('budget_version', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_dues_assessment_insert" AFTER INSERT ON "dues_assessment" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('dues_assessment', json_array(NEW."member_id", NEW."ordinal"), json_array(NEW."member_id", NEW."ordinal", NEW."org_id", NEW."base_fen", NEW."amount_fen", NEW."exempt", NEW."assessed_at", NEW."assessed_by"));
END;
CREATE TRIGGER "change_journal_dues_assessment_update" AFTER UPDATE ON "dues_assessment" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'dues_assessment', json_array(OLD."member_id", OLD."ordinal"), NULL
        WHERE json_array(OLD."member_id", OLD."ordinal") IS NOT json_array(NEW."member_id", NEW."ordinal");
    INSERT INTO change(tbl, key, image) VALUES ('dues_assessment', json_array(NEW."member_id", NEW."ordinal"), json_array(NEW."member_id", NEW."ordinal", NEW."org_id", NEW."base_fen", NEW."amount_fen", NEW."exempt", NEW."assessed_at", NEW."assessed_by"));
END;
CREATE TRIGGER "change_journal_dues_assessment_delete" AFTER DELETE ON "dues_assessment" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('dues_assessment', json_array(OLD."member_id", OLD."ordinal"), NULL);
END;
CREATE TRIGGER "change_journal_dues_payment_insert" AFTER INSERT ON "dues_payment" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('dues_payment', json_array(NEW."id"), json_array(NEW."id", NEW."member_id", NEW."ordinal", NEW."amount_fen", NEW."paid_on", NEW."method", NEW."voucher_id"));
END;
CREATE TRIGGER "change_journal_dues_payment_update" AFTER UPDATE ON "dues_payment" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'dues_payment', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('dues_payment', json_array(NEW."id"), json_array(NEW."id", NEW."member_id", NEW."ordinal", NEW."amount_fen", NEW."paid_on", NEW."method", NEW."voucher_id"));
END;
CREATE TRIGGER "change_journal_dues_payment_delete" AFTER DELETE ON "dues_payment" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('dues_payment', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_event_insert" AFTER INSERT ON "event" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('event', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."at", NEW."user", NEW."action", NEW."detail"));
END;
CREATE TRIGGER "change_journal_event_update" AFTER UPDATE ON "event" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'event', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('event', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."at", NEW."user", NEW."action", NEW."detail"));
END;
CREATE TRIGGER "change_journal_event_delete" AFTER DELETE ON "event" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('event', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_final_accounts_insert" AFTER INSERT ON "final_accounts" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('final_accounts', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."year", NEW."revision", NEW."budget_number", NEW."revenue_fen", NEW."spending_fen", NEW."closing_fen", NEW."status", NEW."prepared_at", NEW."prepared_by"));
END;
CREATE TRIGGER "change_journal_final_accounts_update" AFTER UPDATE ON "final_accounts" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'final_accounts', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('final_accounts', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."year", NEW."revision", NEW."budget_number", NEW."revenue_fen", NEW."spending_fen", NEW."closing_fen", NEW."status", NEW."prepared_at", NEW."prepared_by"));
END;
CREATE TRIGGER "change_journal_final_accounts_delete" AFTER DELETE ON "final_accounts" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('final_accounts', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_final_accounts_line_insert" AFTER INSERT ON "final_accounts_line" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('final_accounts_line', json_array(NEW."final_id", NEW."line"), json_array(NEW."final_id", NEW."line", NEW."account", NEW."category", NEW."project", NEW."budget_fen", NEW."actual_fen"));
END;
CREATE TRIGGER "change_journal_final_accounts_line_update" AFTER UPDATE ON "final_accounts_line" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'final_accounts_line', json_array(OLD."final_id", OLD."line"), NULL
        WHERE json_array(OLD."final_id", OLD."line") IS NOT json_array(NEW."final_id", NEW."line");
    INSERT INTO change(tbl, key, image) VALUES ('final_accounts_line', json_array(NEW."final_id", NEW."line"), json_array(NEW."final_id", NEW."line", NEW."account", NEW."category", NEW."project", NEW."budget_fen", NEW."actual_fen"));
END;
CREATE TRIGGER "change_journal_final_accounts_line_delete" AFTER DELETE ON "final_accounts_line" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('final_accounts_line', json_array(OLD."final_id", OLD."line"), NULL);
END;
CREATE TRIGGER "change_journal_import_content_insert" AFTER INSERT ON "import_content" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('import_content', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."kind", NEW."content_sha256", NEW."file_name", NEW."row_count", NEW."imported_at", NEW."imported_by"));
END;
CREATE TRIGGER "change_journal_import_content_update" AFTER UPDATE ON "import_content" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'import_content', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('import_content', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."kind", NEW."content_sha256", NEW."file_name", NEW."row_count", NEW."imported_at", NEW."imported_by"));
END;
CREATE TRIGGER "change_journal_import_content_delete" AFTER DELETE ON "import_content" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('import_content', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_import_log_insert" AFTER INSERT ON "import_log" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('import_log', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."kind", NEW."file_name", NEW."file_sha256", NEW."row_count", NEW."voucher_count", NEW."imported_at", NEW."imported_by"));
END;
CREATE TRIGGER "change_journal_import_log_update" AFTER UPDATE ON "import_log" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'import_log', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('import_log', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."kind", NEW."file_name", NEW."file_sha256", NEW."row_count", NEW."voucher_count", NEW."imported_at", NEW."imported_by"));
END;
CREATE TRIGGER "change_journal_import_log_delete" AFTER DELETE ON "import_log" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('import_log', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_member_insert" AFTER INSERT ON "member" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member', json_array(NEW."id"), json_array(NEW."id", NEW."member_no", NEW."name", CASE WHEN typeof(NEW."id_hash") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."id_hash"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."id_hash" END, NEW."id_masked", NEW."id_legacy", NEW."unit_id", NEW."department", NEW."join_date", NEW."employment_type", NEW."created_at", NEW."created_by"));
END;
CREATE TRIGGER "change_journal_member_update" AFTER UPDATE ON "member" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'member', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('member', json_array(NEW."id"), json_array(NEW."id", NEW."member_no", NEW."name", CASE WHEN typeof(NEW."id_hash") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."id_hash"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."id_hash" END, NEW."id_masked", NEW."id_legacy", NEW."unit_id", NEW."department", NEW."join_date", NEW."employment_type", NEW."created_at", NEW."created_by"));
END;
CREATE TRIGGER "change_journal_member_delete" AFTER DELETE ON "member" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_member_change_insert" AFTER INSERT ON "member_change" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member_change', json_array(NEW."id"), json_array(NEW."id", NEW."member_id", NEW."field", NEW."old_value", NEW."new_value", NEW."effective", NEW."source", NEW."at", NEW."by"));
END;
CREATE TRIGGER "change_journal_member_change_update" AFTER UPDATE ON "member_change" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'member_change', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('member_change', json_array(NEW."id"), json_array(NEW."id", NEW."member_id", NEW."field", NEW."old_value", NEW."new_value", NEW."effective", NEW."source", NEW."at", NEW."by"));
END;
CREATE TRIGGER "change_journal_member_change_delete" AFTER DELETE ON "member_change" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member_change', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_member_id_key_insert" AFTER INSERT ON "member_id_key" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member_id_key', json_array(NEW."id"), json_array(NEW."id", NEW."source", CASE WHEN typeof(NEW."secret") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."secret"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."secret" END, CASE WHEN typeof(NEW."fingerprint") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."fingerprint"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."fingerprint" END, NEW."created_at", NEW."created_by"));
END;
CREATE TRIGGER "change_journal_member_id_key_update" AFTER UPDATE ON "member_id_key" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'member_id_key', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('member_id_key', json_array(NEW."id"), json_array(NEW."id", NEW."source", CASE WHEN typeof(NEW."secret") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."secret"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."secret" END, CASE WHEN typeof(NEW."fingerprint") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."fingerprint"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."fingerprint" END, NEW."created_at", NEW."created_by"));
END;
CREATE TRIGGER "change_journal_member_id_key_delete" AFTER DELETE ON "member_id_key" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member_id_key', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_member_state_insert" AFTER INSERT ON "member_state" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member_state', json_array(NEW."member_id", NEW."from_ordinal"), json_array(NEW."member_id", NEW."from_ordinal", NEW."status", NEW."wage_fen", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_member_state_update" AFTER UPDATE ON "member_state" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'member_state', json_array(OLD."member_id", OLD."from_ordinal"), NULL
        WHERE json_array(OLD."member_id", OLD."from_ordinal") IS NOT json_array(NEW."member_id", NEW."from_ordinal");
    INSERT INTO change(tbl, key, image) VALUES ('member_state', json_array(NEW."member_id", NEW."from_ordinal"), json_array(NEW."member_id", NEW."from_ordinal", NEW."status", NEW."wage_fen", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_member_state_delete" AFTER DELETE ON "member_state" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('member_state', json_array(OLD."member_id", OLD."from_ordinal"), NULL);
END;
CREATE TRIGGER "change_journal_organisation_insert" AFTER INSERT ON "organisation" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('organisation', json_array(NEW."id"), json_array(NEW."id", NEW."code", NEW."name", NEW."kind", NEW."first_period", NEW."created_at", NEW."created_by", NEW."parent_id", NEW."bank_name", NEW."bank_account", NEW."channel"));
END;
CREATE TRIGGER "change_journal_organisation_update" AFTER UPDATE ON "organisation" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'organisation', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('organisation', json_array(NEW."id"), json_array(NEW."id", NEW."code", NEW."name", NEW."kind", NEW."first_period", NEW."created_at", NEW."created_by", NEW."parent_id", NEW."bank_name", NEW."bank_account", NEW."channel"));
END;
CREATE TRIGGER "change_journal_organisation_delete" AFTER DELETE ON "organisation" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('organisation', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_payroll_declaration_insert" AFTER INSERT ON "payroll_declaration" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('payroll_declaration', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."month", NEW."revision", NEW."headcount", NEW."wage_total_fen", NEW."channel", NEW."import_id", NEW."line"));
END;
CREATE TRIGGER "change_journal_payroll_declaration_update" AFTER UPDATE ON "payroll_declaration" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'payroll_declaration', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('payroll_declaration', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."month", NEW."revision", NEW."headcount", NEW."wage_total_fen", NEW."channel", NEW."import_id", NEW."line"));
END;
CREATE TRIGGER "change_journal_payroll_declaration_delete" AFTER DELETE ON "payroll_declaration" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('payroll_declaration', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_period_insert" AFTER INSERT ON "period" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('period', json_array(NEW."org_id", NEW."ordinal"), json_array(NEW."org_id", NEW."ordinal", NEW."last_number", NEW."closed_at", NEW."closed_by"));
END;
CREATE TRIGGER "change_journal_period_update" AFTER UPDATE ON "period" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'period', json_array(OLD."org_id", OLD."ordinal"), NULL
        WHERE json_array(OLD."org_id", OLD."ordinal") IS NOT json_array(NEW."org_id", NEW."ordinal");
    INSERT INTO change(tbl, key, image) VALUES ('period', json_array(NEW."org_id", NEW."ordinal"), json_array(NEW."org_id", NEW."ordinal", NEW."last_number", NEW."closed_at", NEW."closed_by"));
END;
CREATE TRIGGER "change_journal_period_delete" AFTER DELETE ON "period" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('period', json_array(OLD."org_id", OLD."ordinal"), NULL);
END;
CREATE TRIGGER "change_journal_policy_insert" AFTER INSERT ON "policy" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('policy', json_array(NEW."id"), json_array(NEW."id", NEW."name", NEW."source", CASE WHEN typeof(NEW."document") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."document"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."document" END, NEW."sha256", NEW."set_at", NEW."set_by"));
END;
CREATE TRIGGER "change_journal_policy_update" AFTER UPDATE ON "policy" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'policy', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('policy', json_array(NEW."id"), json_array(NEW."id", NEW."name", NEW."source", CASE WHEN typeof(NEW."document") = 'blob' THEN 'x' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(hex(NEW."document"), '0', 'g'), '1', 'h'), '2', 'i'), '3', 'j'), '4', 'k'), '5', 'l'), '6', 'm'), '7', 'n'), '8', 'o'), '9', 'p') ELSE NEW."document" END, NEW."sha256", NEW."set_at", NEW."set_by"));
END;
CREATE TRIGGER "change_journal_policy_delete" AFTER DELETE ON "policy" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('policy', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_preparatory_refund_insert" AFTER INSERT ON "preparatory_refund" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('preparatory_refund', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."date", NEW."amount_fen", NEW."receipt_id", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_preparatory_refund_update" AFTER UPDATE ON "preparatory_refund" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'preparatory_refund', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('preparatory_refund', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."date", NEW."amount_fen", NEW."receipt_id", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_preparatory_refund_delete" AFTER DELETE ON "preparatory_refund" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('preparatory_refund', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_register_import_insert" AFTER INSERT ON "register_import" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('register_import', json_array(NEW."id"), json_array(NEW."id", NEW."kind", NEW."file_name", NEW."file_sha256", NEW."row_count", NEW."imported_at", NEW."imported_by"));
END;
CREATE TRIGGER "change_journal_register_import_update" AFTER UPDATE ON "register_import" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'register_import', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('register_import', json_array(NEW."id"), json_array(NEW."id", NEW."kind", NEW."file_name", NEW."file_sha256", NEW."row_count", NEW."imported_at", NEW."imported_by"));
END;
CREATE TRIGGER "change_journal_register_import_delete" AFTER DELETE ON "register_import" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('register_import', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_remittance_insert" AFTER INSERT ON "remittance" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('remittance', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."date", NEW."amount_fen", NEW."month", NEW."payer", NEW."ref", NEW."returned_fen", NEW."source", NEW."import_id", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_remittance_update" AFTER UPDATE ON "remittance" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'remittance', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('remittance', json_array(NEW."id"), json_array(NEW."id", NEW."unit_id", NEW."date", NEW."amount_fen", NEW."month", NEW."payer", NEW."ref", NEW."returned_fen", NEW."source", NEW."import_id", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_remittance_delete" AFTER DELETE ON "remittance" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('remittance', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_tenure_insert" AFTER INSERT ON "tenure" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('tenure', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."role", NEW."person", NEW."start_date", NEW."end_date", NEW."end_reason", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_tenure_update" AFTER UPDATE ON "tenure" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'tenure', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('tenure', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."role", NEW."person", NEW."start_date", NEW."end_date", NEW."end_reason", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_tenure_delete" AFTER DELETE ON "tenure" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('tenure', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_unit_headcount_insert" AFTER INSERT ON "unit_headcount" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('unit_headcount', json_array(NEW."org_id", NEW."from_ordinal", NEW."source"), json_array(NEW."org_id", NEW."from_ordinal", NEW."source", NEW."employees", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_unit_headcount_update" AFTER UPDATE ON "unit_headcount" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'unit_headcount', json_array(OLD."org_id", OLD."from_ordinal", OLD."source"), NULL
        WHERE json_array(OLD."org_id", OLD."from_ordinal", OLD."source") IS NOT json_array(NEW."org_id", NEW."from_ordinal", NEW."source");
    INSERT INTO change(tbl, key, image) VALUES ('unit_headcount', json_array(NEW."org_id", NEW."from_ordinal", NEW."source"), json_array(NEW."org_id", NEW."from_ordinal", NEW."source", NEW."employees", NEW."recorded_at", NEW."recorded_by"));
END;
CREATE TRIGGER "change_journal_unit_headcount_delete" AFTER DELETE ON "unit_headcount" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('unit_headcount', json_array(OLD."org_id", OLD."from_ordinal", OLD."source"), NULL);
END;
CREATE TRIGGER "change_journal_voucher_draft_insert" AFTER INSERT ON "voucher_draft" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('voucher_draft', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."date", NEW."ordinal", NEW."summary", NEW."attachments", NEW."fund", NEW."prepared_by", NEW."prepared_at", NEW."reviewed_by", NEW."reviewed_at", NEW."single_operator", NEW."signoff_by", NEW."signoff_date", NEW."decision_ref", NEW."decision_date", NEW."posted_voucher_id"));
END;
CREATE TRIGGER "change_journal_voucher_draft_update" AFTER UPDATE ON "voucher_draft" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'voucher_draft', json_array(OLD."id"), NULL
        WHERE json_array(OLD."id") IS NOT json_array(NEW."id");
    INSERT INTO change(tbl, key, image) VALUES ('voucher_draft', json_array(NEW."id"), json_array(NEW."id", NEW."org_id", NEW."date", NEW."ordinal", NEW."summary", NEW."attachments", NEW."fund", NEW."prepared_by", NEW."prepared_at", NEW."reviewed_by", NEW."reviewed_at", NEW."single_operator", NEW."signoff_by", NEW."signoff_date", NEW."decision_ref", NEW."decision_date", NEW."posted_voucher_id"));
END;
CREATE TRIGGER "change_journal_voucher_draft_delete" AFTER DELETE ON "voucher_draft" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('voucher_draft', json_array(OLD."id"), NULL);
END;
CREATE TRIGGER "change_journal_voucher_draft_line_insert" AFTER INSERT ON "voucher_draft_line" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('voucher_draft_line', json_array(NEW."draft_id", NEW."line"), json_array(NEW."draft_id", NEW."line", NEW."account_code", NEW."side", NEW."amount_fen", NEW."memo", NEW."budget_line", NEW."counterparty"));
END;
CREATE TRIGGER "change_journal_voucher_draft_line_update" AFTER UPDATE ON "voucher_draft_line" BEGIN
    INSERT INTO change(tbl, key, image) SELECT 'voucher_draft_line', json_array(OLD."draft_id", OLD."line"), NULL
        WHERE json_array(OLD."draft_id", OLD."line") IS NOT json_array(NEW."draft_id", NEW."line");
    INSERT INTO change(tbl, key, image) VALUES ('voucher_draft_line', json_array(NEW."draft_id", NEW."line"), json_array(NEW."draft_id", NEW."line", NEW."account_code", NEW."side", NEW."amount_fen", NEW."memo", NEW."budget_line", NEW."counterparty"));
END;
CREATE TRIGGER "change_journal_voucher_draft_line_delete" AFTER DELETE ON "voucher_draft_line" BEGIN
    INSERT INTO change(tbl, key, image) VALUES ('voucher_draft_line', json_array(OLD."draft_id", OLD."line"), NULL);
END;
COMMIT;
