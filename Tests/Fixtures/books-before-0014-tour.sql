-- Books written by gonghui before migrations 0014/0015 (organisation keys), as `sqlite3 FILE .dump` prints them.
-- Made with the debug build of main at e810f17 (GONGHUI_NOW=2026-11-21T10:00:00Z): `gonghui tour`, its tour.sqlite
-- (vouchers imported, entered/reviewed/posted, drafts, budgets and final accounts, audit findings). DistributionKeyMigrationTests
-- opens it with today's code: it migrates, every row gets its organisation, and it still verifies.
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
INSERT INTO organisation VALUES(1,'GH001','示例科技有限公司工会','enterprise',24312,'2026-11-21T10:00:00Z','示例会计',NULL,'','','self');
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
INSERT INTO account VALUES(1,1,'101','库存现金','Cash on hand','asset',NULL,1,1,'示例会计','cash');
INSERT INTO account VALUES(2,1,'102','银行存款','Bank deposits','asset',NULL,1,1,'示例会计','bank');
INSERT INTO account VALUES(3,1,'131','应收上级经费','Receivable from higher unions','asset',NULL,0,1,'示例会计','receivableFromHigher');
INSERT INTO account VALUES(4,1,'13101','应收上级补助','Grants receivable from higher unions','asset',3,1,1,'示例会计','receivableGrantFromHigher');
INSERT INTO account VALUES(5,1,'13102','应收上级转拨经费','Transferred allocations receivable from higher unions','asset',3,1,1,'示例会计','receivableTransferFromHigher');
INSERT INTO account VALUES(6,1,'135','其他应收款','Other receivables','asset',NULL,1,1,'示例会计','otherReceivable');
INSERT INTO account VALUES(7,1,'141','库存物品','Inventory','asset',NULL,1,1,'示例会计','inventory');
INSERT INTO account VALUES(8,1,'162','固定资产','Fixed assets','asset',NULL,1,1,'示例会计','fixedAssets');
INSERT INTO account VALUES(9,1,'163','累计折旧','Accumulated depreciation','asset',NULL,1,1,'示例会计','accumulatedDepreciation');
INSERT INTO account VALUES(10,1,'182','待处理财产损溢','Assets pending disposal','asset',NULL,1,1,'示例会计','pendingDisposal');
INSERT INTO account VALUES(11,1,'211','应付上级经费','Payable to higher unions','liability',NULL,1,1,'示例会计','payableToHigher');
INSERT INTO account VALUES(12,1,'215','其他应付款','Other payables','liability',NULL,1,1,'示例会计','otherPayable');
INSERT INTO account VALUES(13,1,'301','资产基金','Asset fund','netAssets',NULL,0,1,'示例会计','assetFund');
INSERT INTO account VALUES(14,1,'30101','库存物品','Asset fund: inventory','netAssets',13,1,1,'示例会计','assetFundInventory');
INSERT INTO account VALUES(15,1,'30102','投资','Asset fund: investments','netAssets',13,1,1,'示例会计','assetFundInvestment');
INSERT INTO account VALUES(16,1,'30103','在建工程','Asset fund: construction in progress','netAssets',13,1,1,'示例会计','assetFundConstruction');
INSERT INTO account VALUES(17,1,'30104','固定资产','Asset fund: fixed assets','netAssets',13,1,1,'示例会计','assetFundFixedAssets');
INSERT INTO account VALUES(18,1,'30105','无形资产','Asset fund: intangible assets','netAssets',13,1,1,'示例会计','assetFundIntangible');
INSERT INTO account VALUES(19,1,'30106','长期待摊费用','Asset fund: long-term deferred expenses','netAssets',13,1,1,'示例会计','assetFundLongTermPrepaid');
INSERT INTO account VALUES(20,1,'321','工会资金结转','Union funds carried forward','netAssets',NULL,0,1,'示例会计','restrictedCarryForward');
INSERT INTO account VALUES(21,1,'32101','年初余额调整','Carried forward: prior-year adjustments','netAssets',20,1,1,'示例会计','restrictedOpeningAdjustment');
INSERT INTO account VALUES(22,1,'32102','单位内部调剂','Carried forward: internal reallocation','netAssets',20,1,1,'示例会计','restrictedInternalTransfer');
INSERT INTO account VALUES(23,1,'32103','本年收支结转','Carried forward: current-year result','netAssets',20,1,1,'示例会计','restrictedCurrentYear');
INSERT INTO account VALUES(24,1,'32104','累计结转','Carried forward: accumulated','netAssets',20,1,1,'示例会计','restrictedAccumulated');
INSERT INTO account VALUES(25,1,'322','工会资金结余','Union funds surplus','netAssets',NULL,0,1,'示例会计','unrestrictedSurplus');
INSERT INTO account VALUES(26,1,'32201','年初余额调整','Surplus: prior-year adjustments','netAssets',25,1,1,'示例会计','unrestrictedOpeningAdjustment');
INSERT INTO account VALUES(27,1,'32202','单位内部调剂','Surplus: internal reallocation','netAssets',25,1,1,'示例会计','unrestrictedInternalTransfer');
INSERT INTO account VALUES(28,1,'32203','本年收支结转','Surplus: current-year result','netAssets',25,1,1,'示例会计','unrestrictedCurrentYear');
INSERT INTO account VALUES(29,1,'32204','结转转入','Surplus: transferred in from carry-forward','netAssets',25,1,1,'示例会计','unrestrictedTransferredIn');
INSERT INTO account VALUES(30,1,'32205','累计结余','Surplus: accumulated','netAssets',25,1,1,'示例会计','unrestrictedAccumulated');
INSERT INTO account VALUES(31,1,'401','会费收入','Membership dues','revenue',NULL,1,1,'示例会计','duesRevenue');
INSERT INTO account VALUES(32,1,'402','拨缴经费收入','Allocated union funds income','revenue',NULL,1,1,'示例会计','allocationRevenue');
INSERT INTO account VALUES(33,1,'403','上级补助收入','Grants from higher unions','revenue',NULL,0,1,'示例会计','higherGrantRevenue');
INSERT INTO account VALUES(34,1,'40301','一般性转移支付补助','General transfer grants','revenue',33,1,1,'示例会计','');
INSERT INTO account VALUES(35,1,'40302','专项转移支付补助','Earmarked transfer grants','revenue',33,1,1,'示例会计','');
INSERT INTO account VALUES(36,1,'405','行政补助收入','Grants from the employer','revenue',NULL,1,1,'示例会计','administrativeGrantRevenue');
INSERT INTO account VALUES(37,1,'408','其他收入','Other income','revenue',NULL,1,1,'示例会计','otherRevenue');
INSERT INTO account VALUES(38,1,'501','职工活动支出','Employee activities','expenditure',NULL,0,1,'示例会计','staffActivities');
INSERT INTO account VALUES(39,1,'50101','职工教育支出','Employee education','expenditure',38,1,1,'示例会计','');
INSERT INTO account VALUES(40,1,'50102','文体活动支出','Cultural and sports activities','expenditure',38,1,1,'示例会计','');
INSERT INTO account VALUES(41,1,'50103','宣传活动支出','Publicity activities','expenditure',38,1,1,'示例会计','');
INSERT INTO account VALUES(42,1,'50104','劳模职工疗休养支出','Model-worker and staff recuperation','expenditure',38,1,1,'示例会计','');
INSERT INTO account VALUES(43,1,'50105','会员活动支出','Member activities','expenditure',38,1,1,'示例会计','');
INSERT INTO account VALUES(44,1,'50106','其他活动支出','Other activities','expenditure',38,1,1,'示例会计','');
INSERT INTO account VALUES(45,1,'503','职工服务支出','Employee services','expenditure',NULL,0,1,'示例会计','staffServices');
INSERT INTO account VALUES(46,1,'50301','劳动和技能竞赛活动支出','Labour and skills competitions','expenditure',45,1,1,'示例会计','');
INSERT INTO account VALUES(47,1,'50302','建家活动支出','Workers-home building activities','expenditure',45,1,1,'示例会计','');
INSERT INTO account VALUES(48,1,'50303','职工创新活动支出','Employee innovation activities','expenditure',45,1,1,'示例会计','');
INSERT INTO account VALUES(49,1,'50304','职工书屋活动支出','Workers'' libraries','expenditure',45,1,1,'示例会计','');
INSERT INTO account VALUES(50,1,'50305','其他服务支出','Other services','expenditure',45,1,1,'示例会计','');
INSERT INTO account VALUES(51,1,'504','维权支出','Rights protection','expenditure',NULL,0,1,'示例会计','rightsProtection');
INSERT INTO account VALUES(52,1,'50401','劳动关系协调支出','Labour relations coordination','expenditure',51,1,1,'示例会计','');
INSERT INTO account VALUES(53,1,'50402','劳动保护支出','Labour protection','expenditure',51,1,1,'示例会计','');
INSERT INTO account VALUES(54,1,'50403','法律援助支出','Legal aid','expenditure',51,1,1,'示例会计','');
INSERT INTO account VALUES(55,1,'50404','困难职工帮扶支出','Support for workers in hardship','expenditure',51,1,1,'示例会计','');
INSERT INTO account VALUES(56,1,'50405','送温暖支出','Warmth campaign','expenditure',51,1,1,'示例会计','');
INSERT INTO account VALUES(57,1,'50406','其他维权支出','Other rights protection','expenditure',51,1,1,'示例会计','');
INSERT INTO account VALUES(58,1,'505','业务支出','Operations','expenditure',NULL,0,1,'示例会计','operations');
INSERT INTO account VALUES(59,1,'50501','培训支出','Training','expenditure',58,1,1,'示例会计','');
INSERT INTO account VALUES(60,1,'50502','会议支出','Meetings','expenditure',58,1,1,'示例会计','');
INSERT INTO account VALUES(61,1,'50503','专项业务支出','Special operations','expenditure',58,1,1,'示例会计','');
INSERT INTO account VALUES(62,1,'50504','其他业务支出','Other operations','expenditure',58,1,1,'示例会计','');
INSERT INTO account VALUES(63,1,'507','资本性支出','Capital expenditure','expenditure',NULL,0,1,'示例会计','capitalExpenditure');
INSERT INTO account VALUES(64,1,'50701','房屋建筑物购建','Buildings','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(65,1,'50702','办公设备购置','Office equipment','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(66,1,'50703','专用设备购置','Special equipment','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(67,1,'50704','交通工具购置','Vehicles','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(68,1,'50705','大型修缮','Major repairs','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(69,1,'50706','信息网络购建','Information networks','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(70,1,'50707','其他资本性支出','Other capital expenditure','expenditure',63,1,1,'示例会计','');
INSERT INTO account VALUES(71,1,'510','其他支出','Other expenditure','expenditure',NULL,1,1,'示例会计','otherExpenditure');
CREATE TABLE period(
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    ordinal INTEGER NOT NULL,               -- year * 12 + month - 1
    last_number INTEGER NOT NULL DEFAULT 0 CHECK(last_number >= 0),
    closed_at TEXT,
    closed_by TEXT,
    PRIMARY KEY(org_id, ordinal)
) STRICT, WITHOUT ROWID;
INSERT INTO period VALUES(1,24312,14,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24313,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24314,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24315,6,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24316,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24317,6,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24318,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24319,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24320,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24321,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24322,5,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO period VALUES(1,24323,8,'2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO import_log VALUES(1,1,'voucher','/tmp/tourbook/demo/demo-vouchers-2026-01.csv','1616694f306ec4fe0e6ecde05c6e179b05039de18cf3533b75c1e6b4029f78fb',22,10,'2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO posting VALUES(1,1,2,'D',12000000,'',NULL,NULL);
INSERT INTO posting VALUES(1,2,30,'C',12000000,'',NULL,NULL);
INSERT INTO posting VALUES(2,1,2,'D',3943980,'',NULL,NULL);
INSERT INTO posting VALUES(2,2,32,'C',2366388,'',NULL,NULL);
INSERT INTO posting VALUES(2,3,11,'C',1577592,'应上解上级工会40%',NULL,NULL);
INSERT INTO posting VALUES(3,1,11,'D',1577592,'',NULL,NULL);
INSERT INTO posting VALUES(3,2,2,'C',1577592,'',NULL,NULL);
INSERT INTO posting VALUES(4,1,1,'D',200000,'',NULL,NULL);
INSERT INTO posting VALUES(4,2,2,'C',200000,'',NULL,NULL);
INSERT INTO posting VALUES(5,1,43,'D',3600000,'',NULL,NULL);
INSERT INTO posting VALUES(5,2,2,'C',3600000,'',NULL,NULL);
INSERT INTO posting VALUES(6,1,40,'D',480000,'',NULL,NULL);
INSERT INTO posting VALUES(6,2,2,'C',480000,'',NULL,NULL);
INSERT INTO posting VALUES(7,1,59,'D',260000,'',NULL,NULL);
INSERT INTO posting VALUES(7,2,2,'C',260000,'',NULL,NULL);
INSERT INTO posting VALUES(8,1,2,'D',123450,'',NULL,NULL);
INSERT INTO posting VALUES(8,2,31,'C',123450,'',NULL,NULL);
INSERT INTO posting VALUES(9,1,55,'D',300000,'',NULL,NULL);
INSERT INTO posting VALUES(9,2,1,'C',100000,'困难职工帮扶（现金）',NULL,NULL);
INSERT INTO posting VALUES(9,3,2,'C',200000,'困难职工帮扶（转账）',NULL,NULL);
INSERT INTO posting VALUES(10,1,2,'D',1000000,'',NULL,NULL);
INSERT INTO posting VALUES(10,2,34,'C',1000000,'',NULL,NULL);
INSERT INTO posting VALUES(11,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(11,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(12,1,41,'D',158000,'',NULL,NULL);
INSERT INTO posting VALUES(12,2,2,'C',158000,'',NULL,NULL);
INSERT INTO posting VALUES(13,1,41,'D',-158000,'',NULL,NULL);
INSERT INTO posting VALUES(13,2,2,'C',-158000,'',NULL,NULL);
INSERT INTO posting VALUES(14,1,40,'D',158000,'',NULL,NULL);
INSERT INTO posting VALUES(14,2,2,'C',158000,'',NULL,NULL);
INSERT INTO posting VALUES(15,1,43,'D',1200000,'',NULL,NULL);
INSERT INTO posting VALUES(15,2,2,'C',1200000,'',NULL,NULL);
INSERT INTO posting VALUES(16,1,42,'D',5600000,'',NULL,NULL);
INSERT INTO posting VALUES(16,2,2,'C',5600000,'',NULL,NULL);
INSERT INTO posting VALUES(17,1,2,'D',3948918,'',NULL,NULL);
INSERT INTO posting VALUES(17,2,32,'C',2369351,'',NULL,NULL);
INSERT INTO posting VALUES(17,3,11,'C',1579567,'',NULL,NULL);
INSERT INTO posting VALUES(18,1,11,'D',1579567,'',NULL,NULL);
INSERT INTO posting VALUES(18,2,2,'C',1579567,'',NULL,NULL);
INSERT INTO posting VALUES(19,1,2,'D',124150,'',NULL,NULL);
INSERT INTO posting VALUES(19,2,31,'C',124150,'',NULL,NULL);
INSERT INTO posting VALUES(20,1,43,'D',6000000,'',NULL,NULL);
INSERT INTO posting VALUES(20,2,2,'C',6000000,'',NULL,NULL);
INSERT INTO posting VALUES(21,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(21,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(22,1,2,'D',3951387,'',NULL,NULL);
INSERT INTO posting VALUES(22,2,32,'C',2370832,'',NULL,NULL);
INSERT INTO posting VALUES(22,3,11,'C',1580555,'',NULL,NULL);
INSERT INTO posting VALUES(23,1,11,'D',1580555,'',NULL,NULL);
INSERT INTO posting VALUES(23,2,2,'C',1580555,'',NULL,NULL);
INSERT INTO posting VALUES(24,1,2,'D',124500,'',NULL,NULL);
INSERT INTO posting VALUES(24,2,31,'C',124500,'',NULL,NULL);
INSERT INTO posting VALUES(25,1,43,'D',600000,'',NULL,NULL);
INSERT INTO posting VALUES(25,2,2,'C',600000,'',NULL,NULL);
INSERT INTO posting VALUES(26,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(26,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(27,1,2,'D',3953856,'',NULL,NULL);
INSERT INTO posting VALUES(27,2,32,'C',2372314,'',NULL,NULL);
INSERT INTO posting VALUES(27,3,11,'C',1581542,'',NULL,NULL);
INSERT INTO posting VALUES(28,1,11,'D',1581542,'',NULL,NULL);
INSERT INTO posting VALUES(28,2,2,'C',1581542,'',NULL,NULL);
INSERT INTO posting VALUES(29,1,2,'D',124850,'',NULL,NULL);
INSERT INTO posting VALUES(29,2,31,'C',124850,'',NULL,NULL);
INSERT INTO posting VALUES(30,1,59,'D',320000,'',NULL,NULL);
INSERT INTO posting VALUES(30,2,2,'C',320000,'',NULL,NULL);
INSERT INTO posting VALUES(31,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(31,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(32,1,2,'D',3956325,'',NULL,NULL);
INSERT INTO posting VALUES(32,2,32,'C',2373795,'',NULL,NULL);
INSERT INTO posting VALUES(32,3,11,'C',1582530,'',NULL,NULL);
INSERT INTO posting VALUES(33,1,11,'D',1582530,'',NULL,NULL);
INSERT INTO posting VALUES(33,2,2,'C',1582530,'',NULL,NULL);
INSERT INTO posting VALUES(34,1,2,'D',125200,'',NULL,NULL);
INSERT INTO posting VALUES(34,2,31,'C',125200,'',NULL,NULL);
INSERT INTO posting VALUES(35,1,40,'D',980000,'',NULL,NULL);
INSERT INTO posting VALUES(35,2,2,'C',980000,'',NULL,NULL);
INSERT INTO posting VALUES(36,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(36,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(37,1,2,'D',3958794,'',NULL,NULL);
INSERT INTO posting VALUES(37,2,32,'C',2375276,'',NULL,NULL);
INSERT INTO posting VALUES(37,3,11,'C',1583518,'',NULL,NULL);
INSERT INTO posting VALUES(38,1,11,'D',1583518,'',NULL,NULL);
INSERT INTO posting VALUES(38,2,2,'C',1583518,'',NULL,NULL);
INSERT INTO posting VALUES(39,1,2,'D',125550,'',NULL,NULL);
INSERT INTO posting VALUES(39,2,31,'C',125550,'',NULL,NULL);
INSERT INTO posting VALUES(40,1,55,'D',400000,'',NULL,NULL);
INSERT INTO posting VALUES(40,2,2,'C',400000,'',NULL,NULL);
INSERT INTO posting VALUES(41,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(41,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(42,1,2,'D',3961263,'',NULL,NULL);
INSERT INTO posting VALUES(42,2,32,'C',2376758,'',NULL,NULL);
INSERT INTO posting VALUES(42,3,11,'C',1584505,'',NULL,NULL);
INSERT INTO posting VALUES(43,1,11,'D',1584505,'',NULL,NULL);
INSERT INTO posting VALUES(43,2,2,'C',1584505,'',NULL,NULL);
INSERT INTO posting VALUES(44,1,2,'D',125900,'',NULL,NULL);
INSERT INTO posting VALUES(44,2,31,'C',125900,'',NULL,NULL);
INSERT INTO posting VALUES(45,1,42,'D',1200000,'',NULL,NULL);
INSERT INTO posting VALUES(45,2,2,'C',1200000,'',NULL,NULL);
INSERT INTO posting VALUES(46,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(46,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(47,1,2,'D',3963733,'',NULL,NULL);
INSERT INTO posting VALUES(47,2,32,'C',2378240,'',NULL,NULL);
INSERT INTO posting VALUES(47,3,11,'C',1585493,'',NULL,NULL);
INSERT INTO posting VALUES(48,1,11,'D',1585493,'',NULL,NULL);
INSERT INTO posting VALUES(48,2,2,'C',1585493,'',NULL,NULL);
INSERT INTO posting VALUES(49,1,2,'D',126250,'',NULL,NULL);
INSERT INTO posting VALUES(49,2,31,'C',126250,'',NULL,NULL);
INSERT INTO posting VALUES(50,1,43,'D',900000,'',NULL,NULL);
INSERT INTO posting VALUES(50,2,2,'C',900000,'',NULL,NULL);
INSERT INTO posting VALUES(51,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(51,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(52,1,2,'D',3966202,'',NULL,NULL);
INSERT INTO posting VALUES(52,2,32,'C',2379721,'',NULL,NULL);
INSERT INTO posting VALUES(52,3,11,'C',1586481,'',NULL,NULL);
INSERT INTO posting VALUES(53,1,11,'D',1586481,'',NULL,NULL);
INSERT INTO posting VALUES(53,2,2,'C',1586481,'',NULL,NULL);
INSERT INTO posting VALUES(54,1,2,'D',126600,'',NULL,NULL);
INSERT INTO posting VALUES(54,2,31,'C',126600,'',NULL,NULL);
INSERT INTO posting VALUES(55,1,43,'D',4500000,'',NULL,NULL);
INSERT INTO posting VALUES(55,2,2,'C',4500000,'',NULL,NULL);
INSERT INTO posting VALUES(56,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(56,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(57,1,2,'D',3968671,'',NULL,NULL);
INSERT INTO posting VALUES(57,2,32,'C',2381203,'',NULL,NULL);
INSERT INTO posting VALUES(57,3,11,'C',1587468,'',NULL,NULL);
INSERT INTO posting VALUES(58,1,11,'D',1587468,'',NULL,NULL);
INSERT INTO posting VALUES(58,2,2,'C',1587468,'',NULL,NULL);
INSERT INTO posting VALUES(59,1,2,'D',126950,'',NULL,NULL);
INSERT INTO posting VALUES(59,2,31,'C',126950,'',NULL,NULL);
INSERT INTO posting VALUES(60,1,39,'D',560000,'',NULL,NULL);
INSERT INTO posting VALUES(60,2,2,'C',560000,'',NULL,NULL);
INSERT INTO posting VALUES(61,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(61,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(62,1,2,'D',3971140,'',NULL,NULL);
INSERT INTO posting VALUES(62,2,32,'C',2382684,'',NULL,NULL);
INSERT INTO posting VALUES(62,3,11,'C',1588456,'',NULL,NULL);
INSERT INTO posting VALUES(63,1,11,'D',1588456,'',NULL,NULL);
INSERT INTO posting VALUES(63,2,2,'C',1588456,'',NULL,NULL);
INSERT INTO posting VALUES(64,1,2,'D',127300,'',NULL,NULL);
INSERT INTO posting VALUES(64,2,31,'C',127300,'',NULL,NULL);
INSERT INTO posting VALUES(65,1,41,'D',240000,'',NULL,NULL);
INSERT INTO posting VALUES(65,2,2,'C',240000,'',NULL,NULL);
INSERT INTO posting VALUES(66,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(66,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(67,1,2,'D',3973609,'',NULL,NULL);
INSERT INTO posting VALUES(67,2,32,'C',2384165,'',NULL,NULL);
INSERT INTO posting VALUES(67,3,11,'C',1589444,'',NULL,NULL);
INSERT INTO posting VALUES(68,1,11,'D',1589444,'',NULL,NULL);
INSERT INTO posting VALUES(68,2,2,'C',1589444,'',NULL,NULL);
INSERT INTO posting VALUES(69,1,2,'D',127650,'',NULL,NULL);
INSERT INTO posting VALUES(69,2,31,'C',127650,'',NULL,NULL);
INSERT INTO posting VALUES(70,1,56,'D',800000,'',NULL,NULL);
INSERT INTO posting VALUES(70,2,2,'C',800000,'',NULL,NULL);
INSERT INTO posting VALUES(71,1,71,'D',3500,'',NULL,NULL);
INSERT INTO posting VALUES(71,2,2,'C',3500,'',NULL,NULL);
INSERT INTO posting VALUES(72,1,49,'D',180000,'','职工书屋',NULL);
INSERT INTO posting VALUES(72,2,2,'C',180000,'',NULL,NULL);
INSERT INTO posting VALUES(73,1,31,'D',1508350,'',NULL,NULL);
INSERT INTO posting VALUES(73,2,32,'D',28510727,'',NULL,NULL);
INSERT INTO posting VALUES(73,3,34,'D',1000000,'',NULL,NULL);
INSERT INTO posting VALUES(73,4,39,'C',560000,'',NULL,NULL);
INSERT INTO posting VALUES(73,5,40,'C',1618000,'',NULL,NULL);
INSERT INTO posting VALUES(73,6,41,'C',240000,'',NULL,NULL);
INSERT INTO posting VALUES(73,7,42,'C',6800000,'',NULL,NULL);
INSERT INTO posting VALUES(73,8,43,'C',16800000,'',NULL,NULL);
INSERT INTO posting VALUES(73,9,49,'C',180000,'',NULL,NULL);
INSERT INTO posting VALUES(73,10,55,'C',700000,'',NULL,NULL);
INSERT INTO posting VALUES(73,11,56,'C',800000,'',NULL,NULL);
INSERT INTO posting VALUES(73,12,59,'C',580000,'',NULL,NULL);
INSERT INTO posting VALUES(73,13,71,'C',42000,'',NULL,NULL);
INSERT INTO posting VALUES(73,14,28,'C',2699077,'',NULL,NULL);
INSERT INTO posting VALUES(74,1,28,'D',2699077,'',NULL,NULL);
INSERT INTO posting VALUES(74,2,30,'C',2699077,'',NULL,NULL);
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
INSERT INTO balance VALUES(1,1,'',24312,0,200000,100000);
INSERT INTO balance VALUES(1,2,'',24312,0,17067430,6479092);
INSERT INTO balance VALUES(1,2,'',24313,0,4073068,7583067);
INSERT INTO balance VALUES(1,2,'',24314,0,4075887,2184055);
INSERT INTO balance VALUES(1,2,'',24315,0,4078706,3105042);
INSERT INTO balance VALUES(1,2,'',24316,0,4081525,2566030);
INSERT INTO balance VALUES(1,2,'',24317,0,4084344,7587018);
INSERT INTO balance VALUES(1,2,'',24318,0,4087163,2788005);
INSERT INTO balance VALUES(1,2,'',24319,0,4089983,2488993);
INSERT INTO balance VALUES(1,2,'',24320,0,4092802,6089981);
INSERT INTO balance VALUES(1,2,'',24321,0,4095621,2150968);
INSERT INTO balance VALUES(1,2,'',24322,0,4098440,1831956);
INSERT INTO balance VALUES(1,2,'',24323,0,4101259,2572944);
INSERT INTO balance VALUES(1,11,'',24312,0,1577592,1577592);
INSERT INTO balance VALUES(1,11,'',24313,0,1579567,1579567);
INSERT INTO balance VALUES(1,11,'',24314,0,1580555,1580555);
INSERT INTO balance VALUES(1,11,'',24315,0,1581542,1581542);
INSERT INTO balance VALUES(1,11,'',24316,0,1582530,1582530);
INSERT INTO balance VALUES(1,11,'',24317,0,1583518,1583518);
INSERT INTO balance VALUES(1,11,'',24318,0,1584505,1584505);
INSERT INTO balance VALUES(1,11,'',24319,0,1585493,1585493);
INSERT INTO balance VALUES(1,11,'',24320,0,1586481,1586481);
INSERT INTO balance VALUES(1,11,'',24321,0,1587468,1587468);
INSERT INTO balance VALUES(1,11,'',24322,0,1588456,1588456);
INSERT INTO balance VALUES(1,11,'',24323,0,1589444,1589444);
INSERT INTO balance VALUES(1,28,'',24323,1,2699077,2699077);
INSERT INTO balance VALUES(1,30,'',24312,0,0,12000000);
INSERT INTO balance VALUES(1,30,'',24323,1,0,2699077);
INSERT INTO balance VALUES(1,31,'',24312,0,0,123450);
INSERT INTO balance VALUES(1,31,'',24313,0,0,124150);
INSERT INTO balance VALUES(1,31,'',24314,0,0,124500);
INSERT INTO balance VALUES(1,31,'',24315,0,0,124850);
INSERT INTO balance VALUES(1,31,'',24316,0,0,125200);
INSERT INTO balance VALUES(1,31,'',24317,0,0,125550);
INSERT INTO balance VALUES(1,31,'',24318,0,0,125900);
INSERT INTO balance VALUES(1,31,'',24319,0,0,126250);
INSERT INTO balance VALUES(1,31,'',24320,0,0,126600);
INSERT INTO balance VALUES(1,31,'',24321,0,0,126950);
INSERT INTO balance VALUES(1,31,'',24322,0,0,127300);
INSERT INTO balance VALUES(1,31,'',24323,0,0,127650);
INSERT INTO balance VALUES(1,31,'',24323,1,1508350,0);
INSERT INTO balance VALUES(1,32,'',24312,0,0,2366388);
INSERT INTO balance VALUES(1,32,'',24313,0,0,2369351);
INSERT INTO balance VALUES(1,32,'',24314,0,0,2370832);
INSERT INTO balance VALUES(1,32,'',24315,0,0,2372314);
INSERT INTO balance VALUES(1,32,'',24316,0,0,2373795);
INSERT INTO balance VALUES(1,32,'',24317,0,0,2375276);
INSERT INTO balance VALUES(1,32,'',24318,0,0,2376758);
INSERT INTO balance VALUES(1,32,'',24319,0,0,2378240);
INSERT INTO balance VALUES(1,32,'',24320,0,0,2379721);
INSERT INTO balance VALUES(1,32,'',24321,0,0,2381203);
INSERT INTO balance VALUES(1,32,'',24322,0,0,2382684);
INSERT INTO balance VALUES(1,32,'',24323,0,0,2384165);
INSERT INTO balance VALUES(1,32,'',24323,1,28510727,0);
INSERT INTO balance VALUES(1,34,'',24312,0,0,1000000);
INSERT INTO balance VALUES(1,34,'',24323,1,1000000,0);
INSERT INTO balance VALUES(1,39,'',24321,0,560000,0);
INSERT INTO balance VALUES(1,39,'',24323,1,0,560000);
INSERT INTO balance VALUES(1,40,'',24312,0,638000,0);
INSERT INTO balance VALUES(1,40,'',24316,0,980000,0);
INSERT INTO balance VALUES(1,40,'',24323,1,0,1618000);
INSERT INTO balance VALUES(1,41,'',24312,0,0,0);
INSERT INTO balance VALUES(1,41,'',24322,0,240000,0);
INSERT INTO balance VALUES(1,41,'',24323,1,0,240000);
INSERT INTO balance VALUES(1,42,'',24317,0,5600000,0);
INSERT INTO balance VALUES(1,42,'',24318,0,1200000,0);
INSERT INTO balance VALUES(1,42,'',24323,1,0,6800000);
INSERT INTO balance VALUES(1,43,'',24312,0,3600000,0);
INSERT INTO balance VALUES(1,43,'',24313,0,6000000,0);
INSERT INTO balance VALUES(1,43,'',24314,0,600000,0);
INSERT INTO balance VALUES(1,43,'',24315,0,1200000,0);
INSERT INTO balance VALUES(1,43,'',24319,0,900000,0);
INSERT INTO balance VALUES(1,43,'',24320,0,4500000,0);
INSERT INTO balance VALUES(1,43,'',24323,1,0,16800000);
INSERT INTO balance VALUES(1,49,'',24323,0,180000,0);
INSERT INTO balance VALUES(1,49,'',24323,1,0,180000);
INSERT INTO balance VALUES(1,55,'',24312,0,300000,0);
INSERT INTO balance VALUES(1,55,'',24317,0,400000,0);
INSERT INTO balance VALUES(1,55,'',24323,1,0,700000);
INSERT INTO balance VALUES(1,56,'',24323,0,800000,0);
INSERT INTO balance VALUES(1,56,'',24323,1,0,800000);
INSERT INTO balance VALUES(1,59,'',24312,0,260000,0);
INSERT INTO balance VALUES(1,59,'',24315,0,320000,0);
INSERT INTO balance VALUES(1,59,'',24323,1,0,580000);
INSERT INTO balance VALUES(1,71,'',24312,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24313,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24314,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24315,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24316,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24317,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24318,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24319,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24320,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24321,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24322,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24323,0,3500,0);
INSERT INTO balance VALUES(1,71,'',24323,1,0,42000);
CREATE TABLE journal_head(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    voucher_count INTEGER NOT NULL,
    hash BLOB NOT NULL CHECK(length(hash) = 32)
) STRICT;
INSERT INTO journal_head VALUES(1,74,X'7c701a836e11bcd4eeddd94c5f11872c5d8e5c3d9e547f71710db911442a6ec7');
CREATE TABLE event(
    id INTEGER PRIMARY KEY,
    org_id INTEGER REFERENCES organisation(id),
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO event VALUES(1,1,'2026-11-21T10:00:00Z','示例会计','init','GH001 示例科技有限公司工会, 71 accounts');
INSERT INTO event VALUES(2,1,'2026-11-21T10:00:00Z','示例会计','voucher.import','/tmp/tourbook/demo/demo-vouchers-2026-01.csv: 10 vouchers, 22 rows');
INSERT INTO event VALUES(3,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 1 2026-01-26 购买文体活动用品');
INSERT INTO event VALUES(4,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 1');
INSERT INTO event VALUES(5,1,'2026-11-21T10:00:00Z','示例会计','voucher.unreview','草稿 1');
INSERT INTO event VALUES(6,1,'2026-11-21T10:00:00Z','示例会计','voucher.signoff','草稿 1 签批 王明 2026-01-26 ');
INSERT INTO event VALUES(7,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 1');
INSERT INTO event VALUES(8,1,'2026-11-21T10:00:00Z','示例会计','voucher.reverse','记-2026-01-012 → 记-2026-01-013: 科目错误，应为文体活动支出');
INSERT INTO event VALUES(9,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 2 2026-01-26 购买文体活动用品');
INSERT INTO event VALUES(10,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 2');
INSERT INTO event VALUES(11,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-01');
INSERT INTO event VALUES(12,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 3 2026-04-28 劳动节慰问品（工会委员15人×800元）');
INSERT INTO event VALUES(13,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 3');
INSERT INTO event VALUES(14,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 4 2026-02-05 收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）');
INSERT INTO event VALUES(15,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 4');
INSERT INTO event VALUES(16,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 5 2026-02-06 上解上级工会经费');
INSERT INTO event VALUES(17,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 5');
INSERT INTO event VALUES(18,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 6 2026-02-20 收取2月会费');
INSERT INTO event VALUES(19,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 6');
INSERT INTO event VALUES(20,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 7 2026-02-08 春节慰问品（300人×200元）');
INSERT INTO event VALUES(21,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 7');
INSERT INTO event VALUES(22,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 8 2026-02-28 银行手续费');
INSERT INTO event VALUES(23,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 8');
INSERT INTO event VALUES(24,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-02');
INSERT INTO event VALUES(25,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 9 2026-03-05 收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）');
INSERT INTO event VALUES(26,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 9');
INSERT INTO event VALUES(27,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 10 2026-03-06 上解上级工会经费');
INSERT INTO event VALUES(28,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 10');
INSERT INTO event VALUES(29,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 11 2026-03-20 收取3月会费');
INSERT INTO event VALUES(30,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 11');
INSERT INTO event VALUES(31,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 12 2026-03-08 三八妇女节活动');
INSERT INTO event VALUES(32,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 12');
INSERT INTO event VALUES(33,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 13 2026-03-28 银行手续费');
INSERT INTO event VALUES(34,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 13');
INSERT INTO event VALUES(35,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-03');
INSERT INTO event VALUES(36,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 14 2026-04-05 收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）');
INSERT INTO event VALUES(37,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 14');
INSERT INTO event VALUES(38,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 15 2026-04-06 上解上级工会经费');
INSERT INTO event VALUES(39,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 15');
INSERT INTO event VALUES(40,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 16 2026-04-20 收取4月会费');
INSERT INTO event VALUES(41,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 16');
INSERT INTO event VALUES(42,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 17 2026-04-16 工会干部业务培训');
INSERT INTO event VALUES(43,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 17');
INSERT INTO event VALUES(44,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 18 2026-04-28 银行手续费');
INSERT INTO event VALUES(45,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 18');
INSERT INTO event VALUES(46,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-04');
INSERT INTO event VALUES(47,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 19 2026-05-05 收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）');
INSERT INTO event VALUES(48,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 19');
INSERT INTO event VALUES(49,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 20 2026-05-06 上解上级工会经费');
INSERT INTO event VALUES(50,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 20');
INSERT INTO event VALUES(51,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 21 2026-05-20 收取5月会费');
INSERT INTO event VALUES(52,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 21');
INSERT INTO event VALUES(53,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 22 2026-05-12 职工运动会');
INSERT INTO event VALUES(54,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 22');
INSERT INTO event VALUES(55,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 23 2026-05-28 银行手续费');
INSERT INTO event VALUES(56,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 23');
INSERT INTO event VALUES(57,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-05');
INSERT INTO event VALUES(58,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 24 2026-06-05 收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）');
INSERT INTO event VALUES(59,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 24');
INSERT INTO event VALUES(60,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 25 2026-06-06 上解上级工会经费');
INSERT INTO event VALUES(61,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 25');
INSERT INTO event VALUES(62,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 26 2026-06-20 收取6月会费');
INSERT INTO event VALUES(63,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 26');
INSERT INTO event VALUES(64,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 27 2026-06-20 困难职工帮扶');
INSERT INTO event VALUES(65,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 27');
INSERT INTO event VALUES(66,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 28 2026-06-28 银行手续费');
INSERT INTO event VALUES(67,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 28');
INSERT INTO event VALUES(68,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-06');
INSERT INTO event VALUES(69,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 29 2026-07-05 收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）');
INSERT INTO event VALUES(70,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 29');
INSERT INTO event VALUES(71,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 30 2026-07-06 上解上级工会经费');
INSERT INTO event VALUES(72,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 30');
INSERT INTO event VALUES(73,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 31 2026-07-20 收取7月会费');
INSERT INTO event VALUES(74,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 31');
INSERT INTO event VALUES(75,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 32 2026-07-15 劳模疗休养');
INSERT INTO event VALUES(76,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 32');
INSERT INTO event VALUES(77,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 33 2026-07-28 银行手续费');
INSERT INTO event VALUES(78,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 33');
INSERT INTO event VALUES(79,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-07');
INSERT INTO event VALUES(80,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 34 2026-08-05 收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）');
INSERT INTO event VALUES(81,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 34');
INSERT INTO event VALUES(82,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 35 2026-08-06 上解上级工会经费');
INSERT INTO event VALUES(83,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 35');
INSERT INTO event VALUES(84,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 36 2026-08-20 收取8月会费');
INSERT INTO event VALUES(85,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 36');
INSERT INTO event VALUES(86,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 37 2026-08-06 夏季送清凉');
INSERT INTO event VALUES(87,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 37');
INSERT INTO event VALUES(88,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 38 2026-08-28 银行手续费');
INSERT INTO event VALUES(89,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 38');
INSERT INTO event VALUES(90,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-08');
INSERT INTO event VALUES(91,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 39 2026-09-05 收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）');
INSERT INTO event VALUES(92,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 39');
INSERT INTO event VALUES(93,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 40 2026-09-06 上解上级工会经费');
INSERT INTO event VALUES(94,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 40');
INSERT INTO event VALUES(95,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 41 2026-09-20 收取9月会费');
INSERT INTO event VALUES(96,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 41');
INSERT INTO event VALUES(97,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 42 2026-09-10 中秋慰问品（300人×150元）');
INSERT INTO event VALUES(98,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 42');
INSERT INTO event VALUES(99,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 43 2026-09-28 银行手续费');
INSERT INTO event VALUES(100,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 43');
INSERT INTO event VALUES(101,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-09');
INSERT INTO event VALUES(102,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 44 2026-10-05 收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）');
INSERT INTO event VALUES(103,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 44');
INSERT INTO event VALUES(104,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 45 2026-10-06 上解上级工会经费');
INSERT INTO event VALUES(105,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 45');
INSERT INTO event VALUES(106,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 46 2026-10-20 收取10月会费');
INSERT INTO event VALUES(107,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 46');
INSERT INTO event VALUES(108,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 47 2026-10-18 职工技能培训');
INSERT INTO event VALUES(109,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 47');
INSERT INTO event VALUES(110,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 48 2026-10-28 银行手续费');
INSERT INTO event VALUES(111,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 48');
INSERT INTO event VALUES(112,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-10');
INSERT INTO event VALUES(113,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 49 2026-11-05 收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）');
INSERT INTO event VALUES(114,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 49');
INSERT INTO event VALUES(115,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 50 2026-11-06 上解上级工会经费');
INSERT INTO event VALUES(116,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 50');
INSERT INTO event VALUES(117,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 51 2026-11-20 收取11月会费');
INSERT INTO event VALUES(118,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 51');
INSERT INTO event VALUES(119,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 52 2026-11-22 职工书屋购书');
INSERT INTO event VALUES(120,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 52');
INSERT INTO event VALUES(121,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 53 2026-11-28 银行手续费');
INSERT INTO event VALUES(122,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 53');
INSERT INTO event VALUES(123,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-11');
INSERT INTO event VALUES(124,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 54 2026-12-05 收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）');
INSERT INTO event VALUES(125,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 54');
INSERT INTO event VALUES(126,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 55 2026-12-06 上解上级工会经费');
INSERT INTO event VALUES(127,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 55');
INSERT INTO event VALUES(128,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 56 2026-12-20 收取12月会费');
INSERT INTO event VALUES(129,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 56');
INSERT INTO event VALUES(130,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 57 2026-12-12 冬季送温暖');
INSERT INTO event VALUES(131,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 57');
INSERT INTO event VALUES(132,1,'2026-11-21T10:00:00Z','示例会计','voucher.enter','草稿 58 2026-12-28 银行手续费');
INSERT INTO event VALUES(133,1,'2026-11-21T10:00:00Z','李审核','voucher.review','草稿 58');
INSERT INTO event VALUES(134,1,'2026-11-21T10:00:00Z','示例会计','budget.draft','2026 v0 /tmp/tourbook/demo/budget/budget-2026.csv');
INSERT INTO event VALUES(135,1,'2026-11-21T10:00:00Z','示例会计','budget.approve','2026 #0 review_committee 2026-01-12 张审查');
INSERT INTO event VALUES(136,1,'2026-11-21T10:00:00Z','示例会计','budget.approve','2026 #0 committee 2026-01-15 王明');
INSERT INTO event VALUES(137,1,'2026-11-21T10:00:00Z','示例会计','budget.approve','2026 #0 higher_union 2026-01-20 区总工会财务部');
INSERT INTO event VALUES(138,1,'2026-11-21T10:00:00Z','示例会计','budget.adjust','2026 v1 /tmp/tourbook/demo/budget/budget-2026-adjusted.csv: 中秋、年终慰问人数增加');
INSERT INTO event VALUES(139,1,'2026-11-21T10:00:00Z','示例会计','budget.approve','2026 #1 review_committee 2026-09-01 张审查');
INSERT INTO event VALUES(140,1,'2026-11-21T10:00:00Z','示例会计','budget.approve','2026 #1 committee 2026-09-03 王明');
INSERT INTO event VALUES(141,1,'2026-11-21T10:00:00Z','示例会计','budget.approve','2026 #1 higher_union 2026-09-07 区总工会财务部');
INSERT INTO event VALUES(142,1,'2026-11-21T10:00:00Z','示例会计','final.prepare','2026 r1');
INSERT INTO event VALUES(143,1,'2026-11-21T10:00:00Z','示例会计','final.approve','2026 #1 review_committee 2027-01-08 张审查');
INSERT INTO event VALUES(144,1,'2026-11-21T10:00:00Z','示例会计','final.approve','2026 #1 committee 2027-01-12 王明');
INSERT INTO event VALUES(145,1,'2026-11-21T10:00:00Z','示例会计','final.approve','2026 #1 higher_union 2027-01-15 区总工会财务部');
INSERT INTO event VALUES(146,1,'2026-11-21T10:00:00Z','示例会计','period.close','2026-12');
INSERT INTO event VALUES(147,1,'2026-11-21T10:00:00Z','示例会计','year.close','2026 → 32203');
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
INSERT INTO tenure VALUES(1,1,'chair','王明','2023-03-01','2026-09-30','工作调动','示例会计');
INSERT INTO tenure VALUES(2,1,'chair','张华','2026-10-01',NULL,'','示例会计');
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
INSERT INTO voucher_approval VALUES(12,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-01-26','','');
INSERT INTO voucher_approval VALUES(14,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-01-25','','');
INSERT INTO voucher_approval VALUES(15,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-04-27','','');
INSERT INTO voucher_approval VALUES(16,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-06-17','','');
INSERT INTO voucher_approval VALUES(17,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(18,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(19,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(20,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-02-07','工会委员会2026年第2次会议','2026-01-20');
INSERT INTO voucher_approval VALUES(21,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-02-27','工会委员会2026年第2次会议','2026-01-20');
INSERT INTO voucher_approval VALUES(22,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(23,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(24,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(25,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-03-07','','');
INSERT INTO voucher_approval VALUES(26,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-03-27','','');
INSERT INTO voucher_approval VALUES(27,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(28,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(29,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(30,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-04-15','','');
INSERT INTO voucher_approval VALUES(31,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-04-27','','');
INSERT INTO voucher_approval VALUES(32,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(33,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(34,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(35,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-05-11','','');
INSERT INTO voucher_approval VALUES(36,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-05-27','','');
INSERT INTO voucher_approval VALUES(37,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(38,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(39,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(40,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-06-19','','');
INSERT INTO voucher_approval VALUES(41,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-06-27','','');
INSERT INTO voucher_approval VALUES(42,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(43,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(44,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(45,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-07-14','','');
INSERT INTO voucher_approval VALUES(46,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-07-27','','');
INSERT INTO voucher_approval VALUES(47,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(48,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(49,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(50,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-08-05','','');
INSERT INTO voucher_approval VALUES(51,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-08-27','','');
INSERT INTO voucher_approval VALUES(52,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(53,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(54,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(55,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-09-09','','');
INSERT INTO voucher_approval VALUES(56,'示例会计','李审核','2026-11-21T10:00:00Z',0,'王明','2026-09-27','','');
INSERT INTO voucher_approval VALUES(57,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(58,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(59,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(60,'示例会计','李审核','2026-11-21T10:00:00Z',0,'张华','2026-10-17','','');
INSERT INTO voucher_approval VALUES(61,'示例会计','李审核','2026-11-21T10:00:00Z',0,'张华','2026-10-27','','');
INSERT INTO voucher_approval VALUES(62,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(63,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(64,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(65,'示例会计','李审核','2026-11-21T10:00:00Z',0,'张华','2026-11-21','','');
INSERT INTO voucher_approval VALUES(66,'示例会计','李审核','2026-11-21T10:00:00Z',0,'张华','2026-11-27','','');
INSERT INTO voucher_approval VALUES(67,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(68,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(69,'示例会计','李审核','2026-11-21T10:00:00Z',0,'','','','');
INSERT INTO voucher_approval VALUES(70,'示例会计','李审核','2026-11-21T10:00:00Z',0,'张华','2026-12-11','','');
INSERT INTO voucher_approval VALUES(71,'示例会计','李审核','2026-11-21T10:00:00Z',0,'张华','2026-12-27','','');
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
INSERT INTO voucher_draft VALUES(1,1,'2026-01-26',24312,'购买文体活动用品',2,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-01-26','','',12);
INSERT INTO voucher_draft VALUES(2,1,'2026-01-26',24312,'购买文体活动用品',2,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-01-25','','',14);
INSERT INTO voucher_draft VALUES(3,1,'2026-04-28',24315,'劳动节慰问品（工会委员15人×800元）',2,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-04-27','','',15);
INSERT INTO voucher_draft VALUES(4,1,'2026-02-05',24313,'收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',17);
INSERT INTO voucher_draft VALUES(5,1,'2026-02-06',24313,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',18);
INSERT INTO voucher_draft VALUES(6,1,'2026-02-20',24313,'收取2月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',19);
INSERT INTO voucher_draft VALUES(7,1,'2026-02-08',24313,'春节慰问品（300人×200元）',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-02-07','工会委员会2026年第2次会议','2026-01-20',20);
INSERT INTO voucher_draft VALUES(8,1,'2026-02-28',24313,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-02-27','工会委员会2026年第2次会议','2026-01-20',21);
INSERT INTO voucher_draft VALUES(9,1,'2026-03-05',24314,'收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',22);
INSERT INTO voucher_draft VALUES(10,1,'2026-03-06',24314,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',23);
INSERT INTO voucher_draft VALUES(11,1,'2026-03-20',24314,'收取3月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',24);
INSERT INTO voucher_draft VALUES(12,1,'2026-03-08',24314,'三八妇女节活动',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-03-07','','',25);
INSERT INTO voucher_draft VALUES(13,1,'2026-03-28',24314,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-03-27','','',26);
INSERT INTO voucher_draft VALUES(14,1,'2026-04-05',24315,'收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',27);
INSERT INTO voucher_draft VALUES(15,1,'2026-04-06',24315,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',28);
INSERT INTO voucher_draft VALUES(16,1,'2026-04-20',24315,'收取4月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',29);
INSERT INTO voucher_draft VALUES(17,1,'2026-04-16',24315,'工会干部业务培训',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-04-15','','',30);
INSERT INTO voucher_draft VALUES(18,1,'2026-04-28',24315,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-04-27','','',31);
INSERT INTO voucher_draft VALUES(19,1,'2026-05-05',24316,'收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',32);
INSERT INTO voucher_draft VALUES(20,1,'2026-05-06',24316,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',33);
INSERT INTO voucher_draft VALUES(21,1,'2026-05-20',24316,'收取5月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',34);
INSERT INTO voucher_draft VALUES(22,1,'2026-05-12',24316,'职工运动会',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-05-11','','',35);
INSERT INTO voucher_draft VALUES(23,1,'2026-05-28',24316,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-05-27','','',36);
INSERT INTO voucher_draft VALUES(24,1,'2026-06-05',24317,'收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',37);
INSERT INTO voucher_draft VALUES(25,1,'2026-06-06',24317,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',38);
INSERT INTO voucher_draft VALUES(26,1,'2026-06-20',24317,'收取6月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',39);
INSERT INTO voucher_draft VALUES(27,1,'2026-06-20',24317,'困难职工帮扶',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-06-19','','',40);
INSERT INTO voucher_draft VALUES(28,1,'2026-06-28',24317,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-06-27','','',41);
INSERT INTO voucher_draft VALUES(29,1,'2026-07-05',24318,'收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',42);
INSERT INTO voucher_draft VALUES(30,1,'2026-07-06',24318,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',43);
INSERT INTO voucher_draft VALUES(31,1,'2026-07-20',24318,'收取7月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',44);
INSERT INTO voucher_draft VALUES(32,1,'2026-07-15',24318,'劳模疗休养',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-07-14','','',45);
INSERT INTO voucher_draft VALUES(33,1,'2026-07-28',24318,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-07-27','','',46);
INSERT INTO voucher_draft VALUES(34,1,'2026-08-05',24319,'收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',47);
INSERT INTO voucher_draft VALUES(35,1,'2026-08-06',24319,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',48);
INSERT INTO voucher_draft VALUES(36,1,'2026-08-20',24319,'收取8月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',49);
INSERT INTO voucher_draft VALUES(37,1,'2026-08-06',24319,'夏季送清凉',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-08-05','','',50);
INSERT INTO voucher_draft VALUES(38,1,'2026-08-28',24319,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-08-27','','',51);
INSERT INTO voucher_draft VALUES(39,1,'2026-09-05',24320,'收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',52);
INSERT INTO voucher_draft VALUES(40,1,'2026-09-06',24320,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',53);
INSERT INTO voucher_draft VALUES(41,1,'2026-09-20',24320,'收取9月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',54);
INSERT INTO voucher_draft VALUES(42,1,'2026-09-10',24320,'中秋慰问品（300人×150元）',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-09-09','','',55);
INSERT INTO voucher_draft VALUES(43,1,'2026-09-28',24320,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'王明','2026-09-27','','',56);
INSERT INTO voucher_draft VALUES(44,1,'2026-10-05',24321,'收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',57);
INSERT INTO voucher_draft VALUES(45,1,'2026-10-06',24321,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',58);
INSERT INTO voucher_draft VALUES(46,1,'2026-10-20',24321,'收取10月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',59);
INSERT INTO voucher_draft VALUES(47,1,'2026-10-18',24321,'职工技能培训',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'张华','2026-10-17','','',60);
INSERT INTO voucher_draft VALUES(48,1,'2026-10-28',24321,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'张华','2026-10-27','','',61);
INSERT INTO voucher_draft VALUES(49,1,'2026-11-05',24322,'收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',62);
INSERT INTO voucher_draft VALUES(50,1,'2026-11-06',24322,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',63);
INSERT INTO voucher_draft VALUES(51,1,'2026-11-20',24322,'收取11月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',64);
INSERT INTO voucher_draft VALUES(52,1,'2026-11-22',24322,'职工书屋购书',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'张华','2026-11-21','','',65);
INSERT INTO voucher_draft VALUES(53,1,'2026-11-28',24322,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'张华','2026-11-27','','',66);
INSERT INTO voucher_draft VALUES(54,1,'2026-12-05',24323,'收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',67);
INSERT INTO voucher_draft VALUES(55,1,'2026-12-06',24323,'上解上级工会经费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',68);
INSERT INTO voucher_draft VALUES(56,1,'2026-12-20',24323,'收取12月会费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'','','','',69);
INSERT INTO voucher_draft VALUES(57,1,'2026-12-12',24323,'冬季送温暖',3,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'张华','2026-12-11','','',70);
INSERT INTO voucher_draft VALUES(58,1,'2026-12-28',24323,'银行手续费',1,'','示例会计','2026-11-21T10:00:00Z','李审核','2026-11-21T10:00:00Z',0,'张华','2026-12-27','','',71);
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
INSERT INTO voucher_draft_line VALUES(1,1,'50103','D',158000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(1,2,'102','C',158000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(2,1,'50102','D',158000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(2,2,'102','C',158000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(3,1,'50105','D',1200000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(3,2,'102','C',1200000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(4,1,'102','D',3948918,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(4,2,'402','C',2369351,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(4,3,'211','C',1579567,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(5,1,'211','D',1579567,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(5,2,'102','C',1579567,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(6,1,'102','D',124150,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(6,2,'401','C',124150,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(7,1,'50105','D',6000000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(7,2,'102','C',6000000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(8,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(8,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(9,1,'102','D',3951387,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(9,2,'402','C',2370832,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(9,3,'211','C',1580555,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(10,1,'211','D',1580555,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(10,2,'102','C',1580555,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(11,1,'102','D',124500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(11,2,'401','C',124500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(12,1,'50105','D',600000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(12,2,'102','C',600000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(13,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(13,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(14,1,'102','D',3953856,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(14,2,'402','C',2372314,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(14,3,'211','C',1581542,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(15,1,'211','D',1581542,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(15,2,'102','C',1581542,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(16,1,'102','D',124850,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(16,2,'401','C',124850,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(17,1,'50501','D',320000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(17,2,'102','C',320000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(18,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(18,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(19,1,'102','D',3956325,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(19,2,'402','C',2373795,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(19,3,'211','C',1582530,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(20,1,'211','D',1582530,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(20,2,'102','C',1582530,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(21,1,'102','D',125200,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(21,2,'401','C',125200,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(22,1,'50102','D',980000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(22,2,'102','C',980000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(23,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(23,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(24,1,'102','D',3958794,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(24,2,'402','C',2375276,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(24,3,'211','C',1583518,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(25,1,'211','D',1583518,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(25,2,'102','C',1583518,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(26,1,'102','D',125550,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(26,2,'401','C',125550,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(27,1,'50404','D',400000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(27,2,'102','C',400000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(28,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(28,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(29,1,'102','D',3961263,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(29,2,'402','C',2376758,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(29,3,'211','C',1584505,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(30,1,'211','D',1584505,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(30,2,'102','C',1584505,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(31,1,'102','D',125900,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(31,2,'401','C',125900,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(32,1,'50104','D',1200000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(32,2,'102','C',1200000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(33,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(33,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(34,1,'102','D',3963733,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(34,2,'402','C',2378240,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(34,3,'211','C',1585493,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(35,1,'211','D',1585493,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(35,2,'102','C',1585493,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(36,1,'102','D',126250,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(36,2,'401','C',126250,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(37,1,'50105','D',900000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(37,2,'102','C',900000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(38,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(38,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(39,1,'102','D',3966202,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(39,2,'402','C',2379721,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(39,3,'211','C',1586481,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(40,1,'211','D',1586481,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(40,2,'102','C',1586481,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(41,1,'102','D',126600,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(41,2,'401','C',126600,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(42,1,'50105','D',4500000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(42,2,'102','C',4500000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(43,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(43,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(44,1,'102','D',3968671,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(44,2,'402','C',2381203,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(44,3,'211','C',1587468,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(45,1,'211','D',1587468,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(45,2,'102','C',1587468,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(46,1,'102','D',126950,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(46,2,'401','C',126950,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(47,1,'50101','D',560000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(47,2,'102','C',560000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(48,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(48,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(49,1,'102','D',3971140,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(49,2,'402','C',2382684,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(49,3,'211','C',1588456,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(50,1,'211','D',1588456,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(50,2,'102','C',1588456,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(51,1,'102','D',127300,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(51,2,'401','C',127300,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(52,1,'50103','D',240000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(52,2,'102','C',240000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(53,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(53,2,'102','C',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(54,1,'102','D',3973609,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(54,2,'402','C',2384165,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(54,3,'211','C',1589444,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(55,1,'211','D',1589444,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(55,2,'102','C',1589444,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(56,1,'102','D',127650,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(56,2,'401','C',127650,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(57,1,'50405','D',800000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(57,2,'102','C',800000,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(58,1,'510','D',3500,'',NULL,NULL);
INSERT INTO voucher_draft_line VALUES(58,2,'102','C',3500,'',NULL,NULL);
CREATE TABLE member_id_key(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    source TEXT NOT NULL CHECK(source IN ('file', 'environment')),
    secret BLOB CHECK(secret IS NULL OR length(secret) = 32),
    fingerprint BLOB NOT NULL CHECK(length(fingerprint) = 32),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK((source = 'file') = (secret IS NOT NULL))
) STRICT;
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
CREATE TABLE member_state(
    member_id INTEGER NOT NULL REFERENCES member(id),
    from_ordinal INTEGER NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('active', 'retained-exempt', 'withdrawn', 'transferred-out')),
    wage_fen INTEGER NOT NULL CHECK(wage_fen >= 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    PRIMARY KEY(member_id, from_ordinal)
) STRICT, WITHOUT ROWID;
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
INSERT INTO voucher VALUES(1,1,'2026-01-01',24312,1,'期初余额（建账）','opening',NULL,12000000,'示例会计','2026-11-21T10:00:00Z','tour','',NULL,X'8b867e8e3866f161df8f7f9ea6fe1fef7fb156d7c7efa86a0c0932d757fd0943',0,'',3);
INSERT INTO voucher VALUES(2,1,'2026-01-05',24312,2,'收到单位拨缴12月工会经费（工资总额1,971,989.78元的2%）','normal',NULL,3943980,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:2','记-002',1,X'cb534409a819c173dbf116f00811e81a1271d1b16286c436fde82640468b134c',0,'',3);
INSERT INTO voucher VALUES(3,1,'2026-01-06',24312,3,'上解上级工会经费','normal',NULL,1577592,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:5','记-003',1,X'121889f616dd59323dc666c8ef1c7ade58453c8f65f2fce5455f3873b442675d',0,'',3);
INSERT INTO voucher VALUES(4,1,'2026-01-08',24312,4,'提取备用金','normal',NULL,200000,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:7','记-004',1,X'ee6b6e3de57c002ee450a7f27ccfe20b82a6458383d40421ff60480e75edac84',0,'',3);
INSERT INTO voucher VALUES(5,1,'2026-01-10',24312,5,'元旦慰问品（300人×120元）','normal',NULL,3600000,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:9','记-005',1,X'47660ea0354a9558fa6ca86cb6312c019cd6495e9044b240267167e76fd6f031',0,'',3);
INSERT INTO voucher VALUES(6,1,'2026-01-15',24312,6,'职工篮球赛场地及奖品','normal',NULL,480000,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:11','记-006',1,X'46458cf5a0715757a78475af323982224cb8f4b9bd0c711825e45796d08e8b41',0,'',3);
INSERT INTO voucher VALUES(7,1,'2026-01-18',24312,7,'工会干部培训费','normal',NULL,260000,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:13','记-007',1,X'4db0550492a7ca33cfb10daa534d0d5fece6afaa093066da05feac078eece2cb',0,'',3);
INSERT INTO voucher VALUES(8,1,'2026-01-20',24312,8,'收取1月会费','normal',NULL,123450,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:15','记-008',1,X'50acb3e81403fd238b9e6f34b4b6e48bbb354742b980d1837691f96ff684b88c',0,'',3);
INSERT INTO voucher VALUES(9,1,'2026-01-22',24312,9,'困难职工帮扶','normal',NULL,300000,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:17','记-009',1,X'c1a61646eb66c6fe06ca187718bce17d5574e4625d84b58828fe34dfdf028f46',0,'',3);
INSERT INTO voucher VALUES(10,1,'2026-01-25',24312,10,'收到上级工会一般性转移支付','normal',NULL,1000000,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:20','记-010',1,X'e6cbb54ea8fe69861a431ce95f013690495632192d53d49801f40390143ea110',0,'',3);
INSERT INTO voucher VALUES(11,1,'2026-01-28',24312,11,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','/tmp/tourbook/demo/demo-vouchers-2026-01.csv:22','记-011',1,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',0,'',3);
INSERT INTO voucher VALUES(12,1,'2026-01-26',24312,12,'购买文体活动用品','normal',NULL,158000,'示例会计','2026-11-21T10:00:00Z','draft:1','',NULL,X'b2351288a4893ad8bff6157162e249282a403b9386b565ce131bab4201565c91',2,'',3);
INSERT INTO voucher VALUES(13,1,'2026-01-26',24312,13,'冲销 记-2026-01-012 科目错误，应为文体活动支出','reversal',12,-158000,'示例会计','2026-11-21T10:00:00Z','','',NULL,X'81baebfadf13377c7e46e485af03f608d19211bca339bf6600b95527efd90c5a',0,'',3);
INSERT INTO voucher VALUES(14,1,'2026-01-26',24312,14,'购买文体活动用品','normal',NULL,158000,'示例会计','2026-11-21T10:00:00Z','draft:2','',NULL,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',2,'',3);
INSERT INTO voucher VALUES(15,1,'2026-04-28',24315,1,'劳动节慰问品（工会委员15人×800元）','normal',NULL,1200000,'示例会计','2026-11-21T10:00:00Z','draft:3','',NULL,X'576ead4fa40cc2187a598991b005f65f51ba767ce56c9b819cbb32b4d9560b14',2,'',3);
INSERT INTO voucher VALUES(16,1,'2026-06-18',24317,1,'职工疗休养（第二批）','normal',NULL,5600000,'示例会计','2026-11-21T10:00:00Z','','',NULL,X'adb0515477ce1810914af3903e6b94422ca4fb04d68551a0308830e6aa82e0ea',3,'',3);
INSERT INTO voucher VALUES(17,1,'2026-02-05',24313,1,'收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）','normal',NULL,3948918,'示例会计','2026-11-21T10:00:00Z','draft:4','',NULL,X'04766c7044e22a029552b99285f245aa637ded9090c666f892f9db2ee55dc847',1,'',3);
INSERT INTO voucher VALUES(18,1,'2026-02-06',24313,2,'上解上级工会经费','normal',NULL,1579567,'示例会计','2026-11-21T10:00:00Z','draft:5','',NULL,X'6c7ebb8d6df21707520b6a33989bf07f2f8e4c6e6a4b592d9ffc1b87212c213b',1,'',3);
INSERT INTO voucher VALUES(19,1,'2026-02-20',24313,3,'收取2月会费','normal',NULL,124150,'示例会计','2026-11-21T10:00:00Z','draft:6','',NULL,X'f1a3d3721bea323ad236a0cec83114e921da686af8f4421a0d5885d6d13247b8',1,'',3);
INSERT INTO voucher VALUES(20,1,'2026-02-08',24313,4,'春节慰问品（300人×200元）','normal',NULL,6000000,'示例会计','2026-11-21T10:00:00Z','draft:7','',NULL,X'f1827cc3f8a21846b652864bdd3e4e57fe1b02c8624f1469b9ee4dfa09580951',3,'',3);
INSERT INTO voucher VALUES(21,1,'2026-02-28',24313,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:8','',NULL,X'cda7ed712f0fca9284525babc036aae9e983854376e9ba156cb9fa2f424fa632',1,'',3);
INSERT INTO voucher VALUES(22,1,'2026-03-05',24314,1,'收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）','normal',NULL,3951387,'示例会计','2026-11-21T10:00:00Z','draft:9','',NULL,X'fa8882bd1b31c153ff5fb6ff46fea9bf760680c6d1f46bfb1449bdc188388d28',1,'',3);
INSERT INTO voucher VALUES(23,1,'2026-03-06',24314,2,'上解上级工会经费','normal',NULL,1580555,'示例会计','2026-11-21T10:00:00Z','draft:10','',NULL,X'a8c46776150a3eadfe5cfc8db38376b1449bc6749464183d757b090e962bf2cc',1,'',3);
INSERT INTO voucher VALUES(24,1,'2026-03-20',24314,3,'收取3月会费','normal',NULL,124500,'示例会计','2026-11-21T10:00:00Z','draft:11','',NULL,X'dc362783612591753cd341be0f54c96ce1545061662d083fd0de2fd7ba9b000b',1,'',3);
INSERT INTO voucher VALUES(25,1,'2026-03-08',24314,4,'三八妇女节活动','normal',NULL,600000,'示例会计','2026-11-21T10:00:00Z','draft:12','',NULL,X'4dc9e7c16b66075bca1eaf202e0843a628465981099d7942b02544771d6ab630',3,'',3);
INSERT INTO voucher VALUES(26,1,'2026-03-28',24314,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:13','',NULL,X'3f86e5fbb774765844472ef0e8fb3d2242a3ec492a3ff3bf37ab38c113bffdcd',1,'',3);
INSERT INTO voucher VALUES(27,1,'2026-04-05',24315,2,'收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）','normal',NULL,3953856,'示例会计','2026-11-21T10:00:00Z','draft:14','',NULL,X'03b35519fb4a48e07d627cb832f4b9cfc8ba73331a56f6ec63bf1dfb59eb169f',1,'',3);
INSERT INTO voucher VALUES(28,1,'2026-04-06',24315,3,'上解上级工会经费','normal',NULL,1581542,'示例会计','2026-11-21T10:00:00Z','draft:15','',NULL,X'84539cf731408afec9c6f94755c92191b614f7d22bed8a2182c1081efe28b7d3',1,'',3);
INSERT INTO voucher VALUES(29,1,'2026-04-20',24315,4,'收取4月会费','normal',NULL,124850,'示例会计','2026-11-21T10:00:00Z','draft:16','',NULL,X'a59f4078dd034ad09a2fff3318c6b3d1d266bd24532dc05f07fc38e2f12b8e3d',1,'',3);
INSERT INTO voucher VALUES(30,1,'2026-04-16',24315,5,'工会干部业务培训','normal',NULL,320000,'示例会计','2026-11-21T10:00:00Z','draft:17','',NULL,X'004d6fe3b57d1d7eeca7e566c5aaa7c5097a3b903ec4b9f9bd85d98d99efba99',3,'',3);
INSERT INTO voucher VALUES(31,1,'2026-04-28',24315,6,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:18','',NULL,X'db61604d857877c208dce8c168ad43b2f9aa7724a5ef790af203413010063f72',1,'',3);
INSERT INTO voucher VALUES(32,1,'2026-05-05',24316,1,'收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）','normal',NULL,3956325,'示例会计','2026-11-21T10:00:00Z','draft:19','',NULL,X'c2027b434cd46988979ec266da8fc06d38f2eba51e8cbdc83ff8f76504047f28',1,'',3);
INSERT INTO voucher VALUES(33,1,'2026-05-06',24316,2,'上解上级工会经费','normal',NULL,1582530,'示例会计','2026-11-21T10:00:00Z','draft:20','',NULL,X'c62c291d696a32b3e67d3b79271eb8f3ee0ab8bdd77e043a376332457fb4f039',1,'',3);
INSERT INTO voucher VALUES(34,1,'2026-05-20',24316,3,'收取5月会费','normal',NULL,125200,'示例会计','2026-11-21T10:00:00Z','draft:21','',NULL,X'693299d3a51cf9383b4fd4ce1bc1c95b2289705d237d5adf4599fd8ee946462a',1,'',3);
INSERT INTO voucher VALUES(35,1,'2026-05-12',24316,4,'职工运动会','normal',NULL,980000,'示例会计','2026-11-21T10:00:00Z','draft:22','',NULL,X'28e7f2c019212aaad3bbe3c9b944642ca4d95c24e84f615d491d14d3d911accf',3,'',3);
INSERT INTO voucher VALUES(36,1,'2026-05-28',24316,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:23','',NULL,X'42e7c3c2be83ca98400cc5b821cd84d42c440a3240403eeb6321addf0acca5d6',1,'',3);
INSERT INTO voucher VALUES(37,1,'2026-06-05',24317,2,'收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）','normal',NULL,3958794,'示例会计','2026-11-21T10:00:00Z','draft:24','',NULL,X'36ab73a7238315d5a93d1357bb3ed12f7e6bc6b10803e922342e0dbc9d59e82d',1,'',3);
INSERT INTO voucher VALUES(38,1,'2026-06-06',24317,3,'上解上级工会经费','normal',NULL,1583518,'示例会计','2026-11-21T10:00:00Z','draft:25','',NULL,X'0e2dd4557f548369af53ff5c46b45b72b7e88e9eaccbd13ce05cb1087e94854d',1,'',3);
INSERT INTO voucher VALUES(39,1,'2026-06-20',24317,4,'收取6月会费','normal',NULL,125550,'示例会计','2026-11-21T10:00:00Z','draft:26','',NULL,X'a01f79d0e63a59c8a4467d4905e021bc2d99f4094d73de8d30c351ea45259ece',1,'',3);
INSERT INTO voucher VALUES(40,1,'2026-06-20',24317,5,'困难职工帮扶','normal',NULL,400000,'示例会计','2026-11-21T10:00:00Z','draft:27','',NULL,X'313da8bd58462c123bd9f9722d29179a131db6960a1bb78cbaa5d565ed2e468e',3,'',3);
INSERT INTO voucher VALUES(41,1,'2026-06-28',24317,6,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:28','',NULL,X'8737bb20c0c7070ff715328657ea57eeac6dacceb2594ce84c6f06277d9a2bf4',1,'',3);
INSERT INTO voucher VALUES(42,1,'2026-07-05',24318,1,'收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）','normal',NULL,3961263,'示例会计','2026-11-21T10:00:00Z','draft:29','',NULL,X'1d4aa0434b1b5733b4920453f35e010e59046eaac570af32011a7f7a87d92775',1,'',3);
INSERT INTO voucher VALUES(43,1,'2026-07-06',24318,2,'上解上级工会经费','normal',NULL,1584505,'示例会计','2026-11-21T10:00:00Z','draft:30','',NULL,X'937d3032d5251218999da0535d5c88b15d5f6f29d0642de9e1ed9361c2798ebd',1,'',3);
INSERT INTO voucher VALUES(44,1,'2026-07-20',24318,3,'收取7月会费','normal',NULL,125900,'示例会计','2026-11-21T10:00:00Z','draft:31','',NULL,X'447eaf1a04dbc91e3dead9a7b03317594226071adfac886079b76b07bcd618f0',1,'',3);
INSERT INTO voucher VALUES(45,1,'2026-07-15',24318,4,'劳模疗休养','normal',NULL,1200000,'示例会计','2026-11-21T10:00:00Z','draft:32','',NULL,X'e40b14ffe20d499d4424def2f3dba2790c29b6ea13c487adfe4d3695622f55d0',3,'',3);
INSERT INTO voucher VALUES(46,1,'2026-07-28',24318,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:33','',NULL,X'269257d60d8930aa90bf6c1b4ef7b76e9d96e242a2dec36f77e52ec6dd91d473',1,'',3);
INSERT INTO voucher VALUES(47,1,'2026-08-05',24319,1,'收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）','normal',NULL,3963733,'示例会计','2026-11-21T10:00:00Z','draft:34','',NULL,X'4649c951a3e8107927b6fe098935b99e0449e658cff57216af5d1b78d9d1d060',1,'',3);
INSERT INTO voucher VALUES(48,1,'2026-08-06',24319,2,'上解上级工会经费','normal',NULL,1585493,'示例会计','2026-11-21T10:00:00Z','draft:35','',NULL,X'42a16e0ef5b510bfc7f5cb13d518d9f443ba7905c26d6a27c2eaf7f6dd82ce1b',1,'',3);
INSERT INTO voucher VALUES(49,1,'2026-08-20',24319,3,'收取8月会费','normal',NULL,126250,'示例会计','2026-11-21T10:00:00Z','draft:36','',NULL,X'c5ec70b0be9ec0e77c6e9f4f08c1c0a328bd27789cb7e538e30503897f2dbe41',1,'',3);
INSERT INTO voucher VALUES(50,1,'2026-08-06',24319,4,'夏季送清凉','normal',NULL,900000,'示例会计','2026-11-21T10:00:00Z','draft:37','',NULL,X'2e8978f3b90999777c11c4ae15d338566cac148272ce5c7373a57a0825561517',3,'',3);
INSERT INTO voucher VALUES(51,1,'2026-08-28',24319,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:38','',NULL,X'9158f8b48a3bc097bb4b0b67334597d6e98b15c3687e3f48a45e620763c12c90',1,'',3);
INSERT INTO voucher VALUES(52,1,'2026-09-05',24320,1,'收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）','normal',NULL,3966202,'示例会计','2026-11-21T10:00:00Z','draft:39','',NULL,X'09712480023d6545240ef8a98da48f4eadda04d1b40a532894f7605ec8bafeb8',1,'',3);
INSERT INTO voucher VALUES(53,1,'2026-09-06',24320,2,'上解上级工会经费','normal',NULL,1586481,'示例会计','2026-11-21T10:00:00Z','draft:40','',NULL,X'7735b7b6adc95d75c39066ff8e7ee6421e2d8134c29a20ad2096c29ab1b3b62b',1,'',3);
INSERT INTO voucher VALUES(54,1,'2026-09-20',24320,3,'收取9月会费','normal',NULL,126600,'示例会计','2026-11-21T10:00:00Z','draft:41','',NULL,X'a17bfc311c96a512295b2fe42442dd0ce6faa943945cf6df8ef98f5339df54c8',1,'',3);
INSERT INTO voucher VALUES(55,1,'2026-09-10',24320,4,'中秋慰问品（300人×150元）','normal',NULL,4500000,'示例会计','2026-11-21T10:00:00Z','draft:42','',NULL,X'1d5c63cd1f94270866114fabd6ddc15d1564f02aff0c9b8a63255105a624892b',3,'',3);
INSERT INTO voucher VALUES(56,1,'2026-09-28',24320,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:43','',NULL,X'3c91e6d9685f3da6fc2050894b4248ec34e7bb96c55c8eb15193a06125932515',1,'',3);
INSERT INTO voucher VALUES(57,1,'2026-10-05',24321,1,'收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）','normal',NULL,3968671,'示例会计','2026-11-21T10:00:00Z','draft:44','',NULL,X'6ee30665ed9e1ca7647f029f1136822f101e6c7ac9641c4ff6d8f5dbe99b8d55',1,'',3);
INSERT INTO voucher VALUES(58,1,'2026-10-06',24321,2,'上解上级工会经费','normal',NULL,1587468,'示例会计','2026-11-21T10:00:00Z','draft:45','',NULL,X'da48e5d48b73f4bcda97b7e85bf5853b546c0bfd9c71ba61f6afad57b004aee6',1,'',3);
INSERT INTO voucher VALUES(59,1,'2026-10-20',24321,3,'收取10月会费','normal',NULL,126950,'示例会计','2026-11-21T10:00:00Z','draft:46','',NULL,X'0c821d2c99d8fcf9f513942e5dbcef4db5ab40dc20cdaf7b817fe45b8c3f1610',1,'',3);
INSERT INTO voucher VALUES(60,1,'2026-10-18',24321,4,'职工技能培训','normal',NULL,560000,'示例会计','2026-11-21T10:00:00Z','draft:47','',NULL,X'301f9a0bec0f49c270125724905aa31b4b1bfb00b47baf257e778b1a46523654',3,'',3);
INSERT INTO voucher VALUES(61,1,'2026-10-28',24321,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:48','',NULL,X'89320687403af5f5a2c0d72d221957103aeac5039ef59cee81f94bba43a35a96',1,'',3);
INSERT INTO voucher VALUES(62,1,'2026-11-05',24322,1,'收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）','normal',NULL,3971140,'示例会计','2026-11-21T10:00:00Z','draft:49','',NULL,X'e8b4201023e0da146966c96dade2fdcc0a5200a5d5a0a165d7d1dcc369e65520',1,'',3);
INSERT INTO voucher VALUES(63,1,'2026-11-06',24322,2,'上解上级工会经费','normal',NULL,1588456,'示例会计','2026-11-21T10:00:00Z','draft:50','',NULL,X'8fe118d4f7820368e0333e57a9c2f61c682402242bc3185e78d06c561da397a2',1,'',3);
INSERT INTO voucher VALUES(64,1,'2026-11-20',24322,3,'收取11月会费','normal',NULL,127300,'示例会计','2026-11-21T10:00:00Z','draft:51','',NULL,X'2823d51256ac0a99fd538c1dd67f3b539810767414a5c9efe82751a82fc00af0',1,'',3);
INSERT INTO voucher VALUES(65,1,'2026-11-22',24322,4,'职工书屋购书','normal',NULL,240000,'示例会计','2026-11-21T10:00:00Z','draft:52','',NULL,X'f952d87780d277b01c4595c3589efe9813c7ae5ee842f51a29634c61a3e20d69',3,'',3);
INSERT INTO voucher VALUES(66,1,'2026-11-28',24322,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:53','',NULL,X'dab1cb1bc28ccde24ebd9b9e370e2cb64a088bd013984b3a16ac722a144ed855',1,'',3);
INSERT INTO voucher VALUES(67,1,'2026-12-05',24323,1,'收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）','normal',NULL,3973609,'示例会计','2026-11-21T10:00:00Z','draft:54','',NULL,X'30611b6ad49bd982af4a2fe1bc07213f24575603e539039d41c974e1538d6bc1',1,'',3);
INSERT INTO voucher VALUES(68,1,'2026-12-06',24323,2,'上解上级工会经费','normal',NULL,1589444,'示例会计','2026-11-21T10:00:00Z','draft:55','',NULL,X'1f6af82d247730bb1ef5b8e1b2a9ec9e79f249440759e5cc5d91f4275611d500',1,'',3);
INSERT INTO voucher VALUES(69,1,'2026-12-20',24323,3,'收取12月会费','normal',NULL,127650,'示例会计','2026-11-21T10:00:00Z','draft:56','',NULL,X'fde3fb3cf24050e55979b84250333b8f0a7fc755125bd6b1b4bbd57aefbb19c5',1,'',3);
INSERT INTO voucher VALUES(70,1,'2026-12-12',24323,4,'冬季送温暖','normal',NULL,800000,'示例会计','2026-11-21T10:00:00Z','draft:57','',NULL,X'45d92453732e3ad8fba3477759f4a67646d3ffbd9eeeaffd89c8a9e07dd79fa8',3,'',3);
INSERT INTO voucher VALUES(71,1,'2026-12-28',24323,5,'银行手续费','normal',NULL,3500,'示例会计','2026-11-21T10:00:00Z','draft:58','',NULL,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',1,'',3);
INSERT INTO voucher VALUES(72,1,'2026-12-05',24323,6,'职工书屋添置书架','normal',NULL,180000,'示例会计','2026-11-21T10:00:00Z','','',NULL,X'5520f6e0fbcf491864d61d1a3676061e38a0dd8aefb005ecd8b4586a3f004167',0,'',3);
INSERT INTO voucher VALUES(73,1,'2026-12-31',24323,7,'2026 年收支结转','closing',NULL,31019077,'示例会计','2026-11-21T10:00:00Z','','',NULL,X'b2addf9e0bc8c64bf6f01ca82aeaf7384557f984b168f9af66931c5cfebfac11',0,'',3);
INSERT INTO voucher VALUES(74,1,'2026-12-31',24323,8,'工会资金结余转入累计结余','closing',NULL,2699077,'示例会计','2026-11-21T10:00:00Z','','',NULL,X'7c701a836e11bcd4eeddd94c5f11872c5d8e5c3d9e547f71710db911442a6ec7',0,'',3);
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
INSERT INTO budget_version VALUES(1,1,2026,0,'',12000000,'approved','/tmp/tourbook/demo/budget/budget-2026.csv','2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_version VALUES(2,1,2026,1,'中秋、年终慰问人数增加',12000000,'approved','/tmp/tourbook/demo/budget/budget-2026-adjusted.csv','2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO budget_line VALUES(1,1,'401','revenue','',1500000,'会员工资 0.5%');
INSERT INTO budget_line VALUES(1,2,'402','revenue','',28000000,'工资总额 2% 的 60%');
INSERT INTO budget_line VALUES(1,3,'403','revenue','',1000000,'上级补助');
INSERT INTO budget_line VALUES(1,4,'501','basic','',18000000,'节日慰问、文体、教育、疗休养');
INSERT INTO budget_line VALUES(1,5,'504','basic','',1600000,'困难帮扶、送温暖');
INSERT INTO budget_line VALUES(1,6,'505','basic','',600000,'培训');
INSERT INTO budget_line VALUES(1,7,'510','basic','',60000,'银行手续费');
INSERT INTO budget_line VALUES(1,8,'503','project','职工书屋',300000,'职工书屋添置书架');
INSERT INTO budget_line VALUES(2,1,'401','revenue','',1500000,'会员工资 0.5%');
INSERT INTO budget_line VALUES(2,2,'402','revenue','',28000000,'工资总额 2% 的 60%');
INSERT INTO budget_line VALUES(2,3,'403','revenue','',1000000,'上级补助');
INSERT INTO budget_line VALUES(2,4,'501','basic','',27000000,'节日慰问、文体、教育、疗休养');
INSERT INTO budget_line VALUES(2,5,'504','basic','',1600000,'困难帮扶、送温暖');
INSERT INTO budget_line VALUES(2,6,'505','basic','',600000,'培训');
INSERT INTO budget_line VALUES(2,7,'510','basic','',60000,'银行手续费');
INSERT INTO budget_line VALUES(2,8,'503','project','职工书屋',300000,'职工书屋添置书架');
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
INSERT INTO final_accounts VALUES(1,1,2026,1,1,31019077,28320000,14699077,'approved','2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO final_accounts_line VALUES(1,1,'401','revenue','',1500000,1508350);
INSERT INTO final_accounts_line VALUES(1,2,'402','revenue','',28000000,28510727);
INSERT INTO final_accounts_line VALUES(1,3,'403','revenue','',1000000,1000000);
INSERT INTO final_accounts_line VALUES(1,4,'501','basic','',27000000,26018000);
INSERT INTO final_accounts_line VALUES(1,5,'504','basic','',1600000,1500000);
INSERT INTO final_accounts_line VALUES(1,6,'505','basic','',600000,580000);
INSERT INTO final_accounts_line VALUES(1,7,'510','basic','',60000,42000);
INSERT INTO final_accounts_line VALUES(1,8,'503','project','职工书屋',300000,180000);
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
INSERT INTO budget_approval VALUES(1,1,2026,'budget',0,'review_committee','2026-01-12','张审查','第三届经审会第2次会议','同意，提请委员会审议',NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(2,1,2026,'budget',0,'committee','2026-01-15','王明','第三届第5次委员会会议','审议通过',NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(3,1,2026,'budget',0,'higher_union','2026-01-20','区总工会财务部','区总工会备案','已备案','filing','2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(4,1,2026,'budget',1,'review_committee','2026-09-01','张审查','第三届经审会第3次会议','同意，提请委员会审议',NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(5,1,2026,'budget',1,'committee','2026-09-03','王明','第三届第9次委员会会议','审议通过',NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(6,1,2026,'budget',1,'higher_union','2026-09-07','区总工会财务部','区总工会备案','已备案','filing','2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(7,1,2026,'final',1,'review_committee','2027-01-08','张审查','第三届经审会第4次会议','决算真实、完整，同意',NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(8,1,2026,'final',1,'committee','2027-01-12','王明','第三届第12次委员会会议','审议通过',NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO budget_approval VALUES(9,1,2026,'final',1,'higher_union','2027-01-15','区总工会财务部','区总工会备案','已备案','filing','2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO audit_run VALUES(1,1,'review',24312,24323,NULL,'2026-11-21T10:00:00Z','示例会计');
INSERT INTO audit_run VALUES(2,1,'departure',24312,24320,1,'2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO audit_finding VALUES(1,1,'approval.signoffMissing|72||','approval.signoffMissing','violation',180000,'72','',NULL,NULL,'记-2026-12-006「职工书屋添置书架」 支出 1,800.00 元，没有主席签批记录','记-2026-12-006 “职工书屋添置书架” spends 1,800.00 with no sign-off by the chair on record',NULL,'open',1,1);
INSERT INTO audit_finding VALUES(2,1,'approval.signoffMissing|5,6,7,9,11||','approval.signoffMissing','warning',4643500,'5,6,7,9,11','',NULL,NULL,'导入的支出凭证 记-2026-01-005、记-2026-01-006、记-2026-01-007、记-2026-01-009、记-2026-01-011 共 46,435.00 元，本账套中没有审批记录，须核对纸质凭证上的主席签批','imported spending vouchers 记-2026-01-005, 记-2026-01-006, 记-2026-01-007, 记-2026-01-009, 记-2026-01-011, 46,435.00 in all, carry no approval record here: check the chair''s sign-off on the paper vouchers','领导责任','open',1,2);
INSERT INTO audit_finding VALUES(3,1,'approval.collectiveDecisionMissing|16||','approval.collectiveDecisionMissing','violation',5600000,'16','',NULL,NULL,'记-2026-06-001「职工疗休养（第二批）」 支出 56,000.00 元，达到集体研究标准 50,000.00 元，没有集体研究记录','记-2026-06-001 “职工疗休养（第二批）” spends 56,000.00, at or above the 50,000.00 threshold, with no collective decision on record','直接责任','open',1,2);
INSERT INTO audit_finding VALUES(4,1,'benefits.giftCap|5,20,15,55||2026-01..2026-12','benefits.giftCap','violation',405000,'5,20,15,55','',24312,24323,'2026 年节日慰问人均 1,270.00 元，超过标准 1,000.00 元（全国未定统一标准（32号文：少量，由省级工会规定）；取参考资料中最低的省级年度标准（黑龙江 2017、陕西约 2015：每人每年 1000 元）[U]），人均超出 270.00 元，按 15 人计超支 4,050.00 元（记-2026-01-005、记-2026-02-004、记-2026-04-001、记-2026-09-004）','festival gifts in 2026: 1,270.00 per member, above the cap of 1,000.00 (全国未定统一标准（32号文：少量，由省级工会规定）；取参考资料中最低的省级年度标准（黑龙江 2017、陕西约 2015：每人每年 1000 元）[U]); 270.00 over per member, 4,050.00 for 15 members (记-2026-01-005, 记-2026-02-004, 记-2026-04-001, 记-2026-09-004)','直接责任','open',1,2);
INSERT INTO audit_finding VALUES(5,1,'books.attachmentsMissing|2,3,4,5,6,7,8,9,10,11||','books.attachmentsMissing','warning',11488522,'2,3,4,5,6,7,8,9,10,11','',NULL,NULL,'10 张记账凭证未附原始凭证：记-2026-01-002、记-2026-01-003、记-2026-01-004、记-2026-01-005、记-2026-01-006、记-2026-01-007、记-2026-01-008、记-2026-01-009 等 10 张，合计 114,885.22 元','10 vouchers have no attachments: 记-2026-01-002, 记-2026-01-003, 记-2026-01-004, 记-2026-01-005, 记-2026-01-006, 记-2026-01-007, 记-2026-01-008, 记-2026-01-009 and 2 more, 114,885.22 in all','领导责任','open',1,2);
CREATE TABLE audit_finding_event(
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES audit_finding(id),
    status TEXT NOT NULL CHECK(status IN ('open','rectificationNoted','closed')),
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    by TEXT NOT NULL
) STRICT;
INSERT INTO audit_finding_event VALUES(1,1,'open','','2026-11-21T10:00:00Z','示例会计');
INSERT INTO audit_finding_event VALUES(2,2,'open','','2026-11-21T10:00:00Z','示例会计');
INSERT INTO audit_finding_event VALUES(3,3,'open','','2026-11-21T10:00:00Z','示例会计');
INSERT INTO audit_finding_event VALUES(4,4,'open','','2026-11-21T10:00:00Z','示例会计');
INSERT INTO audit_finding_event VALUES(5,5,'open','','2026-11-21T10:00:00Z','示例会计');
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
INSERT INTO import_content VALUES(1,1,'voucher','8d233f3231131bc5f19b17427d401310243f359212a0e67899b6f15ee51010aa','/tmp/tourbook/demo/demo-vouchers-2026-01.csv',22,'2026-11-21T10:00:00Z','示例会计');
CREATE TABLE change(
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    image TEXT
) STRICT;
INSERT INTO change VALUES(1,'organisation','[1]','[1,"GH001","示例科技有限公司工会","enterprise",24312,"2026-11-21T10:00:00Z","示例会计",null,"","","self"]');
INSERT INTO change VALUES(2,'account','[1]','[1,1,"101","库存现金","Cash on hand","asset",null,1,1,"示例会计","cash"]');
INSERT INTO change VALUES(3,'account','[2]','[2,1,"102","银行存款","Bank deposits","asset",null,1,1,"示例会计","bank"]');
INSERT INTO change VALUES(4,'account','[3]','[3,1,"131","应收上级经费","Receivable from higher unions","asset",null,1,1,"示例会计","receivableFromHigher"]');
INSERT INTO change VALUES(5,'account','[3]','[3,1,"131","应收上级经费","Receivable from higher unions","asset",null,0,1,"示例会计","receivableFromHigher"]');
INSERT INTO change VALUES(6,'account','[4]','[4,1,"13101","应收上级补助","Grants receivable from higher unions","asset",3,1,1,"示例会计","receivableGrantFromHigher"]');
INSERT INTO change VALUES(7,'account','[3]','[3,1,"131","应收上级经费","Receivable from higher unions","asset",null,0,1,"示例会计","receivableFromHigher"]');
INSERT INTO change VALUES(8,'account','[5]','[5,1,"13102","应收上级转拨经费","Transferred allocations receivable from higher unions","asset",3,1,1,"示例会计","receivableTransferFromHigher"]');
INSERT INTO change VALUES(9,'account','[6]','[6,1,"135","其他应收款","Other receivables","asset",null,1,1,"示例会计","otherReceivable"]');
INSERT INTO change VALUES(10,'account','[7]','[7,1,"141","库存物品","Inventory","asset",null,1,1,"示例会计","inventory"]');
INSERT INTO change VALUES(11,'account','[8]','[8,1,"162","固定资产","Fixed assets","asset",null,1,1,"示例会计","fixedAssets"]');
INSERT INTO change VALUES(12,'account','[9]','[9,1,"163","累计折旧","Accumulated depreciation","asset",null,1,1,"示例会计","accumulatedDepreciation"]');
INSERT INTO change VALUES(13,'account','[10]','[10,1,"182","待处理财产损溢","Assets pending disposal","asset",null,1,1,"示例会计","pendingDisposal"]');
INSERT INTO change VALUES(14,'account','[11]','[11,1,"211","应付上级经费","Payable to higher unions","liability",null,1,1,"示例会计","payableToHigher"]');
INSERT INTO change VALUES(15,'account','[12]','[12,1,"215","其他应付款","Other payables","liability",null,1,1,"示例会计","otherPayable"]');
INSERT INTO change VALUES(16,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,1,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(17,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(18,'account','[14]','[14,1,"30101","库存物品","Asset fund: inventory","netAssets",13,1,1,"示例会计","assetFundInventory"]');
INSERT INTO change VALUES(19,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(20,'account','[15]','[15,1,"30102","投资","Asset fund: investments","netAssets",13,1,1,"示例会计","assetFundInvestment"]');
INSERT INTO change VALUES(21,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(22,'account','[16]','[16,1,"30103","在建工程","Asset fund: construction in progress","netAssets",13,1,1,"示例会计","assetFundConstruction"]');
INSERT INTO change VALUES(23,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(24,'account','[17]','[17,1,"30104","固定资产","Asset fund: fixed assets","netAssets",13,1,1,"示例会计","assetFundFixedAssets"]');
INSERT INTO change VALUES(25,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(26,'account','[18]','[18,1,"30105","无形资产","Asset fund: intangible assets","netAssets",13,1,1,"示例会计","assetFundIntangible"]');
INSERT INTO change VALUES(27,'account','[13]','[13,1,"301","资产基金","Asset fund","netAssets",null,0,1,"示例会计","assetFund"]');
INSERT INTO change VALUES(28,'account','[19]','[19,1,"30106","长期待摊费用","Asset fund: long-term deferred expenses","netAssets",13,1,1,"示例会计","assetFundLongTermPrepaid"]');
INSERT INTO change VALUES(29,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,1,1,"示例会计","restrictedCarryForward"]');
INSERT INTO change VALUES(30,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"示例会计","restrictedCarryForward"]');
INSERT INTO change VALUES(31,'account','[21]','[21,1,"32101","年初余额调整","Carried forward: prior-year adjustments","netAssets",20,1,1,"示例会计","restrictedOpeningAdjustment"]');
INSERT INTO change VALUES(32,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"示例会计","restrictedCarryForward"]');
INSERT INTO change VALUES(33,'account','[22]','[22,1,"32102","单位内部调剂","Carried forward: internal reallocation","netAssets",20,1,1,"示例会计","restrictedInternalTransfer"]');
INSERT INTO change VALUES(34,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"示例会计","restrictedCarryForward"]');
INSERT INTO change VALUES(35,'account','[23]','[23,1,"32103","本年收支结转","Carried forward: current-year result","netAssets",20,1,1,"示例会计","restrictedCurrentYear"]');
INSERT INTO change VALUES(36,'account','[20]','[20,1,"321","工会资金结转","Union funds carried forward","netAssets",null,0,1,"示例会计","restrictedCarryForward"]');
INSERT INTO change VALUES(37,'account','[24]','[24,1,"32104","累计结转","Carried forward: accumulated","netAssets",20,1,1,"示例会计","restrictedAccumulated"]');
INSERT INTO change VALUES(38,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,1,1,"示例会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(39,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"示例会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(40,'account','[26]','[26,1,"32201","年初余额调整","Surplus: prior-year adjustments","netAssets",25,1,1,"示例会计","unrestrictedOpeningAdjustment"]');
INSERT INTO change VALUES(41,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"示例会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(42,'account','[27]','[27,1,"32202","单位内部调剂","Surplus: internal reallocation","netAssets",25,1,1,"示例会计","unrestrictedInternalTransfer"]');
INSERT INTO change VALUES(43,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"示例会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(44,'account','[28]','[28,1,"32203","本年收支结转","Surplus: current-year result","netAssets",25,1,1,"示例会计","unrestrictedCurrentYear"]');
INSERT INTO change VALUES(45,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"示例会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(46,'account','[29]','[29,1,"32204","结转转入","Surplus: transferred in from carry-forward","netAssets",25,1,1,"示例会计","unrestrictedTransferredIn"]');
INSERT INTO change VALUES(47,'account','[25]','[25,1,"322","工会资金结余","Union funds surplus","netAssets",null,0,1,"示例会计","unrestrictedSurplus"]');
INSERT INTO change VALUES(48,'account','[30]','[30,1,"32205","累计结余","Surplus: accumulated","netAssets",25,1,1,"示例会计","unrestrictedAccumulated"]');
INSERT INTO change VALUES(49,'account','[31]','[31,1,"401","会费收入","Membership dues","revenue",null,1,1,"示例会计","duesRevenue"]');
INSERT INTO change VALUES(50,'account','[32]','[32,1,"402","拨缴经费收入","Allocated union funds income","revenue",null,1,1,"示例会计","allocationRevenue"]');
INSERT INTO change VALUES(51,'account','[33]','[33,1,"403","上级补助收入","Grants from higher unions","revenue",null,1,1,"示例会计","higherGrantRevenue"]');
INSERT INTO change VALUES(52,'account','[33]','[33,1,"403","上级补助收入","Grants from higher unions","revenue",null,0,1,"示例会计","higherGrantRevenue"]');
INSERT INTO change VALUES(53,'account','[34]','[34,1,"40301","一般性转移支付补助","General transfer grants","revenue",33,1,1,"示例会计",""]');
INSERT INTO change VALUES(54,'account','[33]','[33,1,"403","上级补助收入","Grants from higher unions","revenue",null,0,1,"示例会计","higherGrantRevenue"]');
INSERT INTO change VALUES(55,'account','[35]','[35,1,"40302","专项转移支付补助","Earmarked transfer grants","revenue",33,1,1,"示例会计",""]');
INSERT INTO change VALUES(56,'account','[36]','[36,1,"405","行政补助收入","Grants from the employer","revenue",null,1,1,"示例会计","administrativeGrantRevenue"]');
INSERT INTO change VALUES(57,'account','[37]','[37,1,"408","其他收入","Other income","revenue",null,1,1,"示例会计","otherRevenue"]');
INSERT INTO change VALUES(58,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,1,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(59,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(60,'account','[39]','[39,1,"50101","职工教育支出","Employee education","expenditure",38,1,1,"示例会计",""]');
INSERT INTO change VALUES(61,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(62,'account','[40]','[40,1,"50102","文体活动支出","Cultural and sports activities","expenditure",38,1,1,"示例会计",""]');
INSERT INTO change VALUES(63,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(64,'account','[41]','[41,1,"50103","宣传活动支出","Publicity activities","expenditure",38,1,1,"示例会计",""]');
INSERT INTO change VALUES(65,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(66,'account','[42]','[42,1,"50104","劳模职工疗休养支出","Model-worker and staff recuperation","expenditure",38,1,1,"示例会计",""]');
INSERT INTO change VALUES(67,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(68,'account','[43]','[43,1,"50105","会员活动支出","Member activities","expenditure",38,1,1,"示例会计",""]');
INSERT INTO change VALUES(69,'account','[38]','[38,1,"501","职工活动支出","Employee activities","expenditure",null,0,1,"示例会计","staffActivities"]');
INSERT INTO change VALUES(70,'account','[44]','[44,1,"50106","其他活动支出","Other activities","expenditure",38,1,1,"示例会计",""]');
INSERT INTO change VALUES(71,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,1,1,"示例会计","staffServices"]');
INSERT INTO change VALUES(72,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"示例会计","staffServices"]');
INSERT INTO change VALUES(73,'account','[46]','[46,1,"50301","劳动和技能竞赛活动支出","Labour and skills competitions","expenditure",45,1,1,"示例会计",""]');
INSERT INTO change VALUES(74,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"示例会计","staffServices"]');
INSERT INTO change VALUES(75,'account','[47]','[47,1,"50302","建家活动支出","Workers-home building activities","expenditure",45,1,1,"示例会计",""]');
INSERT INTO change VALUES(76,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"示例会计","staffServices"]');
INSERT INTO change VALUES(77,'account','[48]','[48,1,"50303","职工创新活动支出","Employee innovation activities","expenditure",45,1,1,"示例会计",""]');
INSERT INTO change VALUES(78,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"示例会计","staffServices"]');
INSERT INTO change VALUES(79,'account','[49]','[49,1,"50304","职工书屋活动支出","Workers'' libraries","expenditure",45,1,1,"示例会计",""]');
INSERT INTO change VALUES(80,'account','[45]','[45,1,"503","职工服务支出","Employee services","expenditure",null,0,1,"示例会计","staffServices"]');
INSERT INTO change VALUES(81,'account','[50]','[50,1,"50305","其他服务支出","Other services","expenditure",45,1,1,"示例会计",""]');
INSERT INTO change VALUES(82,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,1,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(83,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(84,'account','[52]','[52,1,"50401","劳动关系协调支出","Labour relations coordination","expenditure",51,1,1,"示例会计",""]');
INSERT INTO change VALUES(85,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(86,'account','[53]','[53,1,"50402","劳动保护支出","Labour protection","expenditure",51,1,1,"示例会计",""]');
INSERT INTO change VALUES(87,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(88,'account','[54]','[54,1,"50403","法律援助支出","Legal aid","expenditure",51,1,1,"示例会计",""]');
INSERT INTO change VALUES(89,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(90,'account','[55]','[55,1,"50404","困难职工帮扶支出","Support for workers in hardship","expenditure",51,1,1,"示例会计",""]');
INSERT INTO change VALUES(91,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(92,'account','[56]','[56,1,"50405","送温暖支出","Warmth campaign","expenditure",51,1,1,"示例会计",""]');
INSERT INTO change VALUES(93,'account','[51]','[51,1,"504","维权支出","Rights protection","expenditure",null,0,1,"示例会计","rightsProtection"]');
INSERT INTO change VALUES(94,'account','[57]','[57,1,"50406","其他维权支出","Other rights protection","expenditure",51,1,1,"示例会计",""]');
INSERT INTO change VALUES(95,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,1,1,"示例会计","operations"]');
INSERT INTO change VALUES(96,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"示例会计","operations"]');
INSERT INTO change VALUES(97,'account','[59]','[59,1,"50501","培训支出","Training","expenditure",58,1,1,"示例会计",""]');
INSERT INTO change VALUES(98,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"示例会计","operations"]');
INSERT INTO change VALUES(99,'account','[60]','[60,1,"50502","会议支出","Meetings","expenditure",58,1,1,"示例会计",""]');
INSERT INTO change VALUES(100,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"示例会计","operations"]');
INSERT INTO change VALUES(101,'account','[61]','[61,1,"50503","专项业务支出","Special operations","expenditure",58,1,1,"示例会计",""]');
INSERT INTO change VALUES(102,'account','[58]','[58,1,"505","业务支出","Operations","expenditure",null,0,1,"示例会计","operations"]');
INSERT INTO change VALUES(103,'account','[62]','[62,1,"50504","其他业务支出","Other operations","expenditure",58,1,1,"示例会计",""]');
INSERT INTO change VALUES(104,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,1,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(105,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(106,'account','[64]','[64,1,"50701","房屋建筑物购建","Buildings","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(107,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(108,'account','[65]','[65,1,"50702","办公设备购置","Office equipment","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(109,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(110,'account','[66]','[66,1,"50703","专用设备购置","Special equipment","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(111,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(112,'account','[67]','[67,1,"50704","交通工具购置","Vehicles","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(113,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(114,'account','[68]','[68,1,"50705","大型修缮","Major repairs","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(115,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(116,'account','[69]','[69,1,"50706","信息网络购建","Information networks","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(117,'account','[63]','[63,1,"507","资本性支出","Capital expenditure","expenditure",null,0,1,"示例会计","capitalExpenditure"]');
INSERT INTO change VALUES(118,'account','[70]','[70,1,"50707","其他资本性支出","Other capital expenditure","expenditure",63,1,1,"示例会计",""]');
INSERT INTO change VALUES(119,'account','[71]','[71,1,"510","其他支出","Other expenditure","expenditure",null,1,1,"示例会计","otherExpenditure"]');
INSERT INTO change VALUES(120,'event','[1]','[1,1,"2026-11-21T10:00:00Z","示例会计","init","GH001 示例科技有限公司工会, 71 accounts"]');
INSERT INTO change VALUES(121,'period','[1,24312]','[1,24312,1,null,null]');
INSERT INTO change VALUES(122,'import_log','[1]','[1,1,"voucher","/tmp/tourbook/demo/demo-vouchers-2026-01.csv","1616694f306ec4fe0e6ecde05c6e179b05039de18cf3533b75c1e6b4029f78fb",0,0,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(123,'import_log','[1]','[1,1,"voucher","/tmp/tourbook/demo/demo-vouchers-2026-01.csv","1616694f306ec4fe0e6ecde05c6e179b05039de18cf3533b75c1e6b4029f78fb",22,10,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(124,'import_content','[1]','[1,1,"voucher","8d233f3231131bc5f19b17427d401310243f359212a0e67899b6f15ee51010aa","/tmp/tourbook/demo/demo-vouchers-2026-01.csv",22,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(125,'event','[2]','[2,1,"2026-11-21T10:00:00Z","示例会计","voucher.import","/tmp/tourbook/demo/demo-vouchers-2026-01.csv: 10 vouchers, 22 rows"]');
INSERT INTO change VALUES(126,'period','[1,24312]','[1,24312,11,null,null]');
INSERT INTO change VALUES(127,'tenure','[1]','[1,1,"chair","王明","2023-03-01",null,"","示例会计"]');
INSERT INTO change VALUES(128,'voucher_draft','[1]','[1,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(129,'voucher_draft_line','[1,1]','[1,1,"50103","D",158000,"",null,null]');
INSERT INTO change VALUES(130,'voucher_draft_line','[1,2]','[1,2,"102","C",158000,"",null,null]');
INSERT INTO change VALUES(131,'event','[3]','[3,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 1 2026-01-26 购买文体活动用品"]');
INSERT INTO change VALUES(132,'voucher_draft','[1]','[1,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(133,'event','[4]','[4,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 1"]');
INSERT INTO change VALUES(134,'voucher_draft','[1]','[1,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(135,'event','[5]','[5,1,"2026-11-21T10:00:00Z","示例会计","voucher.unreview","草稿 1"]');
INSERT INTO change VALUES(136,'voucher_draft','[1]','[1,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-01-26","","",null]');
INSERT INTO change VALUES(137,'event','[6]','[6,1,"2026-11-21T10:00:00Z","示例会计","voucher.signoff","草稿 1 签批 王明 2026-01-26 "]');
INSERT INTO change VALUES(138,'voucher_draft','[1]','[1,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-01-26","","",null]');
INSERT INTO change VALUES(139,'event','[7]','[7,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 1"]');
INSERT INTO change VALUES(140,'voucher_draft','[1]','[1,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-01-26","","",12]');
INSERT INTO change VALUES(141,'period','[1,24312]','[1,24312,12,null,null]');
INSERT INTO change VALUES(142,'event','[8]','[8,1,"2026-11-21T10:00:00Z","示例会计","voucher.reverse","记-2026-01-012 → 记-2026-01-013: 科目错误，应为文体活动支出"]');
INSERT INTO change VALUES(143,'period','[1,24312]','[1,24312,13,null,null]');
INSERT INTO change VALUES(144,'voucher_draft','[2]','[2,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-01-25","","",null]');
INSERT INTO change VALUES(145,'voucher_draft_line','[2,1]','[2,1,"50102","D",158000,"",null,null]');
INSERT INTO change VALUES(146,'voucher_draft_line','[2,2]','[2,2,"102","C",158000,"",null,null]');
INSERT INTO change VALUES(147,'event','[9]','[9,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 2 2026-01-26 购买文体活动用品"]');
INSERT INTO change VALUES(148,'voucher_draft','[2]','[2,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-01-25","","",null]');
INSERT INTO change VALUES(149,'event','[10]','[10,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 2"]');
INSERT INTO change VALUES(150,'voucher_draft','[2]','[2,1,"2026-01-26",24312,"购买文体活动用品",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-01-25","","",14]');
INSERT INTO change VALUES(151,'period','[1,24312]','[1,24312,14,null,null]');
INSERT INTO change VALUES(152,'period','[1,24312]','[1,24312,14,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(153,'event','[11]','[11,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-01"]');
INSERT INTO change VALUES(154,'tenure','[1]','[1,1,"chair","王明","2023-03-01","2026-09-30","工作调动","示例会计"]');
INSERT INTO change VALUES(155,'tenure','[2]','[2,1,"chair","张华","2026-10-01",null,"","示例会计"]');
INSERT INTO change VALUES(156,'voucher_draft','[3]','[3,1,"2026-04-28",24315,"劳动节慰问品（工会委员15人×800元）",2,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-04-27","","",null]');
INSERT INTO change VALUES(157,'voucher_draft_line','[3,1]','[3,1,"50105","D",1200000,"",null,null]');
INSERT INTO change VALUES(158,'voucher_draft_line','[3,2]','[3,2,"102","C",1200000,"",null,null]');
INSERT INTO change VALUES(159,'event','[12]','[12,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 3 2026-04-28 劳动节慰问品（工会委员15人×800元）"]');
INSERT INTO change VALUES(160,'voucher_draft','[3]','[3,1,"2026-04-28",24315,"劳动节慰问品（工会委员15人×800元）",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-04-27","","",null]');
INSERT INTO change VALUES(161,'event','[13]','[13,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 3"]');
INSERT INTO change VALUES(162,'voucher_draft','[3]','[3,1,"2026-04-28",24315,"劳动节慰问品（工会委员15人×800元）",2,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-04-27","","",15]');
INSERT INTO change VALUES(163,'period','[1,24315]','[1,24315,1,null,null]');
INSERT INTO change VALUES(164,'period','[1,24317]','[1,24317,1,null,null]');
INSERT INTO change VALUES(165,'voucher_draft','[4]','[4,1,"2026-02-05",24313,"收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(166,'voucher_draft_line','[4,1]','[4,1,"102","D",3948918,"",null,null]');
INSERT INTO change VALUES(167,'voucher_draft_line','[4,2]','[4,2,"402","C",2369351,"",null,null]');
INSERT INTO change VALUES(168,'voucher_draft_line','[4,3]','[4,3,"211","C",1579567,"",null,null]');
INSERT INTO change VALUES(169,'event','[14]','[14,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 4 2026-02-05 收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）"]');
INSERT INTO change VALUES(170,'voucher_draft','[4]','[4,1,"2026-02-05",24313,"收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(171,'event','[15]','[15,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 4"]');
INSERT INTO change VALUES(172,'voucher_draft','[4]','[4,1,"2026-02-05",24313,"收到单位拨缴1月工会经费（工资总额1,974,458.90元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",17]');
INSERT INTO change VALUES(173,'period','[1,24313]','[1,24313,1,null,null]');
INSERT INTO change VALUES(174,'voucher_draft','[5]','[5,1,"2026-02-06",24313,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(175,'voucher_draft_line','[5,1]','[5,1,"211","D",1579567,"",null,null]');
INSERT INTO change VALUES(176,'voucher_draft_line','[5,2]','[5,2,"102","C",1579567,"",null,null]');
INSERT INTO change VALUES(177,'event','[16]','[16,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 5 2026-02-06 上解上级工会经费"]');
INSERT INTO change VALUES(178,'voucher_draft','[5]','[5,1,"2026-02-06",24313,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(179,'event','[17]','[17,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 5"]');
INSERT INTO change VALUES(180,'voucher_draft','[5]','[5,1,"2026-02-06",24313,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",18]');
INSERT INTO change VALUES(181,'period','[1,24313]','[1,24313,2,null,null]');
INSERT INTO change VALUES(182,'voucher_draft','[6]','[6,1,"2026-02-20",24313,"收取2月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(183,'voucher_draft_line','[6,1]','[6,1,"102","D",124150,"",null,null]');
INSERT INTO change VALUES(184,'voucher_draft_line','[6,2]','[6,2,"401","C",124150,"",null,null]');
INSERT INTO change VALUES(185,'event','[18]','[18,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 6 2026-02-20 收取2月会费"]');
INSERT INTO change VALUES(186,'voucher_draft','[6]','[6,1,"2026-02-20",24313,"收取2月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(187,'event','[19]','[19,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 6"]');
INSERT INTO change VALUES(188,'voucher_draft','[6]','[6,1,"2026-02-20",24313,"收取2月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",19]');
INSERT INTO change VALUES(189,'period','[1,24313]','[1,24313,3,null,null]');
INSERT INTO change VALUES(190,'voucher_draft','[7]','[7,1,"2026-02-08",24313,"春节慰问品（300人×200元）",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-02-07","工会委员会2026年第2次会议","2026-01-20",null]');
INSERT INTO change VALUES(191,'voucher_draft_line','[7,1]','[7,1,"50105","D",6000000,"",null,null]');
INSERT INTO change VALUES(192,'voucher_draft_line','[7,2]','[7,2,"102","C",6000000,"",null,null]');
INSERT INTO change VALUES(193,'event','[20]','[20,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 7 2026-02-08 春节慰问品（300人×200元）"]');
INSERT INTO change VALUES(194,'voucher_draft','[7]','[7,1,"2026-02-08",24313,"春节慰问品（300人×200元）",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-02-07","工会委员会2026年第2次会议","2026-01-20",null]');
INSERT INTO change VALUES(195,'event','[21]','[21,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 7"]');
INSERT INTO change VALUES(196,'voucher_draft','[7]','[7,1,"2026-02-08",24313,"春节慰问品（300人×200元）",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-02-07","工会委员会2026年第2次会议","2026-01-20",20]');
INSERT INTO change VALUES(197,'period','[1,24313]','[1,24313,4,null,null]');
INSERT INTO change VALUES(198,'voucher_draft','[8]','[8,1,"2026-02-28",24313,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-02-27","工会委员会2026年第2次会议","2026-01-20",null]');
INSERT INTO change VALUES(199,'voucher_draft_line','[8,1]','[8,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(200,'voucher_draft_line','[8,2]','[8,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(201,'event','[22]','[22,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 8 2026-02-28 银行手续费"]');
INSERT INTO change VALUES(202,'voucher_draft','[8]','[8,1,"2026-02-28",24313,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-02-27","工会委员会2026年第2次会议","2026-01-20",null]');
INSERT INTO change VALUES(203,'event','[23]','[23,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 8"]');
INSERT INTO change VALUES(204,'voucher_draft','[8]','[8,1,"2026-02-28",24313,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-02-27","工会委员会2026年第2次会议","2026-01-20",21]');
INSERT INTO change VALUES(205,'period','[1,24313]','[1,24313,5,null,null]');
INSERT INTO change VALUES(206,'period','[1,24313]','[1,24313,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(207,'event','[24]','[24,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-02"]');
INSERT INTO change VALUES(208,'voucher_draft','[9]','[9,1,"2026-03-05",24314,"收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(209,'voucher_draft_line','[9,1]','[9,1,"102","D",3951387,"",null,null]');
INSERT INTO change VALUES(210,'voucher_draft_line','[9,2]','[9,2,"402","C",2370832,"",null,null]');
INSERT INTO change VALUES(211,'voucher_draft_line','[9,3]','[9,3,"211","C",1580555,"",null,null]');
INSERT INTO change VALUES(212,'event','[25]','[25,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 9 2026-03-05 收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）"]');
INSERT INTO change VALUES(213,'voucher_draft','[9]','[9,1,"2026-03-05",24314,"收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(214,'event','[26]','[26,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 9"]');
INSERT INTO change VALUES(215,'voucher_draft','[9]','[9,1,"2026-03-05",24314,"收到单位拨缴2月工会经费（工资总额1,975,693.46元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",22]');
INSERT INTO change VALUES(216,'period','[1,24314]','[1,24314,1,null,null]');
INSERT INTO change VALUES(217,'voucher_draft','[10]','[10,1,"2026-03-06",24314,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(218,'voucher_draft_line','[10,1]','[10,1,"211","D",1580555,"",null,null]');
INSERT INTO change VALUES(219,'voucher_draft_line','[10,2]','[10,2,"102","C",1580555,"",null,null]');
INSERT INTO change VALUES(220,'event','[27]','[27,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 10 2026-03-06 上解上级工会经费"]');
INSERT INTO change VALUES(221,'voucher_draft','[10]','[10,1,"2026-03-06",24314,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(222,'event','[28]','[28,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 10"]');
INSERT INTO change VALUES(223,'voucher_draft','[10]','[10,1,"2026-03-06",24314,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",23]');
INSERT INTO change VALUES(224,'period','[1,24314]','[1,24314,2,null,null]');
INSERT INTO change VALUES(225,'voucher_draft','[11]','[11,1,"2026-03-20",24314,"收取3月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(226,'voucher_draft_line','[11,1]','[11,1,"102","D",124500,"",null,null]');
INSERT INTO change VALUES(227,'voucher_draft_line','[11,2]','[11,2,"401","C",124500,"",null,null]');
INSERT INTO change VALUES(228,'event','[29]','[29,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 11 2026-03-20 收取3月会费"]');
INSERT INTO change VALUES(229,'voucher_draft','[11]','[11,1,"2026-03-20",24314,"收取3月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(230,'event','[30]','[30,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 11"]');
INSERT INTO change VALUES(231,'voucher_draft','[11]','[11,1,"2026-03-20",24314,"收取3月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",24]');
INSERT INTO change VALUES(232,'period','[1,24314]','[1,24314,3,null,null]');
INSERT INTO change VALUES(233,'voucher_draft','[12]','[12,1,"2026-03-08",24314,"三八妇女节活动",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-03-07","","",null]');
INSERT INTO change VALUES(234,'voucher_draft_line','[12,1]','[12,1,"50105","D",600000,"",null,null]');
INSERT INTO change VALUES(235,'voucher_draft_line','[12,2]','[12,2,"102","C",600000,"",null,null]');
INSERT INTO change VALUES(236,'event','[31]','[31,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 12 2026-03-08 三八妇女节活动"]');
INSERT INTO change VALUES(237,'voucher_draft','[12]','[12,1,"2026-03-08",24314,"三八妇女节活动",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-03-07","","",null]');
INSERT INTO change VALUES(238,'event','[32]','[32,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 12"]');
INSERT INTO change VALUES(239,'voucher_draft','[12]','[12,1,"2026-03-08",24314,"三八妇女节活动",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-03-07","","",25]');
INSERT INTO change VALUES(240,'period','[1,24314]','[1,24314,4,null,null]');
INSERT INTO change VALUES(241,'voucher_draft','[13]','[13,1,"2026-03-28",24314,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-03-27","","",null]');
INSERT INTO change VALUES(242,'voucher_draft_line','[13,1]','[13,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(243,'voucher_draft_line','[13,2]','[13,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(244,'event','[33]','[33,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 13 2026-03-28 银行手续费"]');
INSERT INTO change VALUES(245,'voucher_draft','[13]','[13,1,"2026-03-28",24314,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-03-27","","",null]');
INSERT INTO change VALUES(246,'event','[34]','[34,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 13"]');
INSERT INTO change VALUES(247,'voucher_draft','[13]','[13,1,"2026-03-28",24314,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-03-27","","",26]');
INSERT INTO change VALUES(248,'period','[1,24314]','[1,24314,5,null,null]');
INSERT INTO change VALUES(249,'period','[1,24314]','[1,24314,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(250,'event','[35]','[35,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-03"]');
INSERT INTO change VALUES(251,'voucher_draft','[14]','[14,1,"2026-04-05",24315,"收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(252,'voucher_draft_line','[14,1]','[14,1,"102","D",3953856,"",null,null]');
INSERT INTO change VALUES(253,'voucher_draft_line','[14,2]','[14,2,"402","C",2372314,"",null,null]');
INSERT INTO change VALUES(254,'voucher_draft_line','[14,3]','[14,3,"211","C",1581542,"",null,null]');
INSERT INTO change VALUES(255,'event','[36]','[36,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 14 2026-04-05 收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）"]');
INSERT INTO change VALUES(256,'voucher_draft','[14]','[14,1,"2026-04-05",24315,"收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(257,'event','[37]','[37,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 14"]');
INSERT INTO change VALUES(258,'voucher_draft','[14]','[14,1,"2026-04-05",24315,"收到单位拨缴3月工会经费（工资总额1,976,928.02元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",27]');
INSERT INTO change VALUES(259,'period','[1,24315]','[1,24315,2,null,null]');
INSERT INTO change VALUES(260,'voucher_draft','[15]','[15,1,"2026-04-06",24315,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(261,'voucher_draft_line','[15,1]','[15,1,"211","D",1581542,"",null,null]');
INSERT INTO change VALUES(262,'voucher_draft_line','[15,2]','[15,2,"102","C",1581542,"",null,null]');
INSERT INTO change VALUES(263,'event','[38]','[38,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 15 2026-04-06 上解上级工会经费"]');
INSERT INTO change VALUES(264,'voucher_draft','[15]','[15,1,"2026-04-06",24315,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(265,'event','[39]','[39,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 15"]');
INSERT INTO change VALUES(266,'voucher_draft','[15]','[15,1,"2026-04-06",24315,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",28]');
INSERT INTO change VALUES(267,'period','[1,24315]','[1,24315,3,null,null]');
INSERT INTO change VALUES(268,'voucher_draft','[16]','[16,1,"2026-04-20",24315,"收取4月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(269,'voucher_draft_line','[16,1]','[16,1,"102","D",124850,"",null,null]');
INSERT INTO change VALUES(270,'voucher_draft_line','[16,2]','[16,2,"401","C",124850,"",null,null]');
INSERT INTO change VALUES(271,'event','[40]','[40,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 16 2026-04-20 收取4月会费"]');
INSERT INTO change VALUES(272,'voucher_draft','[16]','[16,1,"2026-04-20",24315,"收取4月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(273,'event','[41]','[41,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 16"]');
INSERT INTO change VALUES(274,'voucher_draft','[16]','[16,1,"2026-04-20",24315,"收取4月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",29]');
INSERT INTO change VALUES(275,'period','[1,24315]','[1,24315,4,null,null]');
INSERT INTO change VALUES(276,'voucher_draft','[17]','[17,1,"2026-04-16",24315,"工会干部业务培训",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-04-15","","",null]');
INSERT INTO change VALUES(277,'voucher_draft_line','[17,1]','[17,1,"50501","D",320000,"",null,null]');
INSERT INTO change VALUES(278,'voucher_draft_line','[17,2]','[17,2,"102","C",320000,"",null,null]');
INSERT INTO change VALUES(279,'event','[42]','[42,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 17 2026-04-16 工会干部业务培训"]');
INSERT INTO change VALUES(280,'voucher_draft','[17]','[17,1,"2026-04-16",24315,"工会干部业务培训",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-04-15","","",null]');
INSERT INTO change VALUES(281,'event','[43]','[43,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 17"]');
INSERT INTO change VALUES(282,'voucher_draft','[17]','[17,1,"2026-04-16",24315,"工会干部业务培训",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-04-15","","",30]');
INSERT INTO change VALUES(283,'period','[1,24315]','[1,24315,5,null,null]');
INSERT INTO change VALUES(284,'voucher_draft','[18]','[18,1,"2026-04-28",24315,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-04-27","","",null]');
INSERT INTO change VALUES(285,'voucher_draft_line','[18,1]','[18,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(286,'voucher_draft_line','[18,2]','[18,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(287,'event','[44]','[44,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 18 2026-04-28 银行手续费"]');
INSERT INTO change VALUES(288,'voucher_draft','[18]','[18,1,"2026-04-28",24315,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-04-27","","",null]');
INSERT INTO change VALUES(289,'event','[45]','[45,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 18"]');
INSERT INTO change VALUES(290,'voucher_draft','[18]','[18,1,"2026-04-28",24315,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-04-27","","",31]');
INSERT INTO change VALUES(291,'period','[1,24315]','[1,24315,6,null,null]');
INSERT INTO change VALUES(292,'period','[1,24315]','[1,24315,6,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(293,'event','[46]','[46,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-04"]');
INSERT INTO change VALUES(294,'voucher_draft','[19]','[19,1,"2026-05-05",24316,"收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(295,'voucher_draft_line','[19,1]','[19,1,"102","D",3956325,"",null,null]');
INSERT INTO change VALUES(296,'voucher_draft_line','[19,2]','[19,2,"402","C",2373795,"",null,null]');
INSERT INTO change VALUES(297,'voucher_draft_line','[19,3]','[19,3,"211","C",1582530,"",null,null]');
INSERT INTO change VALUES(298,'event','[47]','[47,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 19 2026-05-05 收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）"]');
INSERT INTO change VALUES(299,'voucher_draft','[19]','[19,1,"2026-05-05",24316,"收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(300,'event','[48]','[48,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 19"]');
INSERT INTO change VALUES(301,'voucher_draft','[19]','[19,1,"2026-05-05",24316,"收到单位拨缴4月工会经费（工资总额1,978,162.58元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",32]');
INSERT INTO change VALUES(302,'period','[1,24316]','[1,24316,1,null,null]');
INSERT INTO change VALUES(303,'voucher_draft','[20]','[20,1,"2026-05-06",24316,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(304,'voucher_draft_line','[20,1]','[20,1,"211","D",1582530,"",null,null]');
INSERT INTO change VALUES(305,'voucher_draft_line','[20,2]','[20,2,"102","C",1582530,"",null,null]');
INSERT INTO change VALUES(306,'event','[49]','[49,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 20 2026-05-06 上解上级工会经费"]');
INSERT INTO change VALUES(307,'voucher_draft','[20]','[20,1,"2026-05-06",24316,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(308,'event','[50]','[50,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 20"]');
INSERT INTO change VALUES(309,'voucher_draft','[20]','[20,1,"2026-05-06",24316,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",33]');
INSERT INTO change VALUES(310,'period','[1,24316]','[1,24316,2,null,null]');
INSERT INTO change VALUES(311,'voucher_draft','[21]','[21,1,"2026-05-20",24316,"收取5月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(312,'voucher_draft_line','[21,1]','[21,1,"102","D",125200,"",null,null]');
INSERT INTO change VALUES(313,'voucher_draft_line','[21,2]','[21,2,"401","C",125200,"",null,null]');
INSERT INTO change VALUES(314,'event','[51]','[51,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 21 2026-05-20 收取5月会费"]');
INSERT INTO change VALUES(315,'voucher_draft','[21]','[21,1,"2026-05-20",24316,"收取5月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(316,'event','[52]','[52,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 21"]');
INSERT INTO change VALUES(317,'voucher_draft','[21]','[21,1,"2026-05-20",24316,"收取5月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",34]');
INSERT INTO change VALUES(318,'period','[1,24316]','[1,24316,3,null,null]');
INSERT INTO change VALUES(319,'voucher_draft','[22]','[22,1,"2026-05-12",24316,"职工运动会",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-05-11","","",null]');
INSERT INTO change VALUES(320,'voucher_draft_line','[22,1]','[22,1,"50102","D",980000,"",null,null]');
INSERT INTO change VALUES(321,'voucher_draft_line','[22,2]','[22,2,"102","C",980000,"",null,null]');
INSERT INTO change VALUES(322,'event','[53]','[53,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 22 2026-05-12 职工运动会"]');
INSERT INTO change VALUES(323,'voucher_draft','[22]','[22,1,"2026-05-12",24316,"职工运动会",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-05-11","","",null]');
INSERT INTO change VALUES(324,'event','[54]','[54,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 22"]');
INSERT INTO change VALUES(325,'voucher_draft','[22]','[22,1,"2026-05-12",24316,"职工运动会",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-05-11","","",35]');
INSERT INTO change VALUES(326,'period','[1,24316]','[1,24316,4,null,null]');
INSERT INTO change VALUES(327,'voucher_draft','[23]','[23,1,"2026-05-28",24316,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-05-27","","",null]');
INSERT INTO change VALUES(328,'voucher_draft_line','[23,1]','[23,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(329,'voucher_draft_line','[23,2]','[23,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(330,'event','[55]','[55,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 23 2026-05-28 银行手续费"]');
INSERT INTO change VALUES(331,'voucher_draft','[23]','[23,1,"2026-05-28",24316,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-05-27","","",null]');
INSERT INTO change VALUES(332,'event','[56]','[56,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 23"]');
INSERT INTO change VALUES(333,'voucher_draft','[23]','[23,1,"2026-05-28",24316,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-05-27","","",36]');
INSERT INTO change VALUES(334,'period','[1,24316]','[1,24316,5,null,null]');
INSERT INTO change VALUES(335,'period','[1,24316]','[1,24316,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(336,'event','[57]','[57,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-05"]');
INSERT INTO change VALUES(337,'voucher_draft','[24]','[24,1,"2026-06-05",24317,"收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(338,'voucher_draft_line','[24,1]','[24,1,"102","D",3958794,"",null,null]');
INSERT INTO change VALUES(339,'voucher_draft_line','[24,2]','[24,2,"402","C",2375276,"",null,null]');
INSERT INTO change VALUES(340,'voucher_draft_line','[24,3]','[24,3,"211","C",1583518,"",null,null]');
INSERT INTO change VALUES(341,'event','[58]','[58,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 24 2026-06-05 收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）"]');
INSERT INTO change VALUES(342,'voucher_draft','[24]','[24,1,"2026-06-05",24317,"收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(343,'event','[59]','[59,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 24"]');
INSERT INTO change VALUES(344,'voucher_draft','[24]','[24,1,"2026-06-05",24317,"收到单位拨缴5月工会经费（工资总额1,979,397.14元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",37]');
INSERT INTO change VALUES(345,'period','[1,24317]','[1,24317,2,null,null]');
INSERT INTO change VALUES(346,'voucher_draft','[25]','[25,1,"2026-06-06",24317,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(347,'voucher_draft_line','[25,1]','[25,1,"211","D",1583518,"",null,null]');
INSERT INTO change VALUES(348,'voucher_draft_line','[25,2]','[25,2,"102","C",1583518,"",null,null]');
INSERT INTO change VALUES(349,'event','[60]','[60,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 25 2026-06-06 上解上级工会经费"]');
INSERT INTO change VALUES(350,'voucher_draft','[25]','[25,1,"2026-06-06",24317,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(351,'event','[61]','[61,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 25"]');
INSERT INTO change VALUES(352,'voucher_draft','[25]','[25,1,"2026-06-06",24317,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",38]');
INSERT INTO change VALUES(353,'period','[1,24317]','[1,24317,3,null,null]');
INSERT INTO change VALUES(354,'voucher_draft','[26]','[26,1,"2026-06-20",24317,"收取6月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(355,'voucher_draft_line','[26,1]','[26,1,"102","D",125550,"",null,null]');
INSERT INTO change VALUES(356,'voucher_draft_line','[26,2]','[26,2,"401","C",125550,"",null,null]');
INSERT INTO change VALUES(357,'event','[62]','[62,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 26 2026-06-20 收取6月会费"]');
INSERT INTO change VALUES(358,'voucher_draft','[26]','[26,1,"2026-06-20",24317,"收取6月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(359,'event','[63]','[63,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 26"]');
INSERT INTO change VALUES(360,'voucher_draft','[26]','[26,1,"2026-06-20",24317,"收取6月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",39]');
INSERT INTO change VALUES(361,'period','[1,24317]','[1,24317,4,null,null]');
INSERT INTO change VALUES(362,'voucher_draft','[27]','[27,1,"2026-06-20",24317,"困难职工帮扶",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-06-19","","",null]');
INSERT INTO change VALUES(363,'voucher_draft_line','[27,1]','[27,1,"50404","D",400000,"",null,null]');
INSERT INTO change VALUES(364,'voucher_draft_line','[27,2]','[27,2,"102","C",400000,"",null,null]');
INSERT INTO change VALUES(365,'event','[64]','[64,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 27 2026-06-20 困难职工帮扶"]');
INSERT INTO change VALUES(366,'voucher_draft','[27]','[27,1,"2026-06-20",24317,"困难职工帮扶",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-06-19","","",null]');
INSERT INTO change VALUES(367,'event','[65]','[65,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 27"]');
INSERT INTO change VALUES(368,'voucher_draft','[27]','[27,1,"2026-06-20",24317,"困难职工帮扶",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-06-19","","",40]');
INSERT INTO change VALUES(369,'period','[1,24317]','[1,24317,5,null,null]');
INSERT INTO change VALUES(370,'voucher_draft','[28]','[28,1,"2026-06-28",24317,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-06-27","","",null]');
INSERT INTO change VALUES(371,'voucher_draft_line','[28,1]','[28,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(372,'voucher_draft_line','[28,2]','[28,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(373,'event','[66]','[66,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 28 2026-06-28 银行手续费"]');
INSERT INTO change VALUES(374,'voucher_draft','[28]','[28,1,"2026-06-28",24317,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-06-27","","",null]');
INSERT INTO change VALUES(375,'event','[67]','[67,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 28"]');
INSERT INTO change VALUES(376,'voucher_draft','[28]','[28,1,"2026-06-28",24317,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-06-27","","",41]');
INSERT INTO change VALUES(377,'period','[1,24317]','[1,24317,6,null,null]');
INSERT INTO change VALUES(378,'period','[1,24317]','[1,24317,6,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(379,'event','[68]','[68,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-06"]');
INSERT INTO change VALUES(380,'voucher_draft','[29]','[29,1,"2026-07-05",24318,"收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(381,'voucher_draft_line','[29,1]','[29,1,"102","D",3961263,"",null,null]');
INSERT INTO change VALUES(382,'voucher_draft_line','[29,2]','[29,2,"402","C",2376758,"",null,null]');
INSERT INTO change VALUES(383,'voucher_draft_line','[29,3]','[29,3,"211","C",1584505,"",null,null]');
INSERT INTO change VALUES(384,'event','[69]','[69,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 29 2026-07-05 收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）"]');
INSERT INTO change VALUES(385,'voucher_draft','[29]','[29,1,"2026-07-05",24318,"收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(386,'event','[70]','[70,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 29"]');
INSERT INTO change VALUES(387,'voucher_draft','[29]','[29,1,"2026-07-05",24318,"收到单位拨缴6月工会经费（工资总额1,980,631.70元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",42]');
INSERT INTO change VALUES(388,'period','[1,24318]','[1,24318,1,null,null]');
INSERT INTO change VALUES(389,'voucher_draft','[30]','[30,1,"2026-07-06",24318,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(390,'voucher_draft_line','[30,1]','[30,1,"211","D",1584505,"",null,null]');
INSERT INTO change VALUES(391,'voucher_draft_line','[30,2]','[30,2,"102","C",1584505,"",null,null]');
INSERT INTO change VALUES(392,'event','[71]','[71,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 30 2026-07-06 上解上级工会经费"]');
INSERT INTO change VALUES(393,'voucher_draft','[30]','[30,1,"2026-07-06",24318,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(394,'event','[72]','[72,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 30"]');
INSERT INTO change VALUES(395,'voucher_draft','[30]','[30,1,"2026-07-06",24318,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",43]');
INSERT INTO change VALUES(396,'period','[1,24318]','[1,24318,2,null,null]');
INSERT INTO change VALUES(397,'voucher_draft','[31]','[31,1,"2026-07-20",24318,"收取7月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(398,'voucher_draft_line','[31,1]','[31,1,"102","D",125900,"",null,null]');
INSERT INTO change VALUES(399,'voucher_draft_line','[31,2]','[31,2,"401","C",125900,"",null,null]');
INSERT INTO change VALUES(400,'event','[73]','[73,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 31 2026-07-20 收取7月会费"]');
INSERT INTO change VALUES(401,'voucher_draft','[31]','[31,1,"2026-07-20",24318,"收取7月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(402,'event','[74]','[74,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 31"]');
INSERT INTO change VALUES(403,'voucher_draft','[31]','[31,1,"2026-07-20",24318,"收取7月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",44]');
INSERT INTO change VALUES(404,'period','[1,24318]','[1,24318,3,null,null]');
INSERT INTO change VALUES(405,'voucher_draft','[32]','[32,1,"2026-07-15",24318,"劳模疗休养",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-07-14","","",null]');
INSERT INTO change VALUES(406,'voucher_draft_line','[32,1]','[32,1,"50104","D",1200000,"",null,null]');
INSERT INTO change VALUES(407,'voucher_draft_line','[32,2]','[32,2,"102","C",1200000,"",null,null]');
INSERT INTO change VALUES(408,'event','[75]','[75,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 32 2026-07-15 劳模疗休养"]');
INSERT INTO change VALUES(409,'voucher_draft','[32]','[32,1,"2026-07-15",24318,"劳模疗休养",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-07-14","","",null]');
INSERT INTO change VALUES(410,'event','[76]','[76,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 32"]');
INSERT INTO change VALUES(411,'voucher_draft','[32]','[32,1,"2026-07-15",24318,"劳模疗休养",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-07-14","","",45]');
INSERT INTO change VALUES(412,'period','[1,24318]','[1,24318,4,null,null]');
INSERT INTO change VALUES(413,'voucher_draft','[33]','[33,1,"2026-07-28",24318,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-07-27","","",null]');
INSERT INTO change VALUES(414,'voucher_draft_line','[33,1]','[33,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(415,'voucher_draft_line','[33,2]','[33,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(416,'event','[77]','[77,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 33 2026-07-28 银行手续费"]');
INSERT INTO change VALUES(417,'voucher_draft','[33]','[33,1,"2026-07-28",24318,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-07-27","","",null]');
INSERT INTO change VALUES(418,'event','[78]','[78,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 33"]');
INSERT INTO change VALUES(419,'voucher_draft','[33]','[33,1,"2026-07-28",24318,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-07-27","","",46]');
INSERT INTO change VALUES(420,'period','[1,24318]','[1,24318,5,null,null]');
INSERT INTO change VALUES(421,'period','[1,24318]','[1,24318,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(422,'event','[79]','[79,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-07"]');
INSERT INTO change VALUES(423,'voucher_draft','[34]','[34,1,"2026-08-05",24319,"收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(424,'voucher_draft_line','[34,1]','[34,1,"102","D",3963733,"",null,null]');
INSERT INTO change VALUES(425,'voucher_draft_line','[34,2]','[34,2,"402","C",2378240,"",null,null]');
INSERT INTO change VALUES(426,'voucher_draft_line','[34,3]','[34,3,"211","C",1585493,"",null,null]');
INSERT INTO change VALUES(427,'event','[80]','[80,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 34 2026-08-05 收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）"]');
INSERT INTO change VALUES(428,'voucher_draft','[34]','[34,1,"2026-08-05",24319,"收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(429,'event','[81]','[81,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 34"]');
INSERT INTO change VALUES(430,'voucher_draft','[34]','[34,1,"2026-08-05",24319,"收到单位拨缴7月工会经费（工资总额1,981,866.26元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",47]');
INSERT INTO change VALUES(431,'period','[1,24319]','[1,24319,1,null,null]');
INSERT INTO change VALUES(432,'voucher_draft','[35]','[35,1,"2026-08-06",24319,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(433,'voucher_draft_line','[35,1]','[35,1,"211","D",1585493,"",null,null]');
INSERT INTO change VALUES(434,'voucher_draft_line','[35,2]','[35,2,"102","C",1585493,"",null,null]');
INSERT INTO change VALUES(435,'event','[82]','[82,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 35 2026-08-06 上解上级工会经费"]');
INSERT INTO change VALUES(436,'voucher_draft','[35]','[35,1,"2026-08-06",24319,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(437,'event','[83]','[83,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 35"]');
INSERT INTO change VALUES(438,'voucher_draft','[35]','[35,1,"2026-08-06",24319,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",48]');
INSERT INTO change VALUES(439,'period','[1,24319]','[1,24319,2,null,null]');
INSERT INTO change VALUES(440,'voucher_draft','[36]','[36,1,"2026-08-20",24319,"收取8月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(441,'voucher_draft_line','[36,1]','[36,1,"102","D",126250,"",null,null]');
INSERT INTO change VALUES(442,'voucher_draft_line','[36,2]','[36,2,"401","C",126250,"",null,null]');
INSERT INTO change VALUES(443,'event','[84]','[84,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 36 2026-08-20 收取8月会费"]');
INSERT INTO change VALUES(444,'voucher_draft','[36]','[36,1,"2026-08-20",24319,"收取8月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(445,'event','[85]','[85,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 36"]');
INSERT INTO change VALUES(446,'voucher_draft','[36]','[36,1,"2026-08-20",24319,"收取8月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",49]');
INSERT INTO change VALUES(447,'period','[1,24319]','[1,24319,3,null,null]');
INSERT INTO change VALUES(448,'voucher_draft','[37]','[37,1,"2026-08-06",24319,"夏季送清凉",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-08-05","","",null]');
INSERT INTO change VALUES(449,'voucher_draft_line','[37,1]','[37,1,"50105","D",900000,"",null,null]');
INSERT INTO change VALUES(450,'voucher_draft_line','[37,2]','[37,2,"102","C",900000,"",null,null]');
INSERT INTO change VALUES(451,'event','[86]','[86,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 37 2026-08-06 夏季送清凉"]');
INSERT INTO change VALUES(452,'voucher_draft','[37]','[37,1,"2026-08-06",24319,"夏季送清凉",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-08-05","","",null]');
INSERT INTO change VALUES(453,'event','[87]','[87,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 37"]');
INSERT INTO change VALUES(454,'voucher_draft','[37]','[37,1,"2026-08-06",24319,"夏季送清凉",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-08-05","","",50]');
INSERT INTO change VALUES(455,'period','[1,24319]','[1,24319,4,null,null]');
INSERT INTO change VALUES(456,'voucher_draft','[38]','[38,1,"2026-08-28",24319,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-08-27","","",null]');
INSERT INTO change VALUES(457,'voucher_draft_line','[38,1]','[38,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(458,'voucher_draft_line','[38,2]','[38,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(459,'event','[88]','[88,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 38 2026-08-28 银行手续费"]');
INSERT INTO change VALUES(460,'voucher_draft','[38]','[38,1,"2026-08-28",24319,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-08-27","","",null]');
INSERT INTO change VALUES(461,'event','[89]','[89,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 38"]');
INSERT INTO change VALUES(462,'voucher_draft','[38]','[38,1,"2026-08-28",24319,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-08-27","","",51]');
INSERT INTO change VALUES(463,'period','[1,24319]','[1,24319,5,null,null]');
INSERT INTO change VALUES(464,'period','[1,24319]','[1,24319,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(465,'event','[90]','[90,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-08"]');
INSERT INTO change VALUES(466,'voucher_draft','[39]','[39,1,"2026-09-05",24320,"收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(467,'voucher_draft_line','[39,1]','[39,1,"102","D",3966202,"",null,null]');
INSERT INTO change VALUES(468,'voucher_draft_line','[39,2]','[39,2,"402","C",2379721,"",null,null]');
INSERT INTO change VALUES(469,'voucher_draft_line','[39,3]','[39,3,"211","C",1586481,"",null,null]');
INSERT INTO change VALUES(470,'event','[91]','[91,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 39 2026-09-05 收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）"]');
INSERT INTO change VALUES(471,'voucher_draft','[39]','[39,1,"2026-09-05",24320,"收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(472,'event','[92]','[92,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 39"]');
INSERT INTO change VALUES(473,'voucher_draft','[39]','[39,1,"2026-09-05",24320,"收到单位拨缴8月工会经费（工资总额1,983,100.82元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",52]');
INSERT INTO change VALUES(474,'period','[1,24320]','[1,24320,1,null,null]');
INSERT INTO change VALUES(475,'voucher_draft','[40]','[40,1,"2026-09-06",24320,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(476,'voucher_draft_line','[40,1]','[40,1,"211","D",1586481,"",null,null]');
INSERT INTO change VALUES(477,'voucher_draft_line','[40,2]','[40,2,"102","C",1586481,"",null,null]');
INSERT INTO change VALUES(478,'event','[93]','[93,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 40 2026-09-06 上解上级工会经费"]');
INSERT INTO change VALUES(479,'voucher_draft','[40]','[40,1,"2026-09-06",24320,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(480,'event','[94]','[94,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 40"]');
INSERT INTO change VALUES(481,'voucher_draft','[40]','[40,1,"2026-09-06",24320,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",53]');
INSERT INTO change VALUES(482,'period','[1,24320]','[1,24320,2,null,null]');
INSERT INTO change VALUES(483,'voucher_draft','[41]','[41,1,"2026-09-20",24320,"收取9月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(484,'voucher_draft_line','[41,1]','[41,1,"102","D",126600,"",null,null]');
INSERT INTO change VALUES(485,'voucher_draft_line','[41,2]','[41,2,"401","C",126600,"",null,null]');
INSERT INTO change VALUES(486,'event','[95]','[95,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 41 2026-09-20 收取9月会费"]');
INSERT INTO change VALUES(487,'voucher_draft','[41]','[41,1,"2026-09-20",24320,"收取9月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(488,'event','[96]','[96,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 41"]');
INSERT INTO change VALUES(489,'voucher_draft','[41]','[41,1,"2026-09-20",24320,"收取9月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",54]');
INSERT INTO change VALUES(490,'period','[1,24320]','[1,24320,3,null,null]');
INSERT INTO change VALUES(491,'voucher_draft','[42]','[42,1,"2026-09-10",24320,"中秋慰问品（300人×150元）",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-09-09","","",null]');
INSERT INTO change VALUES(492,'voucher_draft_line','[42,1]','[42,1,"50105","D",4500000,"",null,null]');
INSERT INTO change VALUES(493,'voucher_draft_line','[42,2]','[42,2,"102","C",4500000,"",null,null]');
INSERT INTO change VALUES(494,'event','[97]','[97,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 42 2026-09-10 中秋慰问品（300人×150元）"]');
INSERT INTO change VALUES(495,'voucher_draft','[42]','[42,1,"2026-09-10",24320,"中秋慰问品（300人×150元）",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-09-09","","",null]');
INSERT INTO change VALUES(496,'event','[98]','[98,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 42"]');
INSERT INTO change VALUES(497,'voucher_draft','[42]','[42,1,"2026-09-10",24320,"中秋慰问品（300人×150元）",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-09-09","","",55]');
INSERT INTO change VALUES(498,'period','[1,24320]','[1,24320,4,null,null]');
INSERT INTO change VALUES(499,'voucher_draft','[43]','[43,1,"2026-09-28",24320,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"王明","2026-09-27","","",null]');
INSERT INTO change VALUES(500,'voucher_draft_line','[43,1]','[43,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(501,'voucher_draft_line','[43,2]','[43,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(502,'event','[99]','[99,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 43 2026-09-28 银行手续费"]');
INSERT INTO change VALUES(503,'voucher_draft','[43]','[43,1,"2026-09-28",24320,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-09-27","","",null]');
INSERT INTO change VALUES(504,'event','[100]','[100,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 43"]');
INSERT INTO change VALUES(505,'voucher_draft','[43]','[43,1,"2026-09-28",24320,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"王明","2026-09-27","","",56]');
INSERT INTO change VALUES(506,'period','[1,24320]','[1,24320,5,null,null]');
INSERT INTO change VALUES(507,'period','[1,24320]','[1,24320,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(508,'event','[101]','[101,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-09"]');
INSERT INTO change VALUES(509,'voucher_draft','[44]','[44,1,"2026-10-05",24321,"收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(510,'voucher_draft_line','[44,1]','[44,1,"102","D",3968671,"",null,null]');
INSERT INTO change VALUES(511,'voucher_draft_line','[44,2]','[44,2,"402","C",2381203,"",null,null]');
INSERT INTO change VALUES(512,'voucher_draft_line','[44,3]','[44,3,"211","C",1587468,"",null,null]');
INSERT INTO change VALUES(513,'event','[102]','[102,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 44 2026-10-05 收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）"]');
INSERT INTO change VALUES(514,'voucher_draft','[44]','[44,1,"2026-10-05",24321,"收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(515,'event','[103]','[103,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 44"]');
INSERT INTO change VALUES(516,'voucher_draft','[44]','[44,1,"2026-10-05",24321,"收到单位拨缴9月工会经费（工资总额1,984,335.38元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",57]');
INSERT INTO change VALUES(517,'period','[1,24321]','[1,24321,1,null,null]');
INSERT INTO change VALUES(518,'voucher_draft','[45]','[45,1,"2026-10-06",24321,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(519,'voucher_draft_line','[45,1]','[45,1,"211","D",1587468,"",null,null]');
INSERT INTO change VALUES(520,'voucher_draft_line','[45,2]','[45,2,"102","C",1587468,"",null,null]');
INSERT INTO change VALUES(521,'event','[104]','[104,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 45 2026-10-06 上解上级工会经费"]');
INSERT INTO change VALUES(522,'voucher_draft','[45]','[45,1,"2026-10-06",24321,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(523,'event','[105]','[105,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 45"]');
INSERT INTO change VALUES(524,'voucher_draft','[45]','[45,1,"2026-10-06",24321,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",58]');
INSERT INTO change VALUES(525,'period','[1,24321]','[1,24321,2,null,null]');
INSERT INTO change VALUES(526,'voucher_draft','[46]','[46,1,"2026-10-20",24321,"收取10月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(527,'voucher_draft_line','[46,1]','[46,1,"102","D",126950,"",null,null]');
INSERT INTO change VALUES(528,'voucher_draft_line','[46,2]','[46,2,"401","C",126950,"",null,null]');
INSERT INTO change VALUES(529,'event','[106]','[106,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 46 2026-10-20 收取10月会费"]');
INSERT INTO change VALUES(530,'voucher_draft','[46]','[46,1,"2026-10-20",24321,"收取10月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(531,'event','[107]','[107,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 46"]');
INSERT INTO change VALUES(532,'voucher_draft','[46]','[46,1,"2026-10-20",24321,"收取10月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",59]');
INSERT INTO change VALUES(533,'period','[1,24321]','[1,24321,3,null,null]');
INSERT INTO change VALUES(534,'voucher_draft','[47]','[47,1,"2026-10-18",24321,"职工技能培训",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"张华","2026-10-17","","",null]');
INSERT INTO change VALUES(535,'voucher_draft_line','[47,1]','[47,1,"50101","D",560000,"",null,null]');
INSERT INTO change VALUES(536,'voucher_draft_line','[47,2]','[47,2,"102","C",560000,"",null,null]');
INSERT INTO change VALUES(537,'event','[108]','[108,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 47 2026-10-18 职工技能培训"]');
INSERT INTO change VALUES(538,'voucher_draft','[47]','[47,1,"2026-10-18",24321,"职工技能培训",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-10-17","","",null]');
INSERT INTO change VALUES(539,'event','[109]','[109,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 47"]');
INSERT INTO change VALUES(540,'voucher_draft','[47]','[47,1,"2026-10-18",24321,"职工技能培训",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-10-17","","",60]');
INSERT INTO change VALUES(541,'period','[1,24321]','[1,24321,4,null,null]');
INSERT INTO change VALUES(542,'voucher_draft','[48]','[48,1,"2026-10-28",24321,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"张华","2026-10-27","","",null]');
INSERT INTO change VALUES(543,'voucher_draft_line','[48,1]','[48,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(544,'voucher_draft_line','[48,2]','[48,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(545,'event','[110]','[110,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 48 2026-10-28 银行手续费"]');
INSERT INTO change VALUES(546,'voucher_draft','[48]','[48,1,"2026-10-28",24321,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-10-27","","",null]');
INSERT INTO change VALUES(547,'event','[111]','[111,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 48"]');
INSERT INTO change VALUES(548,'voucher_draft','[48]','[48,1,"2026-10-28",24321,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-10-27","","",61]');
INSERT INTO change VALUES(549,'period','[1,24321]','[1,24321,5,null,null]');
INSERT INTO change VALUES(550,'period','[1,24321]','[1,24321,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(551,'event','[112]','[112,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-10"]');
INSERT INTO change VALUES(552,'voucher_draft','[49]','[49,1,"2026-11-05",24322,"收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(553,'voucher_draft_line','[49,1]','[49,1,"102","D",3971140,"",null,null]');
INSERT INTO change VALUES(554,'voucher_draft_line','[49,2]','[49,2,"402","C",2382684,"",null,null]');
INSERT INTO change VALUES(555,'voucher_draft_line','[49,3]','[49,3,"211","C",1588456,"",null,null]');
INSERT INTO change VALUES(556,'event','[113]','[113,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 49 2026-11-05 收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）"]');
INSERT INTO change VALUES(557,'voucher_draft','[49]','[49,1,"2026-11-05",24322,"收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(558,'event','[114]','[114,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 49"]');
INSERT INTO change VALUES(559,'voucher_draft','[49]','[49,1,"2026-11-05",24322,"收到单位拨缴10月工会经费（工资总额1,985,569.94元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",62]');
INSERT INTO change VALUES(560,'period','[1,24322]','[1,24322,1,null,null]');
INSERT INTO change VALUES(561,'voucher_draft','[50]','[50,1,"2026-11-06",24322,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(562,'voucher_draft_line','[50,1]','[50,1,"211","D",1588456,"",null,null]');
INSERT INTO change VALUES(563,'voucher_draft_line','[50,2]','[50,2,"102","C",1588456,"",null,null]');
INSERT INTO change VALUES(564,'event','[115]','[115,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 50 2026-11-06 上解上级工会经费"]');
INSERT INTO change VALUES(565,'voucher_draft','[50]','[50,1,"2026-11-06",24322,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(566,'event','[116]','[116,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 50"]');
INSERT INTO change VALUES(567,'voucher_draft','[50]','[50,1,"2026-11-06",24322,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",63]');
INSERT INTO change VALUES(568,'period','[1,24322]','[1,24322,2,null,null]');
INSERT INTO change VALUES(569,'voucher_draft','[51]','[51,1,"2026-11-20",24322,"收取11月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(570,'voucher_draft_line','[51,1]','[51,1,"102","D",127300,"",null,null]');
INSERT INTO change VALUES(571,'voucher_draft_line','[51,2]','[51,2,"401","C",127300,"",null,null]');
INSERT INTO change VALUES(572,'event','[117]','[117,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 51 2026-11-20 收取11月会费"]');
INSERT INTO change VALUES(573,'voucher_draft','[51]','[51,1,"2026-11-20",24322,"收取11月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(574,'event','[118]','[118,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 51"]');
INSERT INTO change VALUES(575,'voucher_draft','[51]','[51,1,"2026-11-20",24322,"收取11月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",64]');
INSERT INTO change VALUES(576,'period','[1,24322]','[1,24322,3,null,null]');
INSERT INTO change VALUES(577,'voucher_draft','[52]','[52,1,"2026-11-22",24322,"职工书屋购书",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"张华","2026-11-21","","",null]');
INSERT INTO change VALUES(578,'voucher_draft_line','[52,1]','[52,1,"50103","D",240000,"",null,null]');
INSERT INTO change VALUES(579,'voucher_draft_line','[52,2]','[52,2,"102","C",240000,"",null,null]');
INSERT INTO change VALUES(580,'event','[119]','[119,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 52 2026-11-22 职工书屋购书"]');
INSERT INTO change VALUES(581,'voucher_draft','[52]','[52,1,"2026-11-22",24322,"职工书屋购书",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-11-21","","",null]');
INSERT INTO change VALUES(582,'event','[120]','[120,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 52"]');
INSERT INTO change VALUES(583,'voucher_draft','[52]','[52,1,"2026-11-22",24322,"职工书屋购书",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-11-21","","",65]');
INSERT INTO change VALUES(584,'period','[1,24322]','[1,24322,4,null,null]');
INSERT INTO change VALUES(585,'voucher_draft','[53]','[53,1,"2026-11-28",24322,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"张华","2026-11-27","","",null]');
INSERT INTO change VALUES(586,'voucher_draft_line','[53,1]','[53,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(587,'voucher_draft_line','[53,2]','[53,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(588,'event','[121]','[121,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 53 2026-11-28 银行手续费"]');
INSERT INTO change VALUES(589,'voucher_draft','[53]','[53,1,"2026-11-28",24322,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-11-27","","",null]');
INSERT INTO change VALUES(590,'event','[122]','[122,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 53"]');
INSERT INTO change VALUES(591,'voucher_draft','[53]','[53,1,"2026-11-28",24322,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-11-27","","",66]');
INSERT INTO change VALUES(592,'period','[1,24322]','[1,24322,5,null,null]');
INSERT INTO change VALUES(593,'period','[1,24322]','[1,24322,5,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(594,'event','[123]','[123,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-11"]');
INSERT INTO change VALUES(595,'voucher_draft','[54]','[54,1,"2026-12-05",24323,"收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(596,'voucher_draft_line','[54,1]','[54,1,"102","D",3973609,"",null,null]');
INSERT INTO change VALUES(597,'voucher_draft_line','[54,2]','[54,2,"402","C",2384165,"",null,null]');
INSERT INTO change VALUES(598,'voucher_draft_line','[54,3]','[54,3,"211","C",1589444,"",null,null]');
INSERT INTO change VALUES(599,'event','[124]','[124,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 54 2026-12-05 收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）"]');
INSERT INTO change VALUES(600,'voucher_draft','[54]','[54,1,"2026-12-05",24323,"收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(601,'event','[125]','[125,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 54"]');
INSERT INTO change VALUES(602,'voucher_draft','[54]','[54,1,"2026-12-05",24323,"收到单位拨缴11月工会经费（工资总额1,986,804.50元的2%）",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",67]');
INSERT INTO change VALUES(603,'period','[1,24323]','[1,24323,1,null,null]');
INSERT INTO change VALUES(604,'voucher_draft','[55]','[55,1,"2026-12-06",24323,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(605,'voucher_draft_line','[55,1]','[55,1,"211","D",1589444,"",null,null]');
INSERT INTO change VALUES(606,'voucher_draft_line','[55,2]','[55,2,"102","C",1589444,"",null,null]');
INSERT INTO change VALUES(607,'event','[126]','[126,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 55 2026-12-06 上解上级工会经费"]');
INSERT INTO change VALUES(608,'voucher_draft','[55]','[55,1,"2026-12-06",24323,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(609,'event','[127]','[127,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 55"]');
INSERT INTO change VALUES(610,'voucher_draft','[55]','[55,1,"2026-12-06",24323,"上解上级工会经费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",68]');
INSERT INTO change VALUES(611,'period','[1,24323]','[1,24323,2,null,null]');
INSERT INTO change VALUES(612,'voucher_draft','[56]','[56,1,"2026-12-20",24323,"收取12月会费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"","","","",null]');
INSERT INTO change VALUES(613,'voucher_draft_line','[56,1]','[56,1,"102","D",127650,"",null,null]');
INSERT INTO change VALUES(614,'voucher_draft_line','[56,2]','[56,2,"401","C",127650,"",null,null]');
INSERT INTO change VALUES(615,'event','[128]','[128,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 56 2026-12-20 收取12月会费"]');
INSERT INTO change VALUES(616,'voucher_draft','[56]','[56,1,"2026-12-20",24323,"收取12月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",null]');
INSERT INTO change VALUES(617,'event','[129]','[129,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 56"]');
INSERT INTO change VALUES(618,'voucher_draft','[56]','[56,1,"2026-12-20",24323,"收取12月会费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"","","","",69]');
INSERT INTO change VALUES(619,'period','[1,24323]','[1,24323,3,null,null]');
INSERT INTO change VALUES(620,'voucher_draft','[57]','[57,1,"2026-12-12",24323,"冬季送温暖",3,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"张华","2026-12-11","","",null]');
INSERT INTO change VALUES(621,'voucher_draft_line','[57,1]','[57,1,"50405","D",800000,"",null,null]');
INSERT INTO change VALUES(622,'voucher_draft_line','[57,2]','[57,2,"102","C",800000,"",null,null]');
INSERT INTO change VALUES(623,'event','[130]','[130,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 57 2026-12-12 冬季送温暖"]');
INSERT INTO change VALUES(624,'voucher_draft','[57]','[57,1,"2026-12-12",24323,"冬季送温暖",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-12-11","","",null]');
INSERT INTO change VALUES(625,'event','[131]','[131,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 57"]');
INSERT INTO change VALUES(626,'voucher_draft','[57]','[57,1,"2026-12-12",24323,"冬季送温暖",3,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-12-11","","",70]');
INSERT INTO change VALUES(627,'period','[1,24323]','[1,24323,4,null,null]');
INSERT INTO change VALUES(628,'voucher_draft','[58]','[58,1,"2026-12-28",24323,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z",null,null,0,"张华","2026-12-27","","",null]');
INSERT INTO change VALUES(629,'voucher_draft_line','[58,1]','[58,1,"510","D",3500,"",null,null]');
INSERT INTO change VALUES(630,'voucher_draft_line','[58,2]','[58,2,"102","C",3500,"",null,null]');
INSERT INTO change VALUES(631,'event','[132]','[132,1,"2026-11-21T10:00:00Z","示例会计","voucher.enter","草稿 58 2026-12-28 银行手续费"]');
INSERT INTO change VALUES(632,'voucher_draft','[58]','[58,1,"2026-12-28",24323,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-12-27","","",null]');
INSERT INTO change VALUES(633,'event','[133]','[133,1,"2026-11-21T10:00:00Z","李审核","voucher.review","草稿 58"]');
INSERT INTO change VALUES(634,'voucher_draft','[58]','[58,1,"2026-12-28",24323,"银行手续费",1,"","示例会计","2026-11-21T10:00:00Z","李审核","2026-11-21T10:00:00Z",0,"张华","2026-12-27","","",71]');
INSERT INTO change VALUES(635,'period','[1,24323]','[1,24323,5,null,null]');
INSERT INTO change VALUES(636,'budget_version','[1]','[1,1,2026,0,"",12000000,"draft","/tmp/tourbook/demo/budget/budget-2026.csv","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(637,'budget_line','[1,1]','[1,1,"401","revenue","",1500000,"会员工资 0.5%"]');
INSERT INTO change VALUES(638,'budget_line','[1,2]','[1,2,"402","revenue","",28000000,"工资总额 2% 的 60%"]');
INSERT INTO change VALUES(639,'budget_line','[1,3]','[1,3,"403","revenue","",1000000,"上级补助"]');
INSERT INTO change VALUES(640,'budget_line','[1,4]','[1,4,"501","basic","",18000000,"节日慰问、文体、教育、疗休养"]');
INSERT INTO change VALUES(641,'budget_line','[1,5]','[1,5,"504","basic","",1600000,"困难帮扶、送温暖"]');
INSERT INTO change VALUES(642,'budget_line','[1,6]','[1,6,"505","basic","",600000,"培训"]');
INSERT INTO change VALUES(643,'budget_line','[1,7]','[1,7,"510","basic","",60000,"银行手续费"]');
INSERT INTO change VALUES(644,'budget_line','[1,8]','[1,8,"503","project","职工书屋",300000,"职工书屋添置书架"]');
INSERT INTO change VALUES(645,'event','[134]','[134,1,"2026-11-21T10:00:00Z","示例会计","budget.draft","2026 v0 /tmp/tourbook/demo/budget/budget-2026.csv"]');
INSERT INTO change VALUES(646,'budget_approval','[1]','[1,1,2026,"budget",0,"review_committee","2026-01-12","张审查","第三届经审会第2次会议","同意，提请委员会审议",null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(647,'event','[135]','[135,1,"2026-11-21T10:00:00Z","示例会计","budget.approve","2026 #0 review_committee 2026-01-12 张审查"]');
INSERT INTO change VALUES(648,'budget_approval','[2]','[2,1,2026,"budget",0,"committee","2026-01-15","王明","第三届第5次委员会会议","审议通过",null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(649,'event','[136]','[136,1,"2026-11-21T10:00:00Z","示例会计","budget.approve","2026 #0 committee 2026-01-15 王明"]');
INSERT INTO change VALUES(650,'budget_approval','[3]','[3,1,2026,"budget",0,"higher_union","2026-01-20","区总工会财务部","区总工会备案","已备案","filing","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(651,'budget_version','[1]','[1,1,2026,0,"",12000000,"approved","/tmp/tourbook/demo/budget/budget-2026.csv","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(652,'event','[137]','[137,1,"2026-11-21T10:00:00Z","示例会计","budget.approve","2026 #0 higher_union 2026-01-20 区总工会财务部"]');
INSERT INTO change VALUES(653,'budget_version','[2]','[2,1,2026,1,"中秋、年终慰问人数增加",12000000,"draft","/tmp/tourbook/demo/budget/budget-2026-adjusted.csv","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(654,'budget_line','[2,1]','[2,1,"401","revenue","",1500000,"会员工资 0.5%"]');
INSERT INTO change VALUES(655,'budget_line','[2,2]','[2,2,"402","revenue","",28000000,"工资总额 2% 的 60%"]');
INSERT INTO change VALUES(656,'budget_line','[2,3]','[2,3,"403","revenue","",1000000,"上级补助"]');
INSERT INTO change VALUES(657,'budget_line','[2,4]','[2,4,"501","basic","",27000000,"节日慰问、文体、教育、疗休养"]');
INSERT INTO change VALUES(658,'budget_line','[2,5]','[2,5,"504","basic","",1600000,"困难帮扶、送温暖"]');
INSERT INTO change VALUES(659,'budget_line','[2,6]','[2,6,"505","basic","",600000,"培训"]');
INSERT INTO change VALUES(660,'budget_line','[2,7]','[2,7,"510","basic","",60000,"银行手续费"]');
INSERT INTO change VALUES(661,'budget_line','[2,8]','[2,8,"503","project","职工书屋",300000,"职工书屋添置书架"]');
INSERT INTO change VALUES(662,'event','[138]','[138,1,"2026-11-21T10:00:00Z","示例会计","budget.adjust","2026 v1 /tmp/tourbook/demo/budget/budget-2026-adjusted.csv: 中秋、年终慰问人数增加"]');
INSERT INTO change VALUES(663,'budget_approval','[4]','[4,1,2026,"budget",1,"review_committee","2026-09-01","张审查","第三届经审会第3次会议","同意，提请委员会审议",null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(664,'event','[139]','[139,1,"2026-11-21T10:00:00Z","示例会计","budget.approve","2026 #1 review_committee 2026-09-01 张审查"]');
INSERT INTO change VALUES(665,'budget_approval','[5]','[5,1,2026,"budget",1,"committee","2026-09-03","王明","第三届第9次委员会会议","审议通过",null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(666,'event','[140]','[140,1,"2026-11-21T10:00:00Z","示例会计","budget.approve","2026 #1 committee 2026-09-03 王明"]');
INSERT INTO change VALUES(667,'budget_approval','[6]','[6,1,2026,"budget",1,"higher_union","2026-09-07","区总工会财务部","区总工会备案","已备案","filing","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(668,'budget_version','[2]','[2,1,2026,1,"中秋、年终慰问人数增加",12000000,"approved","/tmp/tourbook/demo/budget/budget-2026-adjusted.csv","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(669,'event','[141]','[141,1,"2026-11-21T10:00:00Z","示例会计","budget.approve","2026 #1 higher_union 2026-09-07 区总工会财务部"]');
INSERT INTO change VALUES(670,'period','[1,24323]','[1,24323,6,null,null]');
INSERT INTO change VALUES(671,'final_accounts','[1]','[1,1,2026,1,1,31019077,28320000,14699077,"draft","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(672,'final_accounts_line','[1,1]','[1,1,"401","revenue","",1500000,1508350]');
INSERT INTO change VALUES(673,'final_accounts_line','[1,2]','[1,2,"402","revenue","",28000000,28510727]');
INSERT INTO change VALUES(674,'final_accounts_line','[1,3]','[1,3,"403","revenue","",1000000,1000000]');
INSERT INTO change VALUES(675,'final_accounts_line','[1,4]','[1,4,"501","basic","",27000000,26018000]');
INSERT INTO change VALUES(676,'final_accounts_line','[1,5]','[1,5,"504","basic","",1600000,1500000]');
INSERT INTO change VALUES(677,'final_accounts_line','[1,6]','[1,6,"505","basic","",600000,580000]');
INSERT INTO change VALUES(678,'final_accounts_line','[1,7]','[1,7,"510","basic","",60000,42000]');
INSERT INTO change VALUES(679,'final_accounts_line','[1,8]','[1,8,"503","project","职工书屋",300000,180000]');
INSERT INTO change VALUES(680,'event','[142]','[142,1,"2026-11-21T10:00:00Z","示例会计","final.prepare","2026 r1"]');
INSERT INTO change VALUES(681,'budget_approval','[7]','[7,1,2026,"final",1,"review_committee","2027-01-08","张审查","第三届经审会第4次会议","决算真实、完整，同意",null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(682,'event','[143]','[143,1,"2026-11-21T10:00:00Z","示例会计","final.approve","2026 #1 review_committee 2027-01-08 张审查"]');
INSERT INTO change VALUES(683,'budget_approval','[8]','[8,1,2026,"final",1,"committee","2027-01-12","王明","第三届第12次委员会会议","审议通过",null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(684,'event','[144]','[144,1,"2026-11-21T10:00:00Z","示例会计","final.approve","2026 #1 committee 2027-01-12 王明"]');
INSERT INTO change VALUES(685,'budget_approval','[9]','[9,1,2026,"final",1,"higher_union","2027-01-15","区总工会财务部","区总工会备案","已备案","filing","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(686,'final_accounts','[1]','[1,1,2026,1,1,31019077,28320000,14699077,"approved","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(687,'event','[145]','[145,1,"2026-11-21T10:00:00Z","示例会计","final.approve","2026 #1 higher_union 2027-01-15 区总工会财务部"]');
INSERT INTO change VALUES(688,'period','[1,24323]','[1,24323,7,null,null]');
INSERT INTO change VALUES(689,'period','[1,24323]','[1,24323,8,null,null]');
INSERT INTO change VALUES(690,'period','[1,24323]','[1,24323,8,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(691,'event','[146]','[146,1,"2026-11-21T10:00:00Z","示例会计","period.close","2026-12"]');
INSERT INTO change VALUES(692,'event','[147]','[147,1,"2026-11-21T10:00:00Z","示例会计","year.close","2026 → 32203"]');
INSERT INTO change VALUES(693,'audit_run','[1]','[1,1,"review",24312,24323,null,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(694,'audit_finding','[1]','[1,1,"approval.signoffMissing|72||","approval.signoffMissing","violation",180000,"72","",null,null,"记-2026-12-006「职工书屋添置书架」 支出 1,800.00 元，没有主席签批记录","记-2026-12-006 “职工书屋添置书架” spends 1,800.00 with no sign-off by the chair on record",null,"open",1,1]');
INSERT INTO change VALUES(695,'audit_finding_event','[1]','[1,1,"open","","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(696,'audit_finding','[2]','[2,1,"approval.signoffMissing|5,6,7,9,11||","approval.signoffMissing","warning",4643500,"5,6,7,9,11","",null,null,"导入的支出凭证 记-2026-01-005、记-2026-01-006、记-2026-01-007、记-2026-01-009、记-2026-01-011 共 46,435.00 元，本账套中没有审批记录，须核对纸质凭证上的主席签批","imported spending vouchers 记-2026-01-005, 记-2026-01-006, 记-2026-01-007, 记-2026-01-009, 记-2026-01-011, 46,435.00 in all, carry no approval record here: check the chair''s sign-off on the paper vouchers",null,"open",1,1]');
INSERT INTO change VALUES(697,'audit_finding_event','[2]','[2,2,"open","","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(698,'audit_finding','[3]','[3,1,"approval.collectiveDecisionMissing|16||","approval.collectiveDecisionMissing","violation",5600000,"16","",null,null,"记-2026-06-001「职工疗休养（第二批）」 支出 56,000.00 元，达到集体研究标准 50,000.00 元，没有集体研究记录","记-2026-06-001 “职工疗休养（第二批）” spends 56,000.00, at or above the 50,000.00 threshold, with no collective decision on record",null,"open",1,1]');
INSERT INTO change VALUES(699,'audit_finding_event','[3]','[3,3,"open","","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(700,'audit_finding','[4]','[4,1,"benefits.giftCap|5,20,15,55||2026-01..2026-12","benefits.giftCap","violation",405000,"5,20,15,55","",24312,24323,"2026 年节日慰问人均 1,270.00 元，超过标准 1,000.00 元（全国未定统一标准（32号文：少量，由省级工会规定）；取参考资料中最低的省级年度标准（黑龙江 2017、陕西约 2015：每人每年 1000 元）[U]），人均超出 270.00 元，按 15 人计超支 4,050.00 元（记-2026-01-005、记-2026-02-004、记-2026-04-001、记-2026-09-004）","festival gifts in 2026: 1,270.00 per member, above the cap of 1,000.00 (全国未定统一标准（32号文：少量，由省级工会规定）；取参考资料中最低的省级年度标准（黑龙江 2017、陕西约 2015：每人每年 1000 元）[U]); 270.00 over per member, 4,050.00 for 15 members (记-2026-01-005, 记-2026-02-004, 记-2026-04-001, 记-2026-09-004)",null,"open",1,1]');
INSERT INTO change VALUES(701,'audit_finding_event','[4]','[4,4,"open","","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(702,'audit_finding','[5]','[5,1,"books.attachmentsMissing|2,3,4,5,6,7,8,9,10,11||","books.attachmentsMissing","warning",11488522,"2,3,4,5,6,7,8,9,10,11","",null,null,"10 张记账凭证未附原始凭证：记-2026-01-002、记-2026-01-003、记-2026-01-004、记-2026-01-005、记-2026-01-006、记-2026-01-007、记-2026-01-008、记-2026-01-009 等 10 张，合计 114,885.22 元","10 vouchers have no attachments: 记-2026-01-002, 记-2026-01-003, 记-2026-01-004, 记-2026-01-005, 记-2026-01-006, 记-2026-01-007, 记-2026-01-008, 记-2026-01-009 and 2 more, 114,885.22 in all",null,"open",1,1]');
INSERT INTO change VALUES(703,'audit_finding_event','[5]','[5,5,"open","","2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(704,'audit_run','[2]','[2,1,"departure",24312,24320,1,"2026-11-21T10:00:00Z","示例会计"]');
INSERT INTO change VALUES(705,'audit_finding','[2]','[2,1,"approval.signoffMissing|5,6,7,9,11||","approval.signoffMissing","warning",4643500,"5,6,7,9,11","",null,null,"导入的支出凭证 记-2026-01-005、记-2026-01-006、记-2026-01-007、记-2026-01-009、记-2026-01-011 共 46,435.00 元，本账套中没有审批记录，须核对纸质凭证上的主席签批","imported spending vouchers 记-2026-01-005, 记-2026-01-006, 记-2026-01-007, 记-2026-01-009, 记-2026-01-011, 46,435.00 in all, carry no approval record here: check the chair''s sign-off on the paper vouchers","领导责任","open",1,2]');
INSERT INTO change VALUES(706,'audit_finding','[3]','[3,1,"approval.collectiveDecisionMissing|16||","approval.collectiveDecisionMissing","violation",5600000,"16","",null,null,"记-2026-06-001「职工疗休养（第二批）」 支出 56,000.00 元，达到集体研究标准 50,000.00 元，没有集体研究记录","记-2026-06-001 “职工疗休养（第二批）” spends 56,000.00, at or above the 50,000.00 threshold, with no collective decision on record","直接责任","open",1,2]');
INSERT INTO change VALUES(707,'audit_finding','[4]','[4,1,"benefits.giftCap|5,20,15,55||2026-01..2026-12","benefits.giftCap","violation",405000,"5,20,15,55","",24312,24323,"2026 年节日慰问人均 1,270.00 元，超过标准 1,000.00 元（全国未定统一标准（32号文：少量，由省级工会规定）；取参考资料中最低的省级年度标准（黑龙江 2017、陕西约 2015：每人每年 1000 元）[U]），人均超出 270.00 元，按 15 人计超支 4,050.00 元（记-2026-01-005、记-2026-02-004、记-2026-04-001、记-2026-09-004）","festival gifts in 2026: 1,270.00 per member, above the cap of 1,000.00 (全国未定统一标准（32号文：少量，由省级工会规定）；取参考资料中最低的省级年度标准（黑龙江 2017、陕西约 2015：每人每年 1000 元）[U]); 270.00 over per member, 4,050.00 for 15 members (记-2026-01-005, 记-2026-02-004, 记-2026-04-001, 记-2026-09-004)","直接责任","open",1,2]');
INSERT INTO change VALUES(708,'audit_finding','[5]','[5,1,"books.attachmentsMissing|2,3,4,5,6,7,8,9,10,11||","books.attachmentsMissing","warning",11488522,"2,3,4,5,6,7,8,9,10,11","",null,null,"10 张记账凭证未附原始凭证：记-2026-01-002、记-2026-01-003、记-2026-01-004、记-2026-01-005、记-2026-01-006、记-2026-01-007、记-2026-01-008、记-2026-01-009 等 10 张，合计 114,885.22 元","10 vouchers have no attachments: 记-2026-01-002, 记-2026-01-003, 记-2026-01-004, 记-2026-01-005, 记-2026-01-006, 记-2026-01-007, 记-2026-01-008, 记-2026-01-009 and 2 more, 114,885.22 in all","领导责任","open",1,2]');
CREATE TABLE change_commit(
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK(kind IN ('baseline', 'write', 'schema')),
    at TEXT NOT NULL,
    last_change_seq INTEGER NOT NULL,
    voucher_count INTEGER NOT NULL,
    voucher_hash BLOB NOT NULL CHECK(length(voucher_hash) = 32),
    hash BLOB NOT NULL CHECK(length(hash) = 32)
) STRICT;
INSERT INTO change_commit VALUES(1,'baseline','2026-11-21T10:00:00Z',0,0,X'0000000000000000000000000000000000000000000000000000000000000000',X'36dddf320a535be56a0352ecc32450c9a8e6dcca878445a575757db294fbccd2');
INSERT INTO change_commit VALUES(2,'write','2026-11-21T10:00:00Z',120,0,X'0000000000000000000000000000000000000000000000000000000000000000',X'e86181b400c3ae85a33bbe2a7cd610ff131498dd887b8d2f323b9c409d38e04f');
INSERT INTO change_commit VALUES(3,'write','2026-11-21T10:00:00Z',121,1,X'8b867e8e3866f161df8f7f9ea6fe1fef7fb156d7c7efa86a0c0932d757fd0943',X'f4fb920b92c5e3b869f02889d328f77ae76c57c4b4f5287eff12c6a974c9a58b');
INSERT INTO change_commit VALUES(4,'write','2026-11-21T10:00:00Z',126,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'b67c667f810bbac3237ed250d5e165c91257f743db5b3ec68a8b5421412e414b');
INSERT INTO change_commit VALUES(5,'write','2026-11-21T10:00:00Z',127,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'6ba870cbc6703fa0b7541ed58f33bcffded083a4f9155ba6a28b4899bb8d89b8');
INSERT INTO change_commit VALUES(6,'write','2026-11-21T10:00:00Z',131,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'918335f1118fc1d6a645df67ceebb96b56b086fc1d62cbb65a867eddd8a8363d');
INSERT INTO change_commit VALUES(7,'write','2026-11-21T10:00:00Z',133,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'c6904f1d36e5634abffceb4fa551a0be7ce6f0c7438cf5249dca4fabf715d3b9');
INSERT INTO change_commit VALUES(8,'write','2026-11-21T10:00:00Z',135,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'403e680de109af5cbdc4cfaa08cbf3babd9f274d89c09b29d1c3ca0affa56345');
INSERT INTO change_commit VALUES(9,'write','2026-11-21T10:00:00Z',137,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'47f25a9c277dc17b558f873677108054b1feba46c7d3b2f94d093aa050be187b');
INSERT INTO change_commit VALUES(10,'write','2026-11-21T10:00:00Z',139,11,X'fb613b6778c86166adab3f2d822ad91a0a3ed7f3ef17f1dc88d5f930e5130eed',X'aa67f75ebfa65c8db3fe8719efde77306239397e3724b6453b312d728146a833');
INSERT INTO change_commit VALUES(11,'write','2026-11-21T10:00:00Z',141,12,X'b2351288a4893ad8bff6157162e249282a403b9386b565ce131bab4201565c91',X'207f4d981a6ca4052865728143838f6c430567132d906562a68456b73f6f4169');
INSERT INTO change_commit VALUES(12,'write','2026-11-21T10:00:00Z',143,13,X'81baebfadf13377c7e46e485af03f608d19211bca339bf6600b95527efd90c5a',X'fdf3ccb083eb0edfa4f8a7bed9866efe747b66a668ee4f852091abbbd81ef198');
INSERT INTO change_commit VALUES(13,'write','2026-11-21T10:00:00Z',147,13,X'81baebfadf13377c7e46e485af03f608d19211bca339bf6600b95527efd90c5a',X'ea9593d28cb7deec9d305c8286e83e29f939e41db285e512c918601ab4d8898d');
INSERT INTO change_commit VALUES(14,'write','2026-11-21T10:00:00Z',149,13,X'81baebfadf13377c7e46e485af03f608d19211bca339bf6600b95527efd90c5a',X'4da48b7a4c9134a718f85b23284081468dccca0715d72ba06d38ed23397c4890');
INSERT INTO change_commit VALUES(15,'write','2026-11-21T10:00:00Z',151,14,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',X'dc74feb40dc023ef0406cf5c2dc97fd7c1b9bbbab2e6fbeba9269cf4779b2534');
INSERT INTO change_commit VALUES(16,'write','2026-11-21T10:00:00Z',153,14,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',X'6f2a5d3df3fc4e3b5ede2fcf163d4020206a2afa9c71287db90cc61c638dcc72');
INSERT INTO change_commit VALUES(17,'write','2026-11-21T10:00:00Z',154,14,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',X'8a9b0cf8c8aad946325876fe5a7b25f4abe905f8837a356319a4856a1a9206ea');
INSERT INTO change_commit VALUES(18,'write','2026-11-21T10:00:00Z',155,14,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',X'83377238fa5ce0fd007f0799713748af5fe8dbb05b6fda2b461018996e2f0dae');
INSERT INTO change_commit VALUES(19,'write','2026-11-21T10:00:00Z',159,14,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',X'd0abecacd71796064f4710dcf0dcf30e2b9e4f66829ad5be5d27bc06508cedc6');
INSERT INTO change_commit VALUES(20,'write','2026-11-21T10:00:00Z',161,14,X'62975d201a1670ed4132452765e735c548160c5a370969df74eb045485f43883',X'd1e6f7b539678edd9eece2ab9e2ed32aefdf28332ab9fe59181685dc55cad3d6');
INSERT INTO change_commit VALUES(21,'write','2026-11-21T10:00:00Z',163,15,X'576ead4fa40cc2187a598991b005f65f51ba767ce56c9b819cbb32b4d9560b14',X'280e94b5710cfc1aed9477737e04bff1fcb82cd8b3e364bd7a570cd9cbf5bb17');
INSERT INTO change_commit VALUES(22,'write','2026-11-21T10:00:00Z',164,16,X'adb0515477ce1810914af3903e6b94422ca4fb04d68551a0308830e6aa82e0ea',X'9e537d04a769abf073ed325280839757f047684dd944a7c55babddb6fb61afda');
INSERT INTO change_commit VALUES(23,'write','2026-11-21T10:00:00Z',169,16,X'adb0515477ce1810914af3903e6b94422ca4fb04d68551a0308830e6aa82e0ea',X'7bd67ef13c63a6b01be157fe0501dd2f5c3459ea9c5e9f529bf77cb40f166326');
INSERT INTO change_commit VALUES(24,'write','2026-11-21T10:00:00Z',171,16,X'adb0515477ce1810914af3903e6b94422ca4fb04d68551a0308830e6aa82e0ea',X'4153f2b3c3113fcd6572a637c0e66829fe31de3cef5c31287965af1d846904e6');
INSERT INTO change_commit VALUES(25,'write','2026-11-21T10:00:00Z',173,17,X'04766c7044e22a029552b99285f245aa637ded9090c666f892f9db2ee55dc847',X'096f8a81e51e3b7438f1b77f4bc88bf2f4c9e72b4642748caf9a61323becf57a');
INSERT INTO change_commit VALUES(26,'write','2026-11-21T10:00:00Z',177,17,X'04766c7044e22a029552b99285f245aa637ded9090c666f892f9db2ee55dc847',X'23a6fac30bd12f72f09d5e8f9cb78d6d99d91a6bdbbc15088486dbbcbaa47e9d');
INSERT INTO change_commit VALUES(27,'write','2026-11-21T10:00:00Z',179,17,X'04766c7044e22a029552b99285f245aa637ded9090c666f892f9db2ee55dc847',X'eb12458ff7a6a1ab459a4b76b2277f0fb4c8e0e5c0b1b26e324e7a08b73b939b');
INSERT INTO change_commit VALUES(28,'write','2026-11-21T10:00:00Z',181,18,X'6c7ebb8d6df21707520b6a33989bf07f2f8e4c6e6a4b592d9ffc1b87212c213b',X'e3198f6e5193bea921cf653d093e7b4ea89ba92b897a2c0d7dd56d9e315e54f1');
INSERT INTO change_commit VALUES(29,'write','2026-11-21T10:00:00Z',185,18,X'6c7ebb8d6df21707520b6a33989bf07f2f8e4c6e6a4b592d9ffc1b87212c213b',X'72e6ceaceb94c31562ff7b434722b048ae94e482cb78440dcca841edb2fe0dfb');
INSERT INTO change_commit VALUES(30,'write','2026-11-21T10:00:00Z',187,18,X'6c7ebb8d6df21707520b6a33989bf07f2f8e4c6e6a4b592d9ffc1b87212c213b',X'66a6fc3e809506daf1383c64d02362ca7392500d269980600eb4d5e350ba9a08');
INSERT INTO change_commit VALUES(31,'write','2026-11-21T10:00:00Z',189,19,X'f1a3d3721bea323ad236a0cec83114e921da686af8f4421a0d5885d6d13247b8',X'53391affe2f19921a34660140a2f67c0adc10bdc776c97400dfdb498ab6cfc8e');
INSERT INTO change_commit VALUES(32,'write','2026-11-21T10:00:00Z',193,19,X'f1a3d3721bea323ad236a0cec83114e921da686af8f4421a0d5885d6d13247b8',X'036b3075984b9316b10c8a853e52f009fcb55c693c24b0802a97e31859d2a70b');
INSERT INTO change_commit VALUES(33,'write','2026-11-21T10:00:00Z',195,19,X'f1a3d3721bea323ad236a0cec83114e921da686af8f4421a0d5885d6d13247b8',X'a910e712b11be156cde6fcc88985633e4fffd998a40685278afd9b5e767d9891');
INSERT INTO change_commit VALUES(34,'write','2026-11-21T10:00:00Z',197,20,X'f1827cc3f8a21846b652864bdd3e4e57fe1b02c8624f1469b9ee4dfa09580951',X'8067d4c586f0f1f979ab4088c361250a15ce71ed43aca52f7333daea88719143');
INSERT INTO change_commit VALUES(35,'write','2026-11-21T10:00:00Z',201,20,X'f1827cc3f8a21846b652864bdd3e4e57fe1b02c8624f1469b9ee4dfa09580951',X'008de7bacaf8902e009a488a9b220550ad861deeddbeb955bae4dd16a6007203');
INSERT INTO change_commit VALUES(36,'write','2026-11-21T10:00:00Z',203,20,X'f1827cc3f8a21846b652864bdd3e4e57fe1b02c8624f1469b9ee4dfa09580951',X'3d80de97acb7a69be029f1c983174a747d2bafe828b0de6af2557d6c217d7249');
INSERT INTO change_commit VALUES(37,'write','2026-11-21T10:00:00Z',205,21,X'cda7ed712f0fca9284525babc036aae9e983854376e9ba156cb9fa2f424fa632',X'889821b4476a6e563ac49c9cf89efbd333a98ffed432c2b197b41f9b8b8bedc2');
INSERT INTO change_commit VALUES(38,'write','2026-11-21T10:00:00Z',207,21,X'cda7ed712f0fca9284525babc036aae9e983854376e9ba156cb9fa2f424fa632',X'c0e36dcfeb961b8c8cf58b8cd0008675347fa59c586f2bdfcd5fe823abdd5e97');
INSERT INTO change_commit VALUES(39,'write','2026-11-21T10:00:00Z',212,21,X'cda7ed712f0fca9284525babc036aae9e983854376e9ba156cb9fa2f424fa632',X'7795e82a5d91892c69f1ee973728f4c839ba5c07bbf2391e4aaa39dcf1758bad');
INSERT INTO change_commit VALUES(40,'write','2026-11-21T10:00:00Z',214,21,X'cda7ed712f0fca9284525babc036aae9e983854376e9ba156cb9fa2f424fa632',X'83add5ad1dabd6147d2567ad1de99a4f1a6de53a598d493204b5e031ef5635db');
INSERT INTO change_commit VALUES(41,'write','2026-11-21T10:00:00Z',216,22,X'fa8882bd1b31c153ff5fb6ff46fea9bf760680c6d1f46bfb1449bdc188388d28',X'3eaf4a13ed1c6140c524fae4d293ef40b4b683be306033e81001fd6b3bbc752f');
INSERT INTO change_commit VALUES(42,'write','2026-11-21T10:00:00Z',220,22,X'fa8882bd1b31c153ff5fb6ff46fea9bf760680c6d1f46bfb1449bdc188388d28',X'f5be225584fd1b181901ebc88c35ec68d224a126665c8585763a8bd95ff4954e');
INSERT INTO change_commit VALUES(43,'write','2026-11-21T10:00:00Z',222,22,X'fa8882bd1b31c153ff5fb6ff46fea9bf760680c6d1f46bfb1449bdc188388d28',X'5ddb146f2defec659ea328bbf1b16c408c687489752f58d0020753307029015b');
INSERT INTO change_commit VALUES(44,'write','2026-11-21T10:00:00Z',224,23,X'a8c46776150a3eadfe5cfc8db38376b1449bc6749464183d757b090e962bf2cc',X'434ecad1d57ebd834cd40980c76387b00910971cae8cbaf7c3ce5b869dc2365f');
INSERT INTO change_commit VALUES(45,'write','2026-11-21T10:00:00Z',228,23,X'a8c46776150a3eadfe5cfc8db38376b1449bc6749464183d757b090e962bf2cc',X'cb1325ccf720975d9385b88cee22df7217682a13c3aeef51dd10dc8eb01de4e6');
INSERT INTO change_commit VALUES(46,'write','2026-11-21T10:00:00Z',230,23,X'a8c46776150a3eadfe5cfc8db38376b1449bc6749464183d757b090e962bf2cc',X'cd3d5f1766b3535fbada4b0b4ca1c9f1e92cbd53d4268e9a4e659ed9fb2d4ee3');
INSERT INTO change_commit VALUES(47,'write','2026-11-21T10:00:00Z',232,24,X'dc362783612591753cd341be0f54c96ce1545061662d083fd0de2fd7ba9b000b',X'097bb450f804c33b0882124ce22829229f57285a9346e6d0c462d0b8366200cc');
INSERT INTO change_commit VALUES(48,'write','2026-11-21T10:00:00Z',236,24,X'dc362783612591753cd341be0f54c96ce1545061662d083fd0de2fd7ba9b000b',X'5d0c3ba66dd45f5652a824e6da64a6a66bdd2cdbc975a97f56bdbd2525000403');
INSERT INTO change_commit VALUES(49,'write','2026-11-21T10:00:00Z',238,24,X'dc362783612591753cd341be0f54c96ce1545061662d083fd0de2fd7ba9b000b',X'cb5123135ac14ad753e5fbbb6bfa12489dfed960d933dd285e8a01557744a9fe');
INSERT INTO change_commit VALUES(50,'write','2026-11-21T10:00:00Z',240,25,X'4dc9e7c16b66075bca1eaf202e0843a628465981099d7942b02544771d6ab630',X'76366aa49935edee5a7fe55b1e0ee9a950036a1fab6b96ae0f08b09a35fbcbe1');
INSERT INTO change_commit VALUES(51,'write','2026-11-21T10:00:00Z',244,25,X'4dc9e7c16b66075bca1eaf202e0843a628465981099d7942b02544771d6ab630',X'296de2d00922c8b389dd515a50686f3084e93fbe245e9697f232972f03d0fcc7');
INSERT INTO change_commit VALUES(52,'write','2026-11-21T10:00:00Z',246,25,X'4dc9e7c16b66075bca1eaf202e0843a628465981099d7942b02544771d6ab630',X'6f2d69f04848382119c63ff6d629a736d17852e163500c5e75a42a7bcecca39d');
INSERT INTO change_commit VALUES(53,'write','2026-11-21T10:00:00Z',248,26,X'3f86e5fbb774765844472ef0e8fb3d2242a3ec492a3ff3bf37ab38c113bffdcd',X'011f7891a4e22c378b23f10620d9f90016fe835d32c80cc1926bc30288c1b5a6');
INSERT INTO change_commit VALUES(54,'write','2026-11-21T10:00:00Z',250,26,X'3f86e5fbb774765844472ef0e8fb3d2242a3ec492a3ff3bf37ab38c113bffdcd',X'd1b79dc873954182685bcef21c36aa75d5438906dbb607e094f2b74e9610b521');
INSERT INTO change_commit VALUES(55,'write','2026-11-21T10:00:00Z',255,26,X'3f86e5fbb774765844472ef0e8fb3d2242a3ec492a3ff3bf37ab38c113bffdcd',X'9ca7eb132d0e418ace559a9cd32b69a341ea28a025f86319c0d02b9dd92a48a4');
INSERT INTO change_commit VALUES(56,'write','2026-11-21T10:00:00Z',257,26,X'3f86e5fbb774765844472ef0e8fb3d2242a3ec492a3ff3bf37ab38c113bffdcd',X'86705acd7c96949e7357be9257e96850f543a6366c016458ffcf03ca7dddec3a');
INSERT INTO change_commit VALUES(57,'write','2026-11-21T10:00:00Z',259,27,X'03b35519fb4a48e07d627cb832f4b9cfc8ba73331a56f6ec63bf1dfb59eb169f',X'42618e573518d2c1ecd8af7dca8e325cfd167eead8e0f19e03f0a2b23d1788c5');
INSERT INTO change_commit VALUES(58,'write','2026-11-21T10:00:00Z',263,27,X'03b35519fb4a48e07d627cb832f4b9cfc8ba73331a56f6ec63bf1dfb59eb169f',X'c1c00f872ebad4ce9a503916d1db4a70f98e453c98ece1a220e3c1d1793f717c');
INSERT INTO change_commit VALUES(59,'write','2026-11-21T10:00:00Z',265,27,X'03b35519fb4a48e07d627cb832f4b9cfc8ba73331a56f6ec63bf1dfb59eb169f',X'31f11e270e26b45b931da1fd407b5d5722ccc32a59d450ba8e087953440d6dbc');
INSERT INTO change_commit VALUES(60,'write','2026-11-21T10:00:00Z',267,28,X'84539cf731408afec9c6f94755c92191b614f7d22bed8a2182c1081efe28b7d3',X'acb9ed2c48034b0e5b9378650f8d2670766dc7f3df99a77b2a45d783ec843e48');
INSERT INTO change_commit VALUES(61,'write','2026-11-21T10:00:00Z',271,28,X'84539cf731408afec9c6f94755c92191b614f7d22bed8a2182c1081efe28b7d3',X'8f07fed408c9469775b390b6a08b8981a81895641f26f72ace782756589a061a');
INSERT INTO change_commit VALUES(62,'write','2026-11-21T10:00:00Z',273,28,X'84539cf731408afec9c6f94755c92191b614f7d22bed8a2182c1081efe28b7d3',X'e9d1c622e79a9a5dc9136138dbe54b2747c52e14d1d2f8c8aa7357e834e54825');
INSERT INTO change_commit VALUES(63,'write','2026-11-21T10:00:00Z',275,29,X'a59f4078dd034ad09a2fff3318c6b3d1d266bd24532dc05f07fc38e2f12b8e3d',X'8657270f1106d86ab48d72dc784268b40e18c2f023aa5686e97fd72fcbd5dda7');
INSERT INTO change_commit VALUES(64,'write','2026-11-21T10:00:00Z',279,29,X'a59f4078dd034ad09a2fff3318c6b3d1d266bd24532dc05f07fc38e2f12b8e3d',X'ba3ea77736f1e9725e5ba3ea23cf62bff538763cdd5aa2caea63d947a640a331');
INSERT INTO change_commit VALUES(65,'write','2026-11-21T10:00:00Z',281,29,X'a59f4078dd034ad09a2fff3318c6b3d1d266bd24532dc05f07fc38e2f12b8e3d',X'aaf0b1cac662895e22981a4affdccc4370e27291a974de9ebbacdbe49063c0c1');
INSERT INTO change_commit VALUES(66,'write','2026-11-21T10:00:00Z',283,30,X'004d6fe3b57d1d7eeca7e566c5aaa7c5097a3b903ec4b9f9bd85d98d99efba99',X'f24c0652bf4d39895281e5420f5d1dce5f54d680417f604dc6c29cb5ac65dca1');
INSERT INTO change_commit VALUES(67,'write','2026-11-21T10:00:00Z',287,30,X'004d6fe3b57d1d7eeca7e566c5aaa7c5097a3b903ec4b9f9bd85d98d99efba99',X'b5e2d92bf0afd75e803ad6af3654583ce603dccc333cff73b5d60affe2bad237');
INSERT INTO change_commit VALUES(68,'write','2026-11-21T10:00:00Z',289,30,X'004d6fe3b57d1d7eeca7e566c5aaa7c5097a3b903ec4b9f9bd85d98d99efba99',X'b3efe50781142ebbce8050d50221e95fea07d340a5a2f148571a2d654f8b56fe');
INSERT INTO change_commit VALUES(69,'write','2026-11-21T10:00:00Z',291,31,X'db61604d857877c208dce8c168ad43b2f9aa7724a5ef790af203413010063f72',X'626f4d36763b375cd8a277dd5e107b19f9325110ffd7c7a3c6339fe856eebfdf');
INSERT INTO change_commit VALUES(70,'write','2026-11-21T10:00:00Z',293,31,X'db61604d857877c208dce8c168ad43b2f9aa7724a5ef790af203413010063f72',X'30b565a06075c5582ef009b48e0a3ec7858336d7591a13222b2a921d48c832b5');
INSERT INTO change_commit VALUES(71,'write','2026-11-21T10:00:00Z',298,31,X'db61604d857877c208dce8c168ad43b2f9aa7724a5ef790af203413010063f72',X'd4eeaf34f5f21e7ceae5f4701171aa7f480c8b3d4da8ca6c9751aab6c17f2585');
INSERT INTO change_commit VALUES(72,'write','2026-11-21T10:00:00Z',300,31,X'db61604d857877c208dce8c168ad43b2f9aa7724a5ef790af203413010063f72',X'b9e77e0b6f1c3f3fb6bf43c4222bbfe23584ebde0674cb36f538c84a36c4c2c0');
INSERT INTO change_commit VALUES(73,'write','2026-11-21T10:00:00Z',302,32,X'c2027b434cd46988979ec266da8fc06d38f2eba51e8cbdc83ff8f76504047f28',X'94bc4c0747acca29526fb72c18e1b20b3792aea9c8c1483274d753f099af8e6c');
INSERT INTO change_commit VALUES(74,'write','2026-11-21T10:00:00Z',306,32,X'c2027b434cd46988979ec266da8fc06d38f2eba51e8cbdc83ff8f76504047f28',X'445ffcb3f0bb13a5cb4ca310d7d52871641e22e648ed31bc9e58e85c2ee3b26a');
INSERT INTO change_commit VALUES(75,'write','2026-11-21T10:00:00Z',308,32,X'c2027b434cd46988979ec266da8fc06d38f2eba51e8cbdc83ff8f76504047f28',X'a5e37ab21f0f53bf7b6f45a95dd931696a55acc222c3d87fa72b2899d42639e9');
INSERT INTO change_commit VALUES(76,'write','2026-11-21T10:00:00Z',310,33,X'c62c291d696a32b3e67d3b79271eb8f3ee0ab8bdd77e043a376332457fb4f039',X'55639957be85d3cc3ac2f66ce1d94de15549d0c6f5f9fab628e26688cbfd8d74');
INSERT INTO change_commit VALUES(77,'write','2026-11-21T10:00:00Z',314,33,X'c62c291d696a32b3e67d3b79271eb8f3ee0ab8bdd77e043a376332457fb4f039',X'5d53cff9b954f81fe7bca913bf35bebb1e2d90b51855134714bd607fceb74003');
INSERT INTO change_commit VALUES(78,'write','2026-11-21T10:00:00Z',316,33,X'c62c291d696a32b3e67d3b79271eb8f3ee0ab8bdd77e043a376332457fb4f039',X'aa8b6a1df1cac494b709c7761291e06210fb796b0e566078319b32def99aaaa9');
INSERT INTO change_commit VALUES(79,'write','2026-11-21T10:00:00Z',318,34,X'693299d3a51cf9383b4fd4ce1bc1c95b2289705d237d5adf4599fd8ee946462a',X'1988597c02d764be91d65288fcf501220103fa78e727ae26e7d15fee4daa6e87');
INSERT INTO change_commit VALUES(80,'write','2026-11-21T10:00:00Z',322,34,X'693299d3a51cf9383b4fd4ce1bc1c95b2289705d237d5adf4599fd8ee946462a',X'fe54d610ae1c958b7bea30b4318678b95474d83c03f7ad04e4e72d0d57411e4c');
INSERT INTO change_commit VALUES(81,'write','2026-11-21T10:00:00Z',324,34,X'693299d3a51cf9383b4fd4ce1bc1c95b2289705d237d5adf4599fd8ee946462a',X'f778b1f90b5f9f3ad7a3516279f34d24aa0416944daf139761619ef1b32d31eb');
INSERT INTO change_commit VALUES(82,'write','2026-11-21T10:00:00Z',326,35,X'28e7f2c019212aaad3bbe3c9b944642ca4d95c24e84f615d491d14d3d911accf',X'387e6d3f8a8ec736c66d17408838b1a02b67492fc9578395089d5566da863c6f');
INSERT INTO change_commit VALUES(83,'write','2026-11-21T10:00:00Z',330,35,X'28e7f2c019212aaad3bbe3c9b944642ca4d95c24e84f615d491d14d3d911accf',X'838f0119d74584a3baaaddb751cc7f57dabcbb5ae29dd5fc100d13016d3a9fbb');
INSERT INTO change_commit VALUES(84,'write','2026-11-21T10:00:00Z',332,35,X'28e7f2c019212aaad3bbe3c9b944642ca4d95c24e84f615d491d14d3d911accf',X'0a56ec1f0c66a224fc3e718779f7084abc0b188ed6a0c03828de8b2c168b8709');
INSERT INTO change_commit VALUES(85,'write','2026-11-21T10:00:00Z',334,36,X'42e7c3c2be83ca98400cc5b821cd84d42c440a3240403eeb6321addf0acca5d6',X'45b687f20ba06e985cd9b45c8d736c067888d27487f3812cbc6e5a2abb379ed5');
INSERT INTO change_commit VALUES(86,'write','2026-11-21T10:00:00Z',336,36,X'42e7c3c2be83ca98400cc5b821cd84d42c440a3240403eeb6321addf0acca5d6',X'aede82d2ed99efcc2eb04594bef3ac2ca3842229843ce2b8a06080531d9c35c8');
INSERT INTO change_commit VALUES(87,'write','2026-11-21T10:00:00Z',341,36,X'42e7c3c2be83ca98400cc5b821cd84d42c440a3240403eeb6321addf0acca5d6',X'9c00055fff36a9c541720464baba5ffa68857299fe82af00e364d55adfecbddb');
INSERT INTO change_commit VALUES(88,'write','2026-11-21T10:00:00Z',343,36,X'42e7c3c2be83ca98400cc5b821cd84d42c440a3240403eeb6321addf0acca5d6',X'ec8178085c172e5078aada08fa8e512985770a5cdc9b573c57c8db5e696361bd');
INSERT INTO change_commit VALUES(89,'write','2026-11-21T10:00:00Z',345,37,X'36ab73a7238315d5a93d1357bb3ed12f7e6bc6b10803e922342e0dbc9d59e82d',X'a5dc6c0690abbf53859644d83b0f3c7be2e83fa99e0d96f972ba4aa5488eb8c2');
INSERT INTO change_commit VALUES(90,'write','2026-11-21T10:00:00Z',349,37,X'36ab73a7238315d5a93d1357bb3ed12f7e6bc6b10803e922342e0dbc9d59e82d',X'b71509470995dfb7f50b15a08435ddc8de226048903471f9af4eb105bf68c5a1');
INSERT INTO change_commit VALUES(91,'write','2026-11-21T10:00:00Z',351,37,X'36ab73a7238315d5a93d1357bb3ed12f7e6bc6b10803e922342e0dbc9d59e82d',X'7c7c57a32231633391b165061cd1c7dff6290888d890567ec59b20878a87a7cb');
INSERT INTO change_commit VALUES(92,'write','2026-11-21T10:00:00Z',353,38,X'0e2dd4557f548369af53ff5c46b45b72b7e88e9eaccbd13ce05cb1087e94854d',X'6ca3018708ebaaf32afcae35f1af9f06780c4be045ead8176c4da55776b1d0da');
INSERT INTO change_commit VALUES(93,'write','2026-11-21T10:00:00Z',357,38,X'0e2dd4557f548369af53ff5c46b45b72b7e88e9eaccbd13ce05cb1087e94854d',X'07da2c4a9c64ef0d29fa06ff0aa206db44efb7b78e3b19b661bee6c73f87e578');
INSERT INTO change_commit VALUES(94,'write','2026-11-21T10:00:00Z',359,38,X'0e2dd4557f548369af53ff5c46b45b72b7e88e9eaccbd13ce05cb1087e94854d',X'06ad7872de69e89512c419f407dd7788275deb1e747664cb8e1c03ed88bf5055');
INSERT INTO change_commit VALUES(95,'write','2026-11-21T10:00:00Z',361,39,X'a01f79d0e63a59c8a4467d4905e021bc2d99f4094d73de8d30c351ea45259ece',X'7332ec45f8900e25b1e44934cd95869a62f0341bc6a336d2746fc290ebcf2100');
INSERT INTO change_commit VALUES(96,'write','2026-11-21T10:00:00Z',365,39,X'a01f79d0e63a59c8a4467d4905e021bc2d99f4094d73de8d30c351ea45259ece',X'e2de8cbc772e591c945692e40139e826aea30038c215fa66fe778e748cca4085');
INSERT INTO change_commit VALUES(97,'write','2026-11-21T10:00:00Z',367,39,X'a01f79d0e63a59c8a4467d4905e021bc2d99f4094d73de8d30c351ea45259ece',X'ffb0b7779e93456fe6a01649911d6a2ef75b6675aabeaab8f73529133b16a237');
INSERT INTO change_commit VALUES(98,'write','2026-11-21T10:00:00Z',369,40,X'313da8bd58462c123bd9f9722d29179a131db6960a1bb78cbaa5d565ed2e468e',X'7f38a92cf906df53e7ca678eda38accc8d0919de8c5a87367264831acb96398d');
INSERT INTO change_commit VALUES(99,'write','2026-11-21T10:00:00Z',373,40,X'313da8bd58462c123bd9f9722d29179a131db6960a1bb78cbaa5d565ed2e468e',X'31ecfd7face4b672f240a364baf729cbab8be01debd7271d16715d169801e7c4');
INSERT INTO change_commit VALUES(100,'write','2026-11-21T10:00:00Z',375,40,X'313da8bd58462c123bd9f9722d29179a131db6960a1bb78cbaa5d565ed2e468e',X'0126a5b063db83f232cd4e5d084dc359ddc40e7cb796cc2d972b794f80d0a83e');
INSERT INTO change_commit VALUES(101,'write','2026-11-21T10:00:00Z',377,41,X'8737bb20c0c7070ff715328657ea57eeac6dacceb2594ce84c6f06277d9a2bf4',X'4276358ccdcb91c5e15960d809177f0498788cf9f9f71943f074076179302588');
INSERT INTO change_commit VALUES(102,'write','2026-11-21T10:00:00Z',379,41,X'8737bb20c0c7070ff715328657ea57eeac6dacceb2594ce84c6f06277d9a2bf4',X'40b5231ed9a97805e5993e467d795ee58d4faa59cabec70839d33770b20b37e2');
INSERT INTO change_commit VALUES(103,'write','2026-11-21T10:00:00Z',384,41,X'8737bb20c0c7070ff715328657ea57eeac6dacceb2594ce84c6f06277d9a2bf4',X'c060769194b863fa436dc424c5bdf6ad4bcabdb2e81766891df63de83976f85d');
INSERT INTO change_commit VALUES(104,'write','2026-11-21T10:00:00Z',386,41,X'8737bb20c0c7070ff715328657ea57eeac6dacceb2594ce84c6f06277d9a2bf4',X'5555be94a6a2ccb915d9f2d4ff82f034d792426e6b3233e5a0541b495cbd26ea');
INSERT INTO change_commit VALUES(105,'write','2026-11-21T10:00:00Z',388,42,X'1d4aa0434b1b5733b4920453f35e010e59046eaac570af32011a7f7a87d92775',X'7ca7bd990bfc8e992098f0f0443e3c731adfb1defdc079708d82200bfa745772');
INSERT INTO change_commit VALUES(106,'write','2026-11-21T10:00:00Z',392,42,X'1d4aa0434b1b5733b4920453f35e010e59046eaac570af32011a7f7a87d92775',X'85d803f8c292eedaa088fc88e88054ba6fcd721d47f628bb9993ee38928865e6');
INSERT INTO change_commit VALUES(107,'write','2026-11-21T10:00:00Z',394,42,X'1d4aa0434b1b5733b4920453f35e010e59046eaac570af32011a7f7a87d92775',X'5e96848342a881184b54dbd4dd88edf611e3405c69e26b0beeaf662d5057d937');
INSERT INTO change_commit VALUES(108,'write','2026-11-21T10:00:00Z',396,43,X'937d3032d5251218999da0535d5c88b15d5f6f29d0642de9e1ed9361c2798ebd',X'1af77836a2e1457b7ab649439be9cb0df26d66963fec3eb0e19c62f6c7f38516');
INSERT INTO change_commit VALUES(109,'write','2026-11-21T10:00:00Z',400,43,X'937d3032d5251218999da0535d5c88b15d5f6f29d0642de9e1ed9361c2798ebd',X'1e1268626f2b3e4b083ef4695648192a37c798163279d2fe35c829736bb5749a');
INSERT INTO change_commit VALUES(110,'write','2026-11-21T10:00:00Z',402,43,X'937d3032d5251218999da0535d5c88b15d5f6f29d0642de9e1ed9361c2798ebd',X'e959aaf09cd3d3f77c289141fedd24bd7a48489677b1e06b9f3702f9d5dd255b');
INSERT INTO change_commit VALUES(111,'write','2026-11-21T10:00:00Z',404,44,X'447eaf1a04dbc91e3dead9a7b03317594226071adfac886079b76b07bcd618f0',X'4a85392aa5fd0696882540dd1fdf330dbd77f417106589a0e1ad68c13bd21511');
INSERT INTO change_commit VALUES(112,'write','2026-11-21T10:00:00Z',408,44,X'447eaf1a04dbc91e3dead9a7b03317594226071adfac886079b76b07bcd618f0',X'6bae2d8132bf4b40ddb86565339e0e7811c55878a04f77e525a87bd24e04ba4c');
INSERT INTO change_commit VALUES(113,'write','2026-11-21T10:00:00Z',410,44,X'447eaf1a04dbc91e3dead9a7b03317594226071adfac886079b76b07bcd618f0',X'11f850071b6dc899d163ecdfff0b6fc164be368900135557f3c485c46d3cf467');
INSERT INTO change_commit VALUES(114,'write','2026-11-21T10:00:00Z',412,45,X'e40b14ffe20d499d4424def2f3dba2790c29b6ea13c487adfe4d3695622f55d0',X'48200dfe2fcaa6cad120ba38d01068eb0d37a5cb9509c554d394f7d102ae21e8');
INSERT INTO change_commit VALUES(115,'write','2026-11-21T10:00:00Z',416,45,X'e40b14ffe20d499d4424def2f3dba2790c29b6ea13c487adfe4d3695622f55d0',X'6b38057652cfa3a94d4fb73014928b719b51766ca2c733270838d0c2e03f7eb2');
INSERT INTO change_commit VALUES(116,'write','2026-11-21T10:00:00Z',418,45,X'e40b14ffe20d499d4424def2f3dba2790c29b6ea13c487adfe4d3695622f55d0',X'2a45690917f9fa3cf40a27810b0b5fb93716170ab5fa6532094789eae97e9170');
INSERT INTO change_commit VALUES(117,'write','2026-11-21T10:00:00Z',420,46,X'269257d60d8930aa90bf6c1b4ef7b76e9d96e242a2dec36f77e52ec6dd91d473',X'155300a5233e16a39e4a70ff7427cd5528d52cd8d6f40595cfc210fcea215f64');
INSERT INTO change_commit VALUES(118,'write','2026-11-21T10:00:00Z',422,46,X'269257d60d8930aa90bf6c1b4ef7b76e9d96e242a2dec36f77e52ec6dd91d473',X'a3f988768e9cde227a6f3160ea3f549bd23a80a8f0aa1de320d23d797cff403b');
INSERT INTO change_commit VALUES(119,'write','2026-11-21T10:00:00Z',427,46,X'269257d60d8930aa90bf6c1b4ef7b76e9d96e242a2dec36f77e52ec6dd91d473',X'c2c810ef7628227b87ccd0db397e4dcf1d05cc7738ca2a2469679a7b972ac624');
INSERT INTO change_commit VALUES(120,'write','2026-11-21T10:00:00Z',429,46,X'269257d60d8930aa90bf6c1b4ef7b76e9d96e242a2dec36f77e52ec6dd91d473',X'029a40ebe5393e9db5499bf38cc4b2c19d5492258e967065daebe9d066ca3018');
INSERT INTO change_commit VALUES(121,'write','2026-11-21T10:00:00Z',431,47,X'4649c951a3e8107927b6fe098935b99e0449e658cff57216af5d1b78d9d1d060',X'05ed991c454049410424641380d4609bbf6324526b612f6d67543f9ef98eb5f8');
INSERT INTO change_commit VALUES(122,'write','2026-11-21T10:00:00Z',435,47,X'4649c951a3e8107927b6fe098935b99e0449e658cff57216af5d1b78d9d1d060',X'39c2a2282c783909b33344c2827c37599219b3c9aa6d91b41246a93de281eb10');
INSERT INTO change_commit VALUES(123,'write','2026-11-21T10:00:00Z',437,47,X'4649c951a3e8107927b6fe098935b99e0449e658cff57216af5d1b78d9d1d060',X'dfce199edd45e260eb1b77386facf65ea75133472d3a7501d6019c6d92af6a26');
INSERT INTO change_commit VALUES(124,'write','2026-11-21T10:00:00Z',439,48,X'42a16e0ef5b510bfc7f5cb13d518d9f443ba7905c26d6a27c2eaf7f6dd82ce1b',X'b4b8b8d169e38abb357dd915742220f534f58940573a7d8f4beadee6d1fd3912');
INSERT INTO change_commit VALUES(125,'write','2026-11-21T10:00:00Z',443,48,X'42a16e0ef5b510bfc7f5cb13d518d9f443ba7905c26d6a27c2eaf7f6dd82ce1b',X'9a18ef214dc650ae771661885cf4fe809b109f0222188669509c50773dbe678b');
INSERT INTO change_commit VALUES(126,'write','2026-11-21T10:00:00Z',445,48,X'42a16e0ef5b510bfc7f5cb13d518d9f443ba7905c26d6a27c2eaf7f6dd82ce1b',X'a0ac5e74a804167ced4cdbbd3c6a040ac52dad6a42757a756dc1eeb63c7f7529');
INSERT INTO change_commit VALUES(127,'write','2026-11-21T10:00:00Z',447,49,X'c5ec70b0be9ec0e77c6e9f4f08c1c0a328bd27789cb7e538e30503897f2dbe41',X'142f51af36b9d7e1d1243e9c5827f1fa122f77d25d4c1627f69aeff9cf87a254');
INSERT INTO change_commit VALUES(128,'write','2026-11-21T10:00:00Z',451,49,X'c5ec70b0be9ec0e77c6e9f4f08c1c0a328bd27789cb7e538e30503897f2dbe41',X'4a0d38fb3036a015cb6c4451967bc529c1c80069ab88a4724af084b7eba332da');
INSERT INTO change_commit VALUES(129,'write','2026-11-21T10:00:00Z',453,49,X'c5ec70b0be9ec0e77c6e9f4f08c1c0a328bd27789cb7e538e30503897f2dbe41',X'7128249015ae4f2a0fe6445835aa78f143626f5275ac262727c9dd2bc911444e');
INSERT INTO change_commit VALUES(130,'write','2026-11-21T10:00:00Z',455,50,X'2e8978f3b90999777c11c4ae15d338566cac148272ce5c7373a57a0825561517',X'161947341685aa58b61f361f751d658d3b0ea11cbace2eab88c549be08d4a381');
INSERT INTO change_commit VALUES(131,'write','2026-11-21T10:00:00Z',459,50,X'2e8978f3b90999777c11c4ae15d338566cac148272ce5c7373a57a0825561517',X'52eb199d2d109e289e7a571e4c97d1e1175fb146343d6d94926293414fef21ec');
INSERT INTO change_commit VALUES(132,'write','2026-11-21T10:00:00Z',461,50,X'2e8978f3b90999777c11c4ae15d338566cac148272ce5c7373a57a0825561517',X'9ac91b78df66b31649fba307a1dd3a67a35dc093a5f1c81d3f70dc45edeb4ef8');
INSERT INTO change_commit VALUES(133,'write','2026-11-21T10:00:00Z',463,51,X'9158f8b48a3bc097bb4b0b67334597d6e98b15c3687e3f48a45e620763c12c90',X'22e5567814a7e311723dc1c522544fde757fcec8358132e9ea8d1ecb660d3ba1');
INSERT INTO change_commit VALUES(134,'write','2026-11-21T10:00:00Z',465,51,X'9158f8b48a3bc097bb4b0b67334597d6e98b15c3687e3f48a45e620763c12c90',X'f7b9b14db7c4d5bb987d3833f7e468924c7758af8f208132f226901f16f66a43');
INSERT INTO change_commit VALUES(135,'write','2026-11-21T10:00:00Z',470,51,X'9158f8b48a3bc097bb4b0b67334597d6e98b15c3687e3f48a45e620763c12c90',X'94e0f1e70e488d55ef9db60aae4869702d0c19ac83f6c68c43bf8b98e7d9e62b');
INSERT INTO change_commit VALUES(136,'write','2026-11-21T10:00:00Z',472,51,X'9158f8b48a3bc097bb4b0b67334597d6e98b15c3687e3f48a45e620763c12c90',X'f9aed41279f307ca3447a97d12261701c748536feda9dd9f7b67efdffd33982c');
INSERT INTO change_commit VALUES(137,'write','2026-11-21T10:00:00Z',474,52,X'09712480023d6545240ef8a98da48f4eadda04d1b40a532894f7605ec8bafeb8',X'6238dd1f010f2385afecb1447463df3f2b2df99c9717916f0c096a50aab28b01');
INSERT INTO change_commit VALUES(138,'write','2026-11-21T10:00:00Z',478,52,X'09712480023d6545240ef8a98da48f4eadda04d1b40a532894f7605ec8bafeb8',X'15da5cd1471446630bf81e060062280559084413186554574acfb8b870f18bbf');
INSERT INTO change_commit VALUES(139,'write','2026-11-21T10:00:00Z',480,52,X'09712480023d6545240ef8a98da48f4eadda04d1b40a532894f7605ec8bafeb8',X'1c74a8ebc2b29ba39d245e10f8fed57534166cf0de6a929220e9349796792925');
INSERT INTO change_commit VALUES(140,'write','2026-11-21T10:00:00Z',482,53,X'7735b7b6adc95d75c39066ff8e7ee6421e2d8134c29a20ad2096c29ab1b3b62b',X'290a54b579882970fdeab6f22180f948561756f1f7cc96949cadc3978bbb35e1');
INSERT INTO change_commit VALUES(141,'write','2026-11-21T10:00:00Z',486,53,X'7735b7b6adc95d75c39066ff8e7ee6421e2d8134c29a20ad2096c29ab1b3b62b',X'69abd079539cc7a7c25a9e9aa39bb1424fcbf07752867bbd3367957ef688fe3d');
INSERT INTO change_commit VALUES(142,'write','2026-11-21T10:00:00Z',488,53,X'7735b7b6adc95d75c39066ff8e7ee6421e2d8134c29a20ad2096c29ab1b3b62b',X'50966013f53d5420a4931c5ef41e8f57696adac1adc8fa217916418673a07d02');
INSERT INTO change_commit VALUES(143,'write','2026-11-21T10:00:00Z',490,54,X'a17bfc311c96a512295b2fe42442dd0ce6faa943945cf6df8ef98f5339df54c8',X'530d776dd8e872a21c644bbfa447e7474f8d690605aba4f744aaa04e6a01b0a8');
INSERT INTO change_commit VALUES(144,'write','2026-11-21T10:00:00Z',494,54,X'a17bfc311c96a512295b2fe42442dd0ce6faa943945cf6df8ef98f5339df54c8',X'8c9cf0da9cb70cda3fd1ea8f2d190c62b7056337cf93e4b81b234309bad94cdd');
INSERT INTO change_commit VALUES(145,'write','2026-11-21T10:00:00Z',496,54,X'a17bfc311c96a512295b2fe42442dd0ce6faa943945cf6df8ef98f5339df54c8',X'2c1e535ccfc0ce0c6bda7ed85d872edb7c07cd5f2d37ee8507f4019413829117');
INSERT INTO change_commit VALUES(146,'write','2026-11-21T10:00:00Z',498,55,X'1d5c63cd1f94270866114fabd6ddc15d1564f02aff0c9b8a63255105a624892b',X'c48a4e3c5acb92336099f23e3d4f72771a0e52432ea8400e2762429701bafec3');
INSERT INTO change_commit VALUES(147,'write','2026-11-21T10:00:00Z',502,55,X'1d5c63cd1f94270866114fabd6ddc15d1564f02aff0c9b8a63255105a624892b',X'3d08fbb3f50607817bc6838157bd7990ac0027d1158fc5e84be6959c2f8a50bd');
INSERT INTO change_commit VALUES(148,'write','2026-11-21T10:00:00Z',504,55,X'1d5c63cd1f94270866114fabd6ddc15d1564f02aff0c9b8a63255105a624892b',X'a1d528f931436c09f08bd6effbdfb6b282a7c05438d212f67802a83a5618642d');
INSERT INTO change_commit VALUES(149,'write','2026-11-21T10:00:00Z',506,56,X'3c91e6d9685f3da6fc2050894b4248ec34e7bb96c55c8eb15193a06125932515',X'9830bd405be8b7060ca96033da4f72eb410759231c5e8ba234e6786cdac9d00d');
INSERT INTO change_commit VALUES(150,'write','2026-11-21T10:00:00Z',508,56,X'3c91e6d9685f3da6fc2050894b4248ec34e7bb96c55c8eb15193a06125932515',X'59ffb021be5c4c6146ea7ead92eccb59119df1141e134ef9633fe2f9da58414d');
INSERT INTO change_commit VALUES(151,'write','2026-11-21T10:00:00Z',513,56,X'3c91e6d9685f3da6fc2050894b4248ec34e7bb96c55c8eb15193a06125932515',X'8d47611a85911bb5081ccb520316ec75345fb23699344b9e7913a0bd7a34bb21');
INSERT INTO change_commit VALUES(152,'write','2026-11-21T10:00:00Z',515,56,X'3c91e6d9685f3da6fc2050894b4248ec34e7bb96c55c8eb15193a06125932515',X'cba0d5a4e8f0ae189f91167f23a8e1cea8c909acaca1b1309d31b15adb5d9221');
INSERT INTO change_commit VALUES(153,'write','2026-11-21T10:00:00Z',517,57,X'6ee30665ed9e1ca7647f029f1136822f101e6c7ac9641c4ff6d8f5dbe99b8d55',X'4554474cab78f263b950eb1d881387e98660363812a481f830dcd92d4c67c87d');
INSERT INTO change_commit VALUES(154,'write','2026-11-21T10:00:00Z',521,57,X'6ee30665ed9e1ca7647f029f1136822f101e6c7ac9641c4ff6d8f5dbe99b8d55',X'6775b5879661fbec69f7fdee5be70c1b0ca2d77b281d5fbc0a5777e84b1d4b5d');
INSERT INTO change_commit VALUES(155,'write','2026-11-21T10:00:00Z',523,57,X'6ee30665ed9e1ca7647f029f1136822f101e6c7ac9641c4ff6d8f5dbe99b8d55',X'af31b4e8d01d97e099b24356655c0546f15a92c514c530296388f3a340188c55');
INSERT INTO change_commit VALUES(156,'write','2026-11-21T10:00:00Z',525,58,X'da48e5d48b73f4bcda97b7e85bf5853b546c0bfd9c71ba61f6afad57b004aee6',X'd26d99dc94776a0f11c9cabf3c8743d61e1ac25051ebd3c507b56cb1a0900d79');
INSERT INTO change_commit VALUES(157,'write','2026-11-21T10:00:00Z',529,58,X'da48e5d48b73f4bcda97b7e85bf5853b546c0bfd9c71ba61f6afad57b004aee6',X'17b47b99bdcdb2cc5635b38560d010e0a1d97d1c9e25fd49d49550ea113d3130');
INSERT INTO change_commit VALUES(158,'write','2026-11-21T10:00:00Z',531,58,X'da48e5d48b73f4bcda97b7e85bf5853b546c0bfd9c71ba61f6afad57b004aee6',X'a20e24290722297441934badb06ec5c22bb0306e5c147fe28c604d4bd08db22e');
INSERT INTO change_commit VALUES(159,'write','2026-11-21T10:00:00Z',533,59,X'0c821d2c99d8fcf9f513942e5dbcef4db5ab40dc20cdaf7b817fe45b8c3f1610',X'75fc61dfca0e07026df1eb3f8132b9e853930ec8ef01c4f6846caa1e4888ad22');
INSERT INTO change_commit VALUES(160,'write','2026-11-21T10:00:00Z',537,59,X'0c821d2c99d8fcf9f513942e5dbcef4db5ab40dc20cdaf7b817fe45b8c3f1610',X'26a01cf76bb466ca1ce07f0486a43b76af5926541243290fab83a9443b0637ed');
INSERT INTO change_commit VALUES(161,'write','2026-11-21T10:00:00Z',539,59,X'0c821d2c99d8fcf9f513942e5dbcef4db5ab40dc20cdaf7b817fe45b8c3f1610',X'c0b878dfa065358fa13b58533f2f1156509476401bb1e61a75fa4e95c2b26214');
INSERT INTO change_commit VALUES(162,'write','2026-11-21T10:00:00Z',541,60,X'301f9a0bec0f49c270125724905aa31b4b1bfb00b47baf257e778b1a46523654',X'15b1b0842b7bc3e135735e523410a910c546e810739e7146da22cc6dc23a8670');
INSERT INTO change_commit VALUES(163,'write','2026-11-21T10:00:00Z',545,60,X'301f9a0bec0f49c270125724905aa31b4b1bfb00b47baf257e778b1a46523654',X'1109adb48afa78edd20c17f9f1c8696a671356f4d6478434a62511fb30f73a89');
INSERT INTO change_commit VALUES(164,'write','2026-11-21T10:00:00Z',547,60,X'301f9a0bec0f49c270125724905aa31b4b1bfb00b47baf257e778b1a46523654',X'1f79633f5f1464cd7a711521ccf5c2198e32dccc63f13ebe47db8e89c3bd3662');
INSERT INTO change_commit VALUES(165,'write','2026-11-21T10:00:00Z',549,61,X'89320687403af5f5a2c0d72d221957103aeac5039ef59cee81f94bba43a35a96',X'67662f7eb012bd38411c56013a864e57a92254fe71ea452b1e616f56fdfd8b3a');
INSERT INTO change_commit VALUES(166,'write','2026-11-21T10:00:00Z',551,61,X'89320687403af5f5a2c0d72d221957103aeac5039ef59cee81f94bba43a35a96',X'4fc2e84dc15e1f9e9b33d5cab5f4bab474e3467e59d93b1ea674ebe47739c1d7');
INSERT INTO change_commit VALUES(167,'write','2026-11-21T10:00:00Z',556,61,X'89320687403af5f5a2c0d72d221957103aeac5039ef59cee81f94bba43a35a96',X'47c7d11b42a630c245435a40b45a7a522740d914b506e3152a65579e41b18120');
INSERT INTO change_commit VALUES(168,'write','2026-11-21T10:00:00Z',558,61,X'89320687403af5f5a2c0d72d221957103aeac5039ef59cee81f94bba43a35a96',X'675dfb3fe58e6de8fa8ecaafdc5420650e3e5a48f292970c010d07a16c58c1df');
INSERT INTO change_commit VALUES(169,'write','2026-11-21T10:00:00Z',560,62,X'e8b4201023e0da146966c96dade2fdcc0a5200a5d5a0a165d7d1dcc369e65520',X'414412313d1bad448e1dd94a20ba53b87d1ab7ba596bf309b90fa6cefb58b048');
INSERT INTO change_commit VALUES(170,'write','2026-11-21T10:00:00Z',564,62,X'e8b4201023e0da146966c96dade2fdcc0a5200a5d5a0a165d7d1dcc369e65520',X'6b7d0e3d2e81b00fc053f3f58eb0414b997f304510f19edba28ac72075b30569');
INSERT INTO change_commit VALUES(171,'write','2026-11-21T10:00:00Z',566,62,X'e8b4201023e0da146966c96dade2fdcc0a5200a5d5a0a165d7d1dcc369e65520',X'55e532de0ab79e2736d2c95135799cc8b0e3578da2479820f6f0b74a5cf3589e');
INSERT INTO change_commit VALUES(172,'write','2026-11-21T10:00:00Z',568,63,X'8fe118d4f7820368e0333e57a9c2f61c682402242bc3185e78d06c561da397a2',X'7f73a5f9e4ea06881fb53498d74fd1d22bd90e18f0724487d1874fc44d76c059');
INSERT INTO change_commit VALUES(173,'write','2026-11-21T10:00:00Z',572,63,X'8fe118d4f7820368e0333e57a9c2f61c682402242bc3185e78d06c561da397a2',X'df81cb5b2308f8b3e15cc49cc6ecf4603d4a1cc323994df02cd97d6f56f70d62');
INSERT INTO change_commit VALUES(174,'write','2026-11-21T10:00:00Z',574,63,X'8fe118d4f7820368e0333e57a9c2f61c682402242bc3185e78d06c561da397a2',X'e2199c443cc93cb173417be8f45db59a6214dfef3b213a23c3cfea65c02bbab8');
INSERT INTO change_commit VALUES(175,'write','2026-11-21T10:00:00Z',576,64,X'2823d51256ac0a99fd538c1dd67f3b539810767414a5c9efe82751a82fc00af0',X'4836cd05d1e16a4e34bac0b7325c3e7f638687aac242ea25d70f4b645674649c');
INSERT INTO change_commit VALUES(176,'write','2026-11-21T10:00:00Z',580,64,X'2823d51256ac0a99fd538c1dd67f3b539810767414a5c9efe82751a82fc00af0',X'b62924494c75e0c27ce1b442f5dc895709367f403bb0e0dcc0639179c8fc61be');
INSERT INTO change_commit VALUES(177,'write','2026-11-21T10:00:00Z',582,64,X'2823d51256ac0a99fd538c1dd67f3b539810767414a5c9efe82751a82fc00af0',X'0a892c013546b63722feb954c56e10b6b8717dc2437fb735f59718bdf50378ac');
INSERT INTO change_commit VALUES(178,'write','2026-11-21T10:00:00Z',584,65,X'f952d87780d277b01c4595c3589efe9813c7ae5ee842f51a29634c61a3e20d69',X'0d83773b0556256f34f1b347b54e11bf50920d14aeda86fd94ebb50584860f70');
INSERT INTO change_commit VALUES(179,'write','2026-11-21T10:00:00Z',588,65,X'f952d87780d277b01c4595c3589efe9813c7ae5ee842f51a29634c61a3e20d69',X'7c4a73f98f9cb62a5f7ba6c7e51ddea7cff807abf7eb27858d983abbbe9cf87e');
INSERT INTO change_commit VALUES(180,'write','2026-11-21T10:00:00Z',590,65,X'f952d87780d277b01c4595c3589efe9813c7ae5ee842f51a29634c61a3e20d69',X'f7fb224fc4f96f0330960dcbbbe4a830a6bcf8447008877f88a40216db5523b1');
INSERT INTO change_commit VALUES(181,'write','2026-11-21T10:00:00Z',592,66,X'dab1cb1bc28ccde24ebd9b9e370e2cb64a088bd013984b3a16ac722a144ed855',X'975b55df7df2fb02289cd6842d62967aa77179f5173c69af178b8f959178feda');
INSERT INTO change_commit VALUES(182,'write','2026-11-21T10:00:00Z',594,66,X'dab1cb1bc28ccde24ebd9b9e370e2cb64a088bd013984b3a16ac722a144ed855',X'b6c2896e8643ab80e6b51c2bbf700d53c0d3e2155018bb867dd87974f6afd1d4');
INSERT INTO change_commit VALUES(183,'write','2026-11-21T10:00:00Z',599,66,X'dab1cb1bc28ccde24ebd9b9e370e2cb64a088bd013984b3a16ac722a144ed855',X'd018619ff1d9af399dceb41ef7f21f2adbcde2eb8407e828de80648209efdde1');
INSERT INTO change_commit VALUES(184,'write','2026-11-21T10:00:00Z',601,66,X'dab1cb1bc28ccde24ebd9b9e370e2cb64a088bd013984b3a16ac722a144ed855',X'cc3d81c008cf798eaf2342129d5d180655658af26e4975fc2c5bcc8adb918c03');
INSERT INTO change_commit VALUES(185,'write','2026-11-21T10:00:00Z',603,67,X'30611b6ad49bd982af4a2fe1bc07213f24575603e539039d41c974e1538d6bc1',X'6ddf3ec4db0f88448ca5ea9e83940afa36b35cf196807a80a37684b540b069e5');
INSERT INTO change_commit VALUES(186,'write','2026-11-21T10:00:00Z',607,67,X'30611b6ad49bd982af4a2fe1bc07213f24575603e539039d41c974e1538d6bc1',X'990e554a7e014ff8e8811c4e615edb34b150e29b65f44adc0845a88e32b9e28b');
INSERT INTO change_commit VALUES(187,'write','2026-11-21T10:00:00Z',609,67,X'30611b6ad49bd982af4a2fe1bc07213f24575603e539039d41c974e1538d6bc1',X'78427de713e196b708ed4064fbde486a28373ac98c9be467eb13af50f1f422db');
INSERT INTO change_commit VALUES(188,'write','2026-11-21T10:00:00Z',611,68,X'1f6af82d247730bb1ef5b8e1b2a9ec9e79f249440759e5cc5d91f4275611d500',X'e58029535dce80a2f7735ba971b086c10988e19118dc91f42be8d212963ce2b9');
INSERT INTO change_commit VALUES(189,'write','2026-11-21T10:00:00Z',615,68,X'1f6af82d247730bb1ef5b8e1b2a9ec9e79f249440759e5cc5d91f4275611d500',X'714b08ed537ca335b4d953e7929e2a983d0159a29cc60b8ddb7db22a200117fc');
INSERT INTO change_commit VALUES(190,'write','2026-11-21T10:00:00Z',617,68,X'1f6af82d247730bb1ef5b8e1b2a9ec9e79f249440759e5cc5d91f4275611d500',X'89f5f7968b94eaed44e046f50f2aeb78c41dcadceeb450afc6ecb7bc4f9fe5ca');
INSERT INTO change_commit VALUES(191,'write','2026-11-21T10:00:00Z',619,69,X'fde3fb3cf24050e55979b84250333b8f0a7fc755125bd6b1b4bbd57aefbb19c5',X'e0bb02a98d9f5e684bef28b68a45ed08ffcae65ec2e00aba0ff59423c30d3bed');
INSERT INTO change_commit VALUES(192,'write','2026-11-21T10:00:00Z',623,69,X'fde3fb3cf24050e55979b84250333b8f0a7fc755125bd6b1b4bbd57aefbb19c5',X'ddacae139325ced345f5b1b892425279a044946733efe82c292de430d105ee88');
INSERT INTO change_commit VALUES(193,'write','2026-11-21T10:00:00Z',625,69,X'fde3fb3cf24050e55979b84250333b8f0a7fc755125bd6b1b4bbd57aefbb19c5',X'8f2e6cd4730510bc56daf8f83aeb6873c81aae59db357f455ad2ff9691f4315c');
INSERT INTO change_commit VALUES(194,'write','2026-11-21T10:00:00Z',627,70,X'45d92453732e3ad8fba3477759f4a67646d3ffbd9eeeaffd89c8a9e07dd79fa8',X'deafef8c8fea70b45250d6ff64ed3fa9b2fd1b4643b0743198723fd996a8873e');
INSERT INTO change_commit VALUES(195,'write','2026-11-21T10:00:00Z',631,70,X'45d92453732e3ad8fba3477759f4a67646d3ffbd9eeeaffd89c8a9e07dd79fa8',X'e1886636060b11397b86544a9165f82d5abc3b93a44d5db06faa5570c9d6df7b');
INSERT INTO change_commit VALUES(196,'write','2026-11-21T10:00:00Z',633,70,X'45d92453732e3ad8fba3477759f4a67646d3ffbd9eeeaffd89c8a9e07dd79fa8',X'be23603938a09ddc0d4134c4c88745ab7f1d11072f92a1caff82290fa84cb7c7');
INSERT INTO change_commit VALUES(197,'write','2026-11-21T10:00:00Z',635,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'195be92291070f64149924cd527bef214a39ccde9f1857cbbbd9a64304d39421');
INSERT INTO change_commit VALUES(198,'write','2026-11-21T10:00:00Z',645,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'6b254b511c0280f79bb2f41d9e0267b655ce38cd3f0f2149182938070897180d');
INSERT INTO change_commit VALUES(199,'write','2026-11-21T10:00:00Z',647,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'e6a146f0a3a9ebc85a63ea5e0fd4bfad64058aa320e28c7645fcbe1117cde40b');
INSERT INTO change_commit VALUES(200,'write','2026-11-21T10:00:00Z',649,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'9114595fedbad7435b2a37bf057cbc9424241c67838f613a056439019dd18a40');
INSERT INTO change_commit VALUES(201,'write','2026-11-21T10:00:00Z',652,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'b93514e0beef75f4058409b6ab6270dc738707daf23d26673b05c3fe1e695027');
INSERT INTO change_commit VALUES(202,'write','2026-11-21T10:00:00Z',662,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'b4e58d6f5206e0746b6d8291f48ca3108b5094b1f487b0b8bf2c560883a0e5c3');
INSERT INTO change_commit VALUES(203,'write','2026-11-21T10:00:00Z',664,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'2af34e04f5059313553b6468a21e217e221b6c007e9558875572b7c070255454');
INSERT INTO change_commit VALUES(204,'write','2026-11-21T10:00:00Z',666,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'7c6201271d4d67abe9a63aaec691906bc91a1970c6ed1267809f3553388a2d3a');
INSERT INTO change_commit VALUES(205,'write','2026-11-21T10:00:00Z',669,71,X'efb5b1849976873f5f4c40849ef9d7c8f722f3324e26c313c821be46c9e964ae',X'868ce6a72ff6ac4300197bd6026564677f48618f4a3b97dd6978a0bd60e9ec0e');
INSERT INTO change_commit VALUES(206,'write','2026-11-21T10:00:00Z',670,72,X'5520f6e0fbcf491864d61d1a3676061e38a0dd8aefb005ecd8b4586a3f004167',X'9dbecc36bd523c053c0aca616738f78fd1d71023eb68c48863dc5f0578b4d19d');
INSERT INTO change_commit VALUES(207,'write','2026-11-21T10:00:00Z',680,72,X'5520f6e0fbcf491864d61d1a3676061e38a0dd8aefb005ecd8b4586a3f004167',X'0fc2e2c25bb75e04ef5fc542db4256d205d065d6a138626d178d2beaf4e39920');
INSERT INTO change_commit VALUES(208,'write','2026-11-21T10:00:00Z',682,72,X'5520f6e0fbcf491864d61d1a3676061e38a0dd8aefb005ecd8b4586a3f004167',X'76ad563987e22a258e51c261333c0c5914fd046cdacdd9fb28a96275d451a6b9');
INSERT INTO change_commit VALUES(209,'write','2026-11-21T10:00:00Z',684,72,X'5520f6e0fbcf491864d61d1a3676061e38a0dd8aefb005ecd8b4586a3f004167',X'e865775b1e50704d19354f5faaf3736e6c6a5ef44b40e77e44ce826230e339a6');
INSERT INTO change_commit VALUES(210,'write','2026-11-21T10:00:00Z',687,72,X'5520f6e0fbcf491864d61d1a3676061e38a0dd8aefb005ecd8b4586a3f004167',X'c8cee8811d0852e3f4917587da6b3cc697dac8206c2bd78c3de8932ba3c5fb29');
INSERT INTO change_commit VALUES(211,'write','2026-11-21T10:00:00Z',692,74,X'7c701a836e11bcd4eeddd94c5f11872c5d8e5c3d9e547f71710db911442a6ec7',X'f8abdaf34085078d79953dd591deeb7d3cb9b6916c033ff0f19ac8917934746a');
INSERT INTO change_commit VALUES(212,'write','2026-11-21T10:00:00Z',703,74,X'7c701a836e11bcd4eeddd94c5f11872c5d8e5c3d9e547f71710db911442a6ec7',X'67b442510aaefa8ce6f1068d18a9017aeea3a9a9f169ae0a1d131d150ad5b25c');
INSERT INTO change_commit VALUES(213,'write','2026-11-21T10:00:00Z',708,74,X'7c701a836e11bcd4eeddd94c5f11872c5d8e5c3d9e547f71710db911442a6ec7',X'f69a1ea5d20f63c87eb91d81e26fae8b330a19d040d823f8cd690803df14f738');
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
