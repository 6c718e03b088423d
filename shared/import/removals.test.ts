import { describe, expect, it } from 'vitest';
import type { ReviewCase } from '../review/types';
import { initialSelections, planImport, plannedRowId, type ImportPlan } from './plan';
import { applied, emptyData, plan, REVIEW_HEADERS, reviewRow, sheet, testContext } from './plan-fixture.test-util';

/**
 * Issue 14: re-importing an older export must not silently remove what was entered since. A blank cell where the
 * ledger has a date, a step or an outcome keeps the ledger's; the preview names it (removals), and only a row the
 * clerk ticks (applyRemovals) takes the blank as it is.
 */
const reviewSheet = (...rows: ReturnType<typeof reviewRow>[]) => sheet('行政复议', [['2025年行政复议案件台账'], REVIEW_HEADERS, ...rows]);
const A = { 案号: '丹政复〔2025〕1号', 收到日期: '2025-03-03', 受理日期: '2025-03-07', 程序: '普通' };
const B = { 案号: '丹政复〔2025〕2号', 收到日期: '2025-06-20' };

function stored() {
  // What the ledger holds now: case 1 accepted, suspended, resumed and extended later, a second suspension; case 2 accepted.
  const first = plan([
    reviewSheet(
      reviewRow({ ...A, 中止日期: '2025-04-01', 恢复日期: '2025-04-10', 延期日期: '2025-05-06' }),
      reviewRow({ ...B, 受理日期: '2025-06-25' }),
    ),
  ]);
  expect(first.issues).toEqual([]);
  const data = applied(emptyData(), first);
  const c1 = data.reviewCases[0];
  // A second 中止 the columns cannot show.
  c1.events = [...c1.events, { id: 'e-s2', kind: 'suspend', date: '2025-05-20', recordedBy: '王芳', recordedAt: '2025-05-20T01:00:00.000Z' }];
  c1.status = 'suspended';
  return data;
}

function replan(data: ReturnType<typeof stored>, apply: string[] = []): ImportPlan {
  const sheets = [reviewSheet(reviewRow(A), reviewRow(B))];
  const selections = initialSelections({ fileName: 'old.xlsx', format: 'xlsx', sheets });
  return planImport('old.xlsx', selections, data, testContext({ newId: () => 'new' }), { applyRemovals: new Set(apply) });
}

describe('blank cells over what the ledger has', () => {
  it('keep the stored steps by default: nothing is written, and the preview names each removal', () => {
    const data = stored();
    const p = replan(data);
    expect(p.issues).toEqual([]);
    expect(p.counts).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 0 });
    expect(p.writes).toEqual([]);
    const [r1, r2] = p.rows;
    expect(r1.removalsApplied).toBe(false);
    expect(r1.removals.filter((c) => c.field === 'events').map((c) => `${c.label}：${c.text}`)).toEqual([
      '撤回步骤：中止审理（2025-04-01）',
      '撤回步骤：恢复审理（2025-04-10）',
      '撤回步骤：延期（2025-05-06，延长30日）',
      '撤回步骤：中止审理（2025-05-20）',
    ]);
    expect(r2.removals.map((c) => c.text ?? `${c.label}：${c.before} → ${c.after}`)).toContain('受理（2025-06-25，普通程序）');
  });

  it('a file that adds a step keeps the stored ones it lacks (merge)', () => {
    const data = stored();
    const sheets = [reviewSheet(reviewRow({ ...A, 恢复日期: null, 审结日期: '2025-06-10', 审理结果: '维持' }))];
    const selections = initialSelections({ fileName: 'old.xlsx', format: 'xlsx', sheets });
    // Resumed since the second 中止: the import adds 审结 and keeps every recorded step.
    const c1 = data.reviewCases[0];
    c1.events = [...c1.events, { id: 'e-r2', kind: 'resume', date: '2025-05-25', recordedBy: '王芳', recordedAt: '2025-05-25T01:00:00.000Z' }];
    let n = 0;
    const p = planImport('old.xlsx', selections, data, testContext({ newId: () => `n-${++n}` }));
    expect(p.issues).toEqual([]);
    expect(p.counts.updated).toBe(1);
    const c = p.writes[0].record as ReviewCase;
    expect(c.events.map((e) => `${e.kind}@${e.date}`)).toEqual([
      'receive@2025-03-03',
      'accept@2025-03-07',
      'suspend@2025-04-01',
      'resume@2025-04-10',
      'extend@2025-05-06',
      'suspend@2025-05-20',
      'resume@2025-05-25',
      'conclude@2025-06-10',
    ]);
    expect(c.events.find((e) => e.id === 'e-s2')?.recordedBy).toBe('王芳');
    expect(p.rows[0].changes.map((x) => x.text ?? `${x.label}：${x.before} → ${x.after}`)).toContain('审结（2025-06-10，审理结果：维持）');
  });

  it('a ticked row takes the blanks as they are', () => {
    const data = stored();
    const p = replan(data, [plannedRowId({ sheet: '行政复议', row: 4 })]);
    expect(p.counts).toEqual({ created: 0, updated: 1, unchanged: 1, skipped: 0 });
    const c = p.writes[0].record as ReviewCase;
    expect(c.caseNo).toBe('丹政复〔2025〕2号');
    expect(c.acceptedDate).toBeNull();
    expect(c.status).toBe('received');
    expect(p.rows[1].removalsApplied).toBe(true);
  });
});
