import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeAgreementYearFigures } from '../../../../shared/agreements/counts';
import { agreementReportSentence } from '../../../../shared/agreements/report';
import { computeReviewYearFigures } from '../../../../shared/review/counts';
import { reviewReportSentence } from '../../../../shared/review/report';
import { layoutAt } from '../../../../shared/import/detect';
import { layoutsToRemember, type SheetSelection } from '../../../../shared/import/plan';
import type { ReviewCase } from '../../../../shared/review/types';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../../shared/settings';
import { backedUpTables, type FazhiDb } from '../../db/db';
import { freshDb } from '../../db/test-db';
import { updateCaseFields } from '../review/review-repo';
import { installFakeHost, type FakeHost } from '../backup/test-fixtures';
import { commitImport, MAPPINGS_KEY, type ImportLogAfter, type ImportMode } from './commit';
import { clerkReviewSheet, gbkCsv, utcDate, xlsx, type SheetRows } from './fixtures.test-util';
import { openFile, planSelections } from './import-flow';
import { loadExistingData } from './prepare';
import { buildTemplate } from './template';

const SETTINGS: AppSettings = { ...DEFAULT_SETTINGS, operatorName: '张明' };
const TODAY = '2026-11-29';
let db: FazhiDb;
let host: FakeHost;

