import { describe, expect, it } from 'vitest';
import type { Cell } from '../import/types';
import { applied, emptyData, plan, sheet, testContext } from '../import/plan-fixture.test-util';
import { planImport, type ExistingData } from '../import/plan';
import { initialSelections } from '../import/plan';
import { DEFAULT_SETTINGS } from '../settings';
import { LITIGATION_COLUMNS, litigationRow } from './columns';
import { hearing, litigationCase } from './fixture.test-util';
import type { LitigationCase } from './types';

const HEADERS = LITIGATION_COLUMNS.map((c) => c.header);
const ctx = { settings: DEFAULT_SETTINGS, titleOf: () => '' };

/** A sheet row of `c` as the year-end workbook writes it. */
const exported = (c: LitigationCase): Cell[] => litigationRow(c, ctx) as Cell[];

const withCases = (...cases: LitigationCase[]): ExistingData => ({ ...emptyData(), litigationCases: cases }) as ExistingData;

const CONCLUDED = litigationCase({
  id: 'lit-a',
  caseNo: '（2024）苏1181行初12号',
  receivedDate: '2024-03-05',
  defenceDate: '2024-03-15',
  hearings: [hearing('2024-04-15', '李明（副局长）')],
  concludedDate: '2024-05-20',
  outcome: 'revoke',
  servedDate: '2024-05-22',
  appealDecision: 'notAppealed',
  judicialSuggestion: '建议规范送达程序',
});

describe('行政应诉 rows', () => {
  it('an exported row read back is the same case: 未变, 是否败诉 as the rule gives it is no finding by hand', () => {
    const p = plan([sheet('行政应诉台账', [HEADERS, exported(CONCLUDED)])], withCases(CONCLUDED));
    expect(p.issues).toEqual([]);
    expect(p.counts).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
  });

  it('a finding by hand travels with its reason; 是否败诉 against the rule without a reason is refused, naming the column', () => {
    const found = { ...CONCLUDED, outcome: 'confirmIllegal' as const, lostOverride: false, lostOverrideReason: '确认违法但保留效力，经研究不计败诉' };
    expect(plan([sheet('行政应诉', [HEADERS, exported(found)])], withCases(found)).counts.unchanged).toBe(1);
    const row = exported({ ...found, lostOverrideReason: '' });
    const p = plan([sheet('行政应诉', [HEADERS, row])]);
    expect(p.counts.skipped).toBe(1);
    expect(p.issues.map((i) => i.message)).toEqual(['人工认定是否败诉时，人工认定理由不能为空']);
  });

  it('reads header synonyms, labels and several hearings (one 负责人 value for each)', () => {
    const headers = [
      '案号',
      '审级',
      '法院',
      '原告',
      '被告',
      '被告类别',
      '被诉行政行为',
      '行为类别',
      '管理领域',
      '立案日期',
      '开庭日期',
      '负责人出庭',
      '出庭负责人',
      '承办人',
    ];
    const row = [
      '（2024）苏11行初30号',
      '第一审',
      '镇江市中级人民法院',
      '某某置业有限公司',
      '丹阳市人民政府',
      '市人民政府',
      '房屋征收补偿决定',
      '行政征收',
      '住建',
      '2024-02-01',
      '2024-03-10；2024-04-12',
      '是',
      '王强（副市长）',
      '陈静',
    ];
    const p = plan([sheet('行政应诉', [headers, row])]);
    expect(p.issues).toEqual([]);
    const c = p.writes[0].record as LitigationCase;
    expect(c).toMatchObject({ instance: 'first', defendantKind: 'government', receivedDate: '2024-02-01', plaintiff: '某某置业有限公司' });
    expect(c.hearings.map((h) => [h.date, h.headAppeared, h.headName, h.agencyAppeared])).toEqual([
      ['2024-03-10', true, '王强（副市长）', true],
      ['2024-04-12', true, '王强（副市长）', true],
    ]);
  });

  it('a blank cell keeps what the ledger has (a removal shown, not applied) unless the clerk ticks the row', () => {
    const row = exported(CONCLUDED);
    for (const h of ['开庭日期', '负责人出庭', '出庭负责人', '机关出庭', '司法建议']) row[HEADERS.indexOf(h)] = null;
    const data = withCases(CONCLUDED);
    const kept = plan([sheet('行政应诉', [HEADERS, row])], data);
    expect(kept.counts.unchanged).toBe(1);
    expect(kept.rows[0].removals.map((r) => r.label)).toEqual(['开庭', '司法建议']);

    const tick = (cells: Cell[]) =>
      planImport(
        'test.xlsx',
        initialSelections({ fileName: 'test.xlsx', format: 'xlsx', sheets: [sheet('行政应诉', [HEADERS, cells])] }),
        data,
        testContext(),
        {
          applyRemovals: new Set(['行政应诉#2']),
        },
      );
    const ticked = tick(row);
    expect(ticked.counts.updated).toBe(1);
    expect(ticked.writes[0].record).toMatchObject({ hearings: [], judicialSuggestion: '' });

    // 承办人 is required: its blank cannot be applied, and the row says why.
    row[HEADERS.indexOf('承办人')] = null;
    const blocked = tick(row);
    expect(blocked.counts.unchanged).toBe(1);
    expect(blocked.rows[0].removalBlocked).toBe('承办人不能为空');
  });

  it('re-importing adds a hearing and keeps the recorded one (its id), and 2 rows of one 案号 are refused', () => {
    const row = exported(CONCLUDED);
    row[HEADERS.indexOf('开庭日期')] = '2024-04-15；2024-05-06';
    row[HEADERS.indexOf('负责人出庭')] = '是；否';
    row[HEADERS.indexOf('出庭负责人')] = '李明（副局长）；';
    row[HEADERS.indexOf('机关出庭')] = '是；是';
    const data = withCases(CONCLUDED);
    const p = plan([sheet('行政应诉', [HEADERS, row])], data);
    expect(p.counts.updated).toBe(1);
    const after = applied(data, p).litigationCases[0] as LitigationCase;
    expect(after.hearings[0].id).toBe(CONCLUDED.hearings[0].id);
    expect(after.hearings[1]).toMatchObject({ date: '2024-05-06', headAppeared: false, agencyAppeared: true });

    const twice = plan([sheet('行政应诉', [HEADERS, exported(CONCLUDED), exported({ ...CONCLUDED, caseNo: '(2024)苏1181行初012号' })])]);
    expect(twice.counts).toMatchObject({ created: 1, skipped: 1 });
  });
});
