import { describe, expect, it } from 'vitest';
import { rowProblem } from '../backup/records';
import { LEDGER_TABLES } from '../ledgers/registry';
import { DEFAULT_SETTINGS } from '../settings';
import { emptyData, testContext } from './plan-fixture.test-util';
import { initialSelections, planImport } from './plan';
import { templateSheets } from './template-spec';

describe('what an import writes', () => {
  it('passes the stored-record schema of its ledger, for every ledger (the template imported unchanged)', () => {
    const sheets = templateSheets({ ...DEFAULT_SETTINGS.organNames, government: '丹阳市人民政府' }).map((s) => ({
      name: s.name,
      rows: [[s.title], s.notes, s.headers, s.sample],
    }));
    const selections = initialSelections({ fileName: '模板.xlsx', format: 'xlsx', sheets });
    const plan = planImport('模板.xlsx', selections, emptyData(), testContext());
    expect(plan.issues).toEqual([]);
    expect(new Set(plan.writes.map((w) => w.table))).toEqual(new Set(LEDGER_TABLES));
    for (const w of plan.writes) expect(rowProblem(w.table, w.record, 1, 'id'), w.table).toBeNull();
  });
});