beforeEach(() => {
  db = freshDb();
  host = installFakeHost();
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

async function importFile(data: Uint8Array, name: string, mode: ImportMode = 'validOnly', edit?: (s: SheetSelection[]) => void) {
  const { selections } = await openFile(data, name);
  edit?.(selections);
  const plan = await planSelections(name, selections, SETTINGS, TODAY);
  const counts = await commitImport(plan, { mode, actor: SETTINGS.operatorName, layouts: layoutsToRemember(selections) });
  return { plan, counts, selections };
}

/** Every backed-up table (what an import's safety backup holds). */
async function everything(d: FazhiDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of backedUpTables(d.tables)) out[t.name] = await t.toArray();
  return out;
}

async function expectRefused(run: () => Promise<unknown>, message: string | RegExp): Promise<void> {
  const before = await everything(db);
  await expect(run()).rejects.toThrow(message);
  expect(await everything(db)).toEqual(before);
}

const clerkWorkbook = (rows: SheetRows = clerkReviewSheet()) => xlsx({ 行政复议: rows }, (ws) => ws.mergeCells('A1:N1'));

describe('importing a clerk’s own sheet', () => {
  it('title rows, merged title, synonyms, mixed date formats, formula result: 4 cases, an entry each and one for the import', async () => {
    const { counts, plan } = await importFile(await clerkWorkbook(), '2019年台账.xlsx');
    expect(plan.issues).toEqual([]);
    expect(counts).toEqual({ created: 4, updated: 0, unchanged: 0, skipped: 0 });
    const cases = (await db.reviewCases.toArray()).sort((a, b) => a.caseNoKey.localeCompare(b.caseNoKey));
    expect(cases.map((c) => [c.caseNo, c.applicant, c.receivedDate, c.acceptedDate, c.concludedDate, c.outcome, c.compensation, c.status])).toEqual([
      ['丹政复〔2019〕1号', '张三', '2019-03-05', '2019-03-08', '2019-05-06', 'uphold', false, 'concluded'],
      // 受理日期 43540: an Excel serial in a General cell.
      ['丹政复〔2019〕2号', '丹阳市某某建材有限公司', '2019-03-12', '2019-03-16', '2019-05-20', 'revoke', true, 'concluded'],
      ['丹政复〔２０１９〕３号', '王五', '2019-04-01', '2019-04-05', null, null, false, 'underReview'],
      ['丹政复〔2019〕4号', '钱七', '2019-04-10', null, null, null, false, 'received'],
    ]);
    // Full-width digits in the 案号 are kept as typed but keyed like half-width ones.
    expect(cases[2].caseNoKey).toBe('丹政复〔2019〕3号');
    // One entry per record, carrying the import's id, then the import's own entry (written last).
    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log).toHaveLength(5);
    const importEntry = log[4];
    expect(importEntry).toMatchObject({
      table: 'import',
      action: 'create',
      actor: '张明',
      summary: '导入《2019年台账.xlsx》：新增4条，更新0条，未变0条，跳过0条',
      before: null,
    });
    expect(importEntry.after as ImportLogAfter).toEqual({ fileName: '2019年台账.xlsx', counts });
    const recordEntries = log.slice(0, 4);
    expect(recordEntries.map((e) => [e.table, e.action, e.importId, e.actor, e.before])).toEqual(
      Array(4).fill(['reviewCases', 'create', importEntry.recordId, '张明', null]),
    );
    expect(recordEntries.map((e) => e.recordId).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(recordEntries.find((e) => e.recordId === cases[0].id)).toMatchObject({
      summary: '导入《2019年台账.xlsx》：新增行政复议案件 丹政复〔2019〕1号（申请人：张三）',
      after: cases[0],
    });
  });

  it('re-import with two cells changed and one row added: 1 new, 2 updated, the rest unchanged', async () => {
    await importFile(await clerkWorkbook(), '2019年台账.xlsx');
    // The first import into an empty database had nothing to back up.
    expect(host.written).toHaveLength(0);
    const stored = await db.reviewCases.toArray();
    const storedTables = JSON.parse(JSON.stringify(await everything(db)));
    const rows = clerkReviewSheet();
    rows[7][9] = '2019-06-30'; // 〔2019〕3号 concluded…
    rows[7][10] = '驳回复议请求'; // …with an outcome (two cells of one row)
    rows[5][13] = '已送达'; // 〔2019〕2号: 备注
    rows.push([5, '丹政复〔2019〕5号', '孙八', '自然人', '丹阳市公安局', '行政处罚', '公安', '2019-05-01', null, null, null, null, '李明', '']);
    const { counts } = await importFile(await clerkWorkbook(rows), '2019年台账（修改）.xlsx');
    expect(counts).toEqual({ created: 1, updated: 2, unchanged: 2, skipped: 0 });
    // A backup of the database as it was, taken before the import wrote anything.
    expect(host.written).toHaveLength(1);
    expect(host.written[0].name).toMatch(/_导入前\.fzbak$/);
    expect(host.written[0].file.tables).toEqual(storedTables);
    const cases = await db.reviewCases.toArray();
    expect(cases).toHaveLength(5);
    const no3 = cases.find((c) => c.caseNoKey === '丹政复〔2019〕3号')!;
    expect(no3).toMatchObject({ status: 'concluded', concludedDate: '2019-06-30', outcome: 'dismissClaim' });
    expect(no3.id).toBe(stored.find((c) => c.caseNoKey === '丹政复〔2019〕3号')!.id);
    expect(cases.find((c) => c.caseNoKey === '丹政复〔2019〕2号')!.note).toBe('已送达');
    // Unchanged records were not rewritten.
    const no1 = stored.find((c) => c.caseNoKey === '丹政复〔2019〕1号')!;
    expect(cases.find((c) => c.id === no1.id)).toEqual(no1);
    const log = await db.changeLog.orderBy('seq').toArray();
    // 5 entries of the first import, then 3 records and the second import's own entry.
    expect(log).toHaveLength(9);
    expect(log[8]).toMatchObject({
      table: 'import',
      action: 'update',
      summary: '导入《2019年台账（修改）.xlsx》：新增1条，更新2条，未变2条，跳过0条',
    });
    const updates = log.slice(5, 8).filter((e) => e.action === 'update');
    expect(updates.map((e) => (e.before as ReviewCase).caseNoKey).sort()).toEqual(['丹政复〔2019〕2号', '丹政复〔2019〕3号']);
    expect(updates.every((e) => e.importId === log[8].recordId)).toBe(true);
  });

  it('a GBK csv of 行政协议 with the clerk’s words', async () => {
    const data = gbkCsv([
      ['协议名称', '签订名义', '送审单位', '相对方', '协议类别', '金额（万元）', '收件日期', '出具意见日期', '审查意见', '主要问题', '承办人'],
      [
        '产业园投资协议',
        '以市政府名义',
        '市商务局',
        '江苏某某科技有限公司',
        '招商引资',
        '5,000',
        '2019/4/2',
        '2019年4月10日',
        '修改后签订',
        '违约责任不对等',
        '王芳',
      ],
      ['拆迁补偿协议', '以镇（区、街道）名义', '司徒镇', '李四', '征收补偿', '', '20190506', '2019.5.9', '同意签订', '', '王芳'],
    ]);
    const { counts } = await importFile(data, '协议台账.csv');
    expect(counts).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
    const list = (await db.agreementReviews.toArray()).sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
    expect(list.map((a) => [a.counterparty, a.amount, a.receivedDate, a.opinionDate, a.opinion])).toEqual([
      ['江苏某某科技有限公司', 5000, '2019-04-02', '2019-04-10', 'approveAfterChanges'],
      ['李四', null, '2019-05-06', '2019-05-09', 'approve'],
    ]);
  });
});

describe('valid rows only, or nothing', () => {
  const withBadRows = () => {
    const rows = clerkReviewSheet();
    rows[4][9] = '2019-02-30'; // impossible 结案日期
    rows[7][8] = { formula: 'H9+4' }; // a formula whose result the file does not hold
    rows[5][13] = '长'.repeat(10_000); // a 10,000-character 备注
    return rows;
  };

  it('“有误时整个文件都不导入”: nothing is written, the message says how many rows are bad', async () => {
    const data = await clerkWorkbook(withBadRows());
    await expectRefused(() => importFile(data, 'a.xlsx', 'allOrNothing'), '有3行有误。按“有误时整个文件都不导入”的选择，本次没有导入任何数据');
  });

  it('“只导入无误的行”: the valid rows are written, the bad ones reported with row, column and reason', async () => {
    const { plan, counts } = await importFile(await clerkWorkbook(withBadRows()), 'a.xlsx');
    expect(counts).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 3 });
    expect(plan.issues.map((i) => `第${i.row}行「${i.column}」${i.message}`)).toEqual([
      '第5行「结案日期」“2019-02-30”不是真实存在的日期',
      '第6行「备注」内容过长（10000字），单元格最多2000字',
      '第8行「受理日期」该单元格是公式（=H9+4），文件中没有保存计算结果，请在Excel或WPS中打开、保存后再导入',
    ]);
    expect((await db.reviewCases.toArray()).map((c) => c.caseNo)).toEqual(['丹政复〔2019〕4号']);
    expect((await db.changeLog.orderBy('seq').last())!.summary).toBe('导入《a.xlsx》：新增1条，更新0条，未变0条，跳过3条');
  });

  it('a backup that cannot be written: the import is refused, nothing written', async () => {
    await importFile(await clerkWorkbook(), 'a.xlsx');
    host.failWith = '备份文件夹不可写';
    const rows = clerkReviewSheet();
    rows[4][13] = '第二次导入';
    const data = await clerkWorkbook(rows);
    await expectRefused(() => importFile(data, 'b.xlsx'), '导入前的备份没有成功，本次没有导入任何数据：备份文件夹不可写');
  });

  it('the ledger changed since the preview: refused, nothing written', async () => {
    await importFile(await clerkWorkbook(), 'a.xlsx');
    const rows = clerkReviewSheet();
    rows[4][13] = '第二次导入';
    const data = await clerkWorkbook(rows);
    const { selections } = await openFile(data, 'b.xlsx');
    const plan = await planSelections('b.xlsx', selections, SETTINGS, TODAY);
    const target = (await db.reviewCases.toArray()).find((c) => c.caseNoKey === '丹政复〔2019〕1号')!;
    await updateCaseFields(target.id, { ...target, note: '另一窗口修改' }, '李明', TODAY);
    await expectRefused(() => commitImport(plan, { mode: 'validOnly', actor: '张明' }), /预览之后台账已被修改/);
  });
});

