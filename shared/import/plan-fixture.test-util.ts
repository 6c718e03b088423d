/** Test helpers for the import plan: sheets from plain rows, a fixed context, an empty store. */
import { LEDGER_TABLES } from '../ledgers/registry';
import { DEFAULT_SETTINGS } from '../settings';
import type { ImportContext } from './context';
import { initialSelections, planImport, type ExistingData, type ImportPlan } from './plan';
import type { Cell, RawSheet } from './types';

export const TODAY = '2025-06-30';

export function testContext(overrides: Partial<ImportContext> = {}): ImportContext {
  let n = 0;
  return {
    today: TODAY,
    actor: '张明',
    now: '2025-06-30T08:00:00.000Z',
    newId: () => `id-${++n}`,
    government: '丹阳市人民政府',
    defaultIntakePoint: '市司法局',
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

export function emptyData(): ExistingData {
  return Object.fromEntries(LEDGER_TABLES.map((t) => [t, []])) as unknown as ExistingData;
}

export const sheet = (name: string, rows: Cell[][]): RawSheet => ({ name, rows });

/** Plans sheets with their detected layouts. */
export function plan(sheets: RawSheet[], existing: ExistingData = emptyData(), ctx: ImportContext = testContext()): ImportPlan {
  const selections = initialSelections({ fileName: 'test.xlsx', format: 'xlsx', sheets });
  for (const s of selections) if (s.problem) throw new Error(s.problem);
  return planImport('test.xlsx', selections, existing, ctx);
}

/** The stored data after applying a plan (what the commit would leave). */
export function applied(existing: ExistingData, p: ImportPlan): ExistingData {
  const next = { ...existing } as Record<string, { id: string }[]>;
  for (const w of p.writes) {
    const list = [...(next[w.table] ?? [])];
    const i = list.findIndex((r) => r.id === w.record.id);
    if (i >= 0) list[i] = w.record;
    else list.push(w.record);
    next[w.table] = list;
  }
  return next as unknown as ExistingData;
}

export const REVIEW_HEADERS = [
  '案号',
  '申请人',
  '申请人类型',
  '被申请人',
  '行为类别',
  '管理领域',
  '受理点',
  '收到日期',
  '补正通知日期',
  '补正材料收到日期',
  '受理日期',
  '未受理情形',
  '未受理日期',
  '程序',
  '中止日期',
  '恢复日期',
  '延期日期',
  '听证日期',
  '审结日期',
  '审理结果',
  '赔偿',
  '承办人',
  '备注',
];

/** A 行政复议 row by header name (others blank). */
export function reviewRow(values: Record<string, Cell>): Cell[] {
  const base: Record<string, Cell> = { 申请人: '张三', 被申请人: '丹阳市公安局', 行为类别: '行政处罚', 管理领域: '公安', 承办人: '李明' };
  return REVIEW_HEADERS.map((h) => (h in values ? values[h] : (base[h] ?? null)));
}
