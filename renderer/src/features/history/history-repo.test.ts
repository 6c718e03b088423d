import { IDBCursor } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeLogEntry } from '../../../../shared/record';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import type { FazhiDb } from '../../db/db';
import { saveSettings } from '../../db/settings-repo';
import { withFreshDb } from '../../db/test-db';
import { UserError } from '../../db/write';
import { saveAgreement } from '../agreements/agreement-repo';
import { saveDocument } from '../normative/normative-repo';
import { purgeRecord } from '../recycle/recycle-repo';
import { deleteCase, updateCaseFields } from '../review/review-repo';
import {
  buildHistoryCsv,
  countInRange,
  csvCell,
  historyRow,
  queryHistory,
  recordHistory,
  type HistoryCursor,
  type HistoryQuery,
} from './history-repo';
import { changeLineText, describeChanges } from './diff';
import { ACTOR, agreementFields, caseFields, docFields, registerTestCase, simulateLegacyImport, TODAY } from './test-fixtures';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

/** Runs `fn` with the clock at `iso` (only Date is faked: IndexedDB's timers keep running). */
async function at<T>(iso: string, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

/** Four changes around China's midnight between 06-29, 06-30 and 07-01, and a settings change. */
async function seed() {
  const c = await at('2024-06-29T15:59:59.999Z', () => registerTestCase()); // China 06-29 23:59:59
  const d = await at('2024-06-29T16:00:00.000Z', () => saveDocument(docFields(), null, '赵六', TODAY)); // 06-30 00:00
  await at('2024-06-30T08:00:00.000Z', () => saveSettings({ ...DEFAULT_SETTINGS, operatorName: ACTOR }, '修改操作人')); // 06-30 16:00
  await at('2024-06-30T15:59:59.000Z', () => updateCaseFields(c.id, caseFields({ applicant: '李雷' }), ACTOR, TODAY)); // 06-30 23:59:59
  const a = await at('2024-06-30T16:00:00.000Z', () => saveAgreement(agreementFields(), null, ACTOR, '2024-07-01')); // 07-01 00:00
  return { c, d, a };
}

async function summaries(q: HistoryQuery): Promise<string[]> {
  return (await queryHistory(q)).entries.map((e) => e.summary);
}

describe('queryHistory by date range and ledger', () => {
  it('takes the dates as China calendar days, both ends included, newest first', async () => {
    await seed();
    expect(await summaries({ from: '2024-06-30', to: '2024-06-30' })).toEqual([
      '修改案件信息 丹政复〔2019〕1号',
      '修改操作人',
      '登记规范性文件《丹阳市城市管理办法》',
    ]);
    expect(await summaries({ from: '2024-06-29', to: '2024-06-29' })).toEqual(['登记案件 丹政复〔2019〕1号']);
    expect(await summaries({ from: '2024-07-01', to: '2024-07-31' })).toEqual(['登记行政协议审查：城南片区征收补偿协议']);
    expect(await summaries({ from: '2024-07-02', to: '2024-07-31' })).toEqual([]);
  });

  it('filters by ledger, settings included', async () => {
    await seed();
    const all = { from: '2024-06-01', to: '2024-07-31' };
    expect(await summaries({ ...all, table: 'reviewCases' })).toEqual(['修改案件信息 丹政复〔2019〕1号', '登记案件 丹政复〔2019〕1号']);
    expect(await summaries({ ...all, table: 'settings' })).toEqual(['修改操作人']);
    expect(await summaries({ ...all, table: 'normativeDocuments' })).toEqual(['登记规范性文件《丹阳市城市管理办法》']);
    expect(await summaries({ ...all, table: 'filingReviews' })).toEqual([]);
    expect(await summaries({ ...all, table: 'reviewCases', from: '2024-06-30' })).toEqual(['修改案件信息 丹政复〔2019〕1号']);
  });

  it("searches the summary, the operator and the record's name (e.g. the applicant)", async () => {
    await seed();
    const all = { from: '2024-06-01', to: '2024-07-31' };
    expect(await summaries({ ...all, search: '李雷' })).toEqual(['修改案件信息 丹政复〔2019〕1号']);
    expect(await summaries({ ...all, search: ' 赵六 ' })).toEqual(['登记规范性文件《丹阳市城市管理办法》']);
    expect(await summaries({ ...all, search: '丹政发〔2020〕14号' })).toEqual(['登记规范性文件《丹阳市城市管理办法》']);
    expect(await summaries({ ...all, search: '丹政复', table: 'agreementReviews' })).toEqual([]);
  });

  it('counts the entries of a range from the index', async () => {
    await seed();
    expect(await countInRange({ from: '2024-06-30', to: '2024-06-30' })).toBe(3);
    expect(await countInRange({ from: '2024-06-01', to: '2024-07-31' })).toBe(5);
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(queryHistory({ from: '2024-07-01', to: '2024-06-30' })).rejects.toThrow(new UserError('开始日期不能晚于结束日期'));
  });
});

describe('imports of earlier releases (one log entry for a whole file)', () => {
  it('are found under every ledger they wrote, named by their file, and appear in the history of each record', async () => {
    const c = await registerTestCase();
    await simulateLegacyImport(db, '案件.xlsx', c, { ...c, applicant: '李雷' });
    const all = { from: '2000-01-01', to: '2100-12-31' };
    expect(await summaries({ ...all, table: 'reviewCases' })).toEqual(['导入《案件.xlsx》：修改1件', '登记案件 丹政复〔2019〕1号']);
    expect(await summaries({ ...all, table: 'agreementReviews' })).toEqual([]);
    expect(await summaries({ ...all, table: 'import' })).toEqual(['导入《案件.xlsx》：修改1件']);
    expect(historyRow((await queryHistory(all)).entries[0]).slice(2, 5)).toEqual(['数据导入', '《案件.xlsx》', '修改']);

    const history = await recordHistory(c.id);
    expect(history.map((e) => [e.summary, e.table, e.recordId])).toEqual([
      ['导入《案件.xlsx》：修改1件', 'reviewCases', c.id],
      ['登记案件 丹政复〔2019〕1号', 'reviewCases', c.id],
    ]);
    expect(describeChanges(history[0]).map(changeLineText)).toEqual(['申请人：张三 → 李雷']);
  });
});

describe('paging through a large log', () => {
  /** n entries, three per instant (ties broken by seq), alternating between two ledgers. */
  async function bulk(n: number): Promise<ChangeLogEntry[]> {
    const base = Date.parse('2024-05-01T00:00:00.000Z');
    const entries: ChangeLogEntry[] = Array.from({ length: n }, (_, i) => ({
      at: new Date(base + Math.floor(i / 3) * 60_000).toISOString(),
      actor: ACTOR,
      table: i % 4 === 0 ? 'agreementReviews' : 'reviewCases',
      recordId: `r${i}`,
      action: 'update',
      summary: `第${i}条`,
      before: null,
      after: null,
    }));
    await db.changeLog.bulkAdd(entries);
    return db.changeLog.toArray();
  }

  async function allPages(q: HistoryQuery, limit: number): Promise<{ sizes: number[]; seqs: number[] }> {
    const sizes: number[] = [];
    const seqs: number[] = [];
    let cursor: HistoryCursor | null = null;
    do {
      const page = await queryHistory(q, cursor, limit);
      sizes.push(page.entries.length);
      seqs.push(...page.entries.map((e) => e.seq!));
      cursor = page.next;
    } while (cursor);
    return { sizes, seqs };
  }

  it('walks every entry exactly once, newest first, across pages whose boundary falls between equal times', async () => {
    const stored = await bulk(500);
    const q = { from: '2024-05-01', to: '2024-05-31' };
    const { sizes, seqs } = await allPages(q, 50);
    expect(sizes).toEqual([50, 50, 50, 50, 50, 50, 50, 50, 50, 50]);
    expect(seqs).toEqual(stored.map((e) => e.seq!).reverse());
  });

  it('pages a ledger filter the same way', async () => {
    const stored = await bulk(500);
    const { sizes, seqs } = await allPages({ from: '2024-05-01', to: '2024-05-31', table: 'agreementReviews' }, 40);
    expect(sizes).toEqual([40, 40, 40, 5]);
    expect(seqs).toEqual(
      stored
        .filter((e) => e.table === 'agreementReviews')
        .map((e) => e.seq!)
        .reverse(),
    );
  });

  it('reads only the entries of the page it needs, not the whole range', async () => {
    await bulk(500);
    const step = vi.spyOn(IDBCursor.prototype, 'continue');
    const page = await queryHistory({ from: '2024-05-01', to: '2024-05-31', search: '第' }, null, 20);
    expect(page.entries).toHaveLength(20);
    expect(page.entries[0].summary).toBe('第499条');
    expect(step.mock.calls.length).toBeGreaterThan(0);
    expect(step.mock.calls.length).toBeLessThanOrEqual(21);
  });
});

describe('CSV export', () => {
  it('writes a UTF-8 BOM, a Chinese header and one readable row per entry of the query', async () => {
    await seed();
    const { bytes, count } = await buildHistoryCsv({ from: '2024-06-30', to: '2024-06-30', table: 'reviewCases' });
    expect(count).toBe(1);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe(
      '时间,操作人,台账,记录,操作,摘要,修改内容\r\n' +
        '2024-06-30 23:59:59,王五,行政复议案件,丹政复〔2019〕1号（申请人：李雷）,修改,修改案件信息 丹政复〔2019〕1号,申请人：张三 → 李雷\r\n',
    );
  });

  it('names a permanent deletion 永久删除 in the 操作 column', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    await purgeRecord('reviewCases', c.id, ACTOR);
    const { bytes } = await buildHistoryCsv({ from: '2000-01-01', to: '2100-12-31' });
    const rows = new TextDecoder()
      .decode(bytes.slice(3))
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows.map((r) => r[4])).toEqual(['操作', '永久删除', '删除', '新建']);
  });

  it('quotes cells with commas, quotes or line breaks, and keeps formula-like text as text', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('普通文字')).toBe('普通文字');
  });
});