describe('bad files: a clear message, the database unchanged', () => {
  it('not a spreadsheet, encrypted, corrupted', async () => {
    await expectRefused(async () => importFile(new TextEncoder().encode('%PDF-1.4'), 'a.pdf'), '该文件是PDF文件，不是电子表格');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])]);
    await expectRefused(async () => importFile(ole, '加密.xlsx'), /设置了打开密码/);
    const good = await clerkWorkbook();
    await expectRefused(async () => importFile(good.slice(0, 2000), '坏.xlsx'), /文件已损坏/);
  });

  it('an empty sheet and a sheet without a recognisable header are offered with a reason and not imported', async () => {
    const data = await xlsx({
      空表: [],
      其他: [
        ['姓名', '电话'],
        ['张三', '1380000'],
      ],
    });
    const { selections } = await openFile(data, 'a.xlsx');
    expect(selections.map((s) => s.problem)).toEqual(['工作表“空表”是空的', expect.stringContaining('工作表“其他”中找不到可识别的表头')]);
    await expectRefused(() => importFile(data, 'a.xlsx'), '文件中没有可导入的数据行');
  });

  it('a header chosen by hand is remembered for the next file of the same layout', async () => {
    const rows = [
      ['来文编号', '来文时间', '当事人', '被告机关', '事由', '领域', '经手人'],
      ['丹政复〔2019〕8号', '2019-08-01', '周九', '丹阳市公安局', '行政处罚', '公安', '李明'],
    ];
    const data = await xlsx({ 登记: rows });
    const manual = (s: SheetSelection[]) => {
      s[0].layout = {
        ...layoutAt(s[0].sheet, 'reviewCases', 1),
        columns: ['caseNo', 'receivedDate', 'applicant', 'respondent', 'actCategory', 'field', 'handler'],
      };
    };
    const { counts } = await importFile(data, 'a.xlsx', 'validOnly', manual);
    expect(counts.created).toBe(1);
    expect(Object.values((await db.settings.get(MAPPINGS_KEY))!.value as object)).toHaveLength(1);
    const again = await openFile(data, 'a.xlsx');
    expect(again.selections[0].layout).toEqual({
      ledger: 'reviewCases',
      headerRow: 1,
      columns: ['caseNo', 'receivedDate', 'applicant', 'respondent', 'actCategory', 'field', 'handler'],
    });
  });
});

