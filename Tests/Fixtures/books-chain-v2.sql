-- Books written by gonghui before migration 0008 (journal chain version 2), as `sqlite3 FILE .dump` prints them.
-- Made with the release build of commit a171125 (with the LedgerStore → InputFiles dependency fix) and GONGHUI_NOW=2026-03-01T09:00:00Z:
--   init GH001; voucher import of 3 vouchers (one with a restricted fund, attachments); voucher add with
--   sign-off and collective decision, reviewed by another user and posted; reverse of voucher 3; close 2026-01;
--   one draft left unposted. PostingDimensionTests opens it with today's code: it migrates and still verifies.
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
INSERT INTO organisation VALUES(1,'GH001','测试工会','enterprise',24312,'2026-03-01T09:00:00Z','张会计',NULL,'','','self');
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
INSERT INTO account VALUES(1,1,'101','库存现金','Cash on hand','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(2,1,'102','银行存款','Bank deposits','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(3,1,'131','应收上级经费','Receivable from higher unions','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(4,1,'132','应收下级经费','Receivable from lower units','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(5,1,'135','其他应收款','Other receivables','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(6,1,'141','库存物品','Inventory','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(7,1,'162','固定资产','Fixed assets','asset',NULL,1,1,'张会计','');
INSERT INTO account VALUES(8,1,'201','应付职工薪酬','Payroll payable','liability',NULL,1,1,'张会计','');
INSERT INTO account VALUES(9,1,'221','应付上级经费','Payable to higher unions','liability',NULL,1,1,'张会计','');
INSERT INTO account VALUES(10,1,'222','应付下级经费','Payable to lower units','liability',NULL,1,1,'张会计','');
INSERT INTO account VALUES(11,1,'225','其他应付款','Other payables','liability',NULL,1,1,'张会计','');
INSERT INTO account VALUES(12,1,'231','代管经费','Funds held in custody','liability',NULL,1,1,'张会计','');
INSERT INTO account VALUES(13,1,'301','资产基金','Asset fund','netAssets',NULL,1,1,'张会计','');
INSERT INTO account VALUES(14,1,'321','专用基金','Special fund','netAssets',NULL,1,1,'张会计','');
INSERT INTO account VALUES(15,1,'331','工会资金结余','Union fund surplus','netAssets',NULL,1,1,'张会计','');
INSERT INTO account VALUES(16,1,'401','会费收入','Membership dues','revenue',NULL,1,1,'张会计','');
INSERT INTO account VALUES(17,1,'402','拨缴经费收入','Allocated funds income','revenue',NULL,1,1,'张会计','');
INSERT INTO account VALUES(18,1,'403','上级补助收入','Grants from higher unions','revenue',NULL,0,1,'张会计','');
INSERT INTO account VALUES(19,1,'40301','一般性转移支付','General transfers','revenue',18,1,1,'张会计','');
INSERT INTO account VALUES(20,1,'40302','专项转移支付','Earmarked transfers','revenue',18,1,1,'张会计','');
INSERT INTO account VALUES(21,1,'404','政府补助收入','Government grants','revenue',NULL,1,1,'张会计','');
INSERT INTO account VALUES(22,1,'408','其他收入','Other income','revenue',NULL,1,1,'张会计','');
INSERT INTO account VALUES(23,1,'501','职工活动支出','Employee activities','expenditure',NULL,0,1,'张会计','');
INSERT INTO account VALUES(24,1,'50101','职工教育支出','Employee education','expenditure',23,1,1,'张会计','');
INSERT INTO account VALUES(25,1,'50102','文体活动支出','Cultural and sports activities','expenditure',23,1,1,'张会计','');
INSERT INTO account VALUES(26,1,'50103','宣传活动支出','Publicity activities','expenditure',23,1,1,'张会计','');
INSERT INTO account VALUES(27,1,'50104','劳模职工疗休养支出','Model-worker recuperation','expenditure',23,1,1,'张会计','');
INSERT INTO account VALUES(28,1,'50105','会员活动支出','Member activities','expenditure',23,1,1,'张会计','');
INSERT INTO account VALUES(29,1,'50106','其他活动支出','Other activities','expenditure',23,1,1,'张会计','');
INSERT INTO account VALUES(30,1,'502','职工服务支出','Employee services','expenditure',NULL,1,1,'张会计','');
INSERT INTO account VALUES(31,1,'503','维权支出','Rights protection','expenditure',NULL,1,1,'张会计','');
INSERT INTO account VALUES(32,1,'504','业务支出','Operations','expenditure',NULL,1,1,'张会计','');
INSERT INTO account VALUES(33,1,'505','资本性支出','Capital expenditure','expenditure',NULL,1,1,'张会计','');
INSERT INTO account VALUES(34,1,'508','其他支出','Other expenditure','expenditure',NULL,1,1,'张会计','');
CREATE TABLE period(
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    ordinal INTEGER NOT NULL,               -- year * 12 + month - 1
    last_number INTEGER NOT NULL DEFAULT 0 CHECK(last_number >= 0),
    closed_at TEXT,
    closed_by TEXT,
    PRIMARY KEY(org_id, ordinal)
) STRICT, WITHOUT ROWID;
INSERT INTO period VALUES(1,24312,2,'2026-03-01T09:00:00Z','张会计');
INSERT INTO period VALUES(1,24313,3,NULL,NULL);
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
INSERT INTO import_log VALUES(1,1,'voucher','v.csv','e054518f4dfb64c34969e8a236800c8bdcd9c8f900d71e5f6dfebc7ddfdcb417',7,3,'2026-03-01T09:00:00Z','张会计');
CREATE TABLE voucher(
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisation(id),
    date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ordinal INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    summary TEXT NOT NULL CHECK(length(summary) > 0),
    kind TEXT NOT NULL CHECK(kind IN ('normal','reversal','closing','opening')),
    reverses_id INTEGER REFERENCES voucher(id),
    total_fen INTEGER NOT NULL,
    prepared_by TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    external_ref TEXT NOT NULL DEFAULT '',
    import_id INTEGER REFERENCES import_log(id),
    hash BLOB NOT NULL CHECK(length(hash) = 32), attachments INTEGER NOT NULL DEFAULT 0 CHECK(attachments >= 0), fund TEXT NOT NULL DEFAULT '' CHECK(length(fund) <= 64), chain_version INTEGER NOT NULL DEFAULT 1 CHECK(chain_version IN (1, 2)),
    UNIQUE(org_id, ordinal, number),
    CHECK((kind = 'reversal') = (reverses_id IS NOT NULL))
) STRICT;
INSERT INTO voucher VALUES(1,1,'2026-01-05',24312,1,'收取会费','normal',NULL,100000,'张会计','2026-03-01T09:00:00Z','v.csv:2','记-001',1,X'937300551ccfa76860fc903b309a4e9788d86bea0797e574afd73095e2859f63',2,'',2);
INSERT INTO voucher VALUES(2,1,'2026-01-08',24312,2,'上级补助','normal',NULL,50000,'张会计','2026-03-01T09:00:00Z','v.csv:4','记-002',1,X'0dd95456037fa6c724fa519aa63f03ec585e4681cee8aa484a31990e98582ec4',1,'专项:困难职工帮扶',2);
INSERT INTO voucher VALUES(3,1,'2026-02-03',24313,1,'办公用品','normal',NULL,15000,'张会计','2026-03-01T09:00:00Z','v.csv:6','记-003',1,X'5f22863bc59d42d15edee2121d933bb7a11391d3979d1c75e2527ccef181cf6c',0,'',2);
INSERT INTO voucher VALUES(4,1,'2026-02-10',24313,2,'职工活动','normal',NULL,36000,'张会计','2026-03-01T09:00:00Z','draft:1','',NULL,X'3c08dd803a45d289fa885c140e6b0fc841afec164e5a02a249a3a145e2384885',3,'',2);
INSERT INTO voucher VALUES(5,1,'2026-02-03',24313,3,'冲销 记-2026-02-001 科目错误','reversal',3,-15000,'张会计','2026-03-01T09:00:00Z','','',NULL,X'83ca1703a310f6e55fb81367e31a7b01e7f0037e3de75e119b7182d87e6ce79e',0,'',2);
CREATE TABLE posting(
    voucher_id INTEGER NOT NULL,
    line INTEGER NOT NULL CHECK(line > 0),
    account_id INTEGER NOT NULL,
    side TEXT NOT NULL CHECK(side IN ('D','C')),
    amount_fen INTEGER NOT NULL CHECK(amount_fen <> 0),
    memo TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(voucher_id, line)
) STRICT, WITHOUT ROWID;
INSERT INTO posting VALUES(1,1,2,'D',100000,'');
INSERT INTO posting VALUES(1,2,16,'C',100000,'');
INSERT INTO posting VALUES(2,1,2,'D',50000,'');
INSERT INTO posting VALUES(2,2,20,'C',50000,'');
INSERT INTO posting VALUES(3,1,26,'D',12000,'');
INSERT INTO posting VALUES(3,2,1,'D',3000,'现金支付');
INSERT INTO posting VALUES(3,3,2,'C',15000,'');
INSERT INTO posting VALUES(4,1,28,'D',36000,'');
INSERT INTO posting VALUES(4,2,2,'C',36000,'');
INSERT INTO posting VALUES(5,1,26,'D',-12000,'');
INSERT INTO posting VALUES(5,2,1,'D',-3000,'现金支付');
INSERT INTO posting VALUES(5,3,2,'C',-15000,'');
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
INSERT INTO balance VALUES(1,1,'',24313,0,0,0);
INSERT INTO balance VALUES(1,2,'',24312,0,100000,0);
INSERT INTO balance VALUES(1,2,'',24313,0,0,36000);
INSERT INTO balance VALUES(1,2,'专项:困难职工帮扶',24312,0,50000,0);
INSERT INTO balance VALUES(1,16,'',24312,0,0,100000);
INSERT INTO balance VALUES(1,20,'专项:困难职工帮扶',24312,0,0,50000);
INSERT INTO balance VALUES(1,26,'',24313,0,0,0);
INSERT INTO balance VALUES(1,28,'',24313,0,36000,0);
CREATE TABLE journal_head(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    voucher_count INTEGER NOT NULL,
    hash BLOB NOT NULL CHECK(length(hash) = 32)
) STRICT;
INSERT INTO journal_head VALUES(1,5,X'83ca1703a310f6e55fb81367e31a7b01e7f0037e3de75e119b7182d87e6ce79e');
CREATE TABLE event(
    id INTEGER PRIMARY KEY,
    org_id INTEGER REFERENCES organisation(id),
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO event VALUES(1,1,'2026-03-01T09:00:00Z','张会计','init','GH001 测试工会, 34 accounts');
INSERT INTO event VALUES(2,1,'2026-03-01T09:00:00Z','张会计','voucher.import','v.csv: 3 vouchers, 7 rows');
INSERT INTO event VALUES(3,1,'2026-03-01T09:00:00Z','张会计','voucher.enter','草稿 1 2026-02-10 职工活动');
INSERT INTO event VALUES(4,1,'2026-03-01T09:00:00Z','李审核','voucher.review','草稿 1');
INSERT INTO event VALUES(5,1,'2026-03-01T09:00:00Z','张会计','voucher.reverse','记-2026-02-001 → 记-2026-02-003: 科目错误');
INSERT INTO event VALUES(6,1,'2026-03-01T09:00:00Z','张会计','period.close','2026-01');
INSERT INTO event VALUES(7,1,'2026-03-01T09:00:00Z','张会计','voucher.enter','草稿 2 2026-02-20 待审核草稿');
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
INSERT INTO voucher_approval VALUES(4,'张会计','李审核','2026-03-01T09:00:00Z',0,'王明','2026-02-09','工会委员会2026年第1次会议','2026-02-08');
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
INSERT INTO voucher_draft VALUES(1,1,'2026-02-10',24313,'职工活动',3,'','张会计','2026-03-01T09:00:00Z','李审核','2026-03-01T09:00:00Z',0,'王明','2026-02-09','工会委员会2026年第1次会议','2026-02-08',4);
INSERT INTO voucher_draft VALUES(2,1,'2026-02-20',24313,'待审核草稿',0,'','张会计','2026-03-01T09:00:00Z',NULL,NULL,0,'','','','',NULL);
CREATE TABLE voucher_draft_line(
    draft_id INTEGER NOT NULL REFERENCES voucher_draft(id) ON DELETE CASCADE,
    line INTEGER NOT NULL CHECK(line > 0),
    account_code TEXT NOT NULL,
    side TEXT NOT NULL CHECK(side IN ('D','C')),
    amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
    memo TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(draft_id, line)
) STRICT, WITHOUT ROWID;
INSERT INTO voucher_draft_line VALUES(1,1,'50105','D',36000,'');
INSERT INTO voucher_draft_line VALUES(1,2,'102','C',36000,'');
INSERT INTO voucher_draft_line VALUES(2,1,'102','D',100,'');
INSERT INTO voucher_draft_line VALUES(2,2,'401','C',100,'');
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
CREATE TABLE preparatory_refund(
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL UNIQUE REFERENCES organisation(id),
    date TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
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
CREATE UNIQUE INDEX voucher_reversed_once ON voucher(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE TRIGGER posting_is_immutable_update BEFORE UPDATE ON posting
BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;
CREATE TRIGGER posting_is_immutable_delete BEFORE DELETE ON posting
BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;
CREATE TRIGGER voucher_is_immutable_update BEFORE UPDATE ON voucher
BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
CREATE TRIGGER voucher_is_immutable_delete BEFORE DELETE ON voucher
BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
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
COMMIT;