describe('the template', () => {
  it('imports unchanged into a consistent small 2024 (the figures the 年度统计 page shows)', async () => {
    const { counts, plan } = await importFile(await buildTemplate(SETTINGS.organNames), '法治台账导入模板.xlsx');
    expect(plan.issues).toEqual([]);
    expect(counts).toEqual({ created: 8, updated: 0, unchanged: 0, skipped: 0 });
    const review = computeReviewYearFigures({
      cases: await db.reviewCases.toArray(),
      letters: await db.reviewLetters.toArray(),
      year: 2024,
      correctionRate: SETTINGS.correctionRate,
    });
    expect(reviewReportSentence(review, SETTINGS.organNames)).toBe(
      '2024年，丹阳市人民政府共收到行政复议申请1件，受理1件，审结1件，审理结果为维持1件，行政复议直接纠错率0%，发出行政复议意见书1份。',
    );
    const agreement = computeAgreementYearFigures({ reviews: await db.agreementReviews.toArray(), year: 2024 });
    expect(agreementReportSentence(agreement, SETTINGS.organNames)).toBe('2024年，市司法局共审核以市政府名义对外签订的行政协议1件。');
    const [legality] = await db.legalityReviews.toArray();
    const [doc] = await db.normativeDocuments.toArray();
    expect(legality.documentId).toBe(doc.id);
    // Importing it again changes nothing.
    const again = await importFile(await buildTemplate(SETTINGS.organNames), '法治台账导入模板.xlsx');
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 8, skipped: 0 });
  });
});

describe('rows per second', () => {
  it('a 10,000-row sheet: read, plan, commit', async () => {
    const rows: unknown[][] = [
      ['2019年行政复议案件台账'],
      ['案号', '申请人', '被申请人', '行为类别', '管理领域', '收到日期', '受理日期', '审结日期', '审理结果', '承办人'],
    ];
    for (let i = 1; i <= 10_000; i++) {
      rows.push([
        `丹政复〔2019〕${i}号`,
        `申请人${i}`,
        '丹阳市公安局',
        '行政处罚',
        '公安',
        utcDate(2019, 1 + (i % 12), 1 + (i % 28)),
        '2019/12/29',
        i % 2 ? '2019年12月30日' : null,
        i % 2 ? '维持' : null,
        '李明',
      ]);
    }
    const data = await xlsx({ 行政复议: rows });
    const t0 = performance.now();
    const { selections } = await openFile(data, 'big.xlsx');
    const t1 = performance.now();
    const plan = await planSelections('big.xlsx', selections, SETTINGS, TODAY);
    const t2 = performance.now();
    const counts = await commitImport(plan, { mode: 'validOnly', actor: '张明' });
    const t3 = performance.now();
    expect(counts).toEqual({ created: 10_000, updated: 0, unchanged: 0, skipped: 0 });
    expect(await db.reviewCases.count()).toBe(10_000);
    const rate = (ms: number) => Math.round(10_000 / (ms / 1000));
    console.log(
      `import of 10,000 rows: read ${Math.round(t1 - t0)} ms (${rate(t1 - t0)} rows/s), plan ${Math.round(t2 - t1)} ms (${rate(t2 - t1)} rows/s), ` +
        `commit ${Math.round(t3 - t2)} ms (${rate(t3 - t2)} rows/s, fake-indexeddb), total ${rate(t3 - t0)} rows/s`,
    );
  }, 300_000);
});

describe('what planning reads', () => {
  it('only the cases whose 案号 key the file names (a deleted one too: the plan leaves it out), and the tables asked for', async () => {
    await importFile(await clerkWorkbook(), '2019年台账.xlsx');
    const [a, b, c] = (await db.reviewCases.toArray()).sort((x, y) => x.caseNoKey.localeCompare(y.caseNoKey));
    await db.reviewCases.update(c.id, { deleted: 1 });
    const got = await loadExistingData({ tables: ['reviewLetters'], caseKeys: [b.caseNoKey, c.caseNoKey, '丹政复2099-1'] });
    expect(got.reviewCases.map((x) => x.id).sort()).toEqual([b.id, c.id].sort());
    expect(got.reviewCases.map((x) => x.id)).not.toContain(a.id);
    const all = await loadExistingData();
    expect(all.reviewCases).toHaveLength(4);
    expect(await loadExistingData({ tables: [], caseKeys: [] })).toEqual({
      reviewCases: [],
      reviewLetters: [],
      normativeDocuments: [],
      legalityReviews: [],
      filingReviews: [],
      cleanupBatches: [],
      agreementReviews: [],
      litigationCases: [],
    });
  });
});
