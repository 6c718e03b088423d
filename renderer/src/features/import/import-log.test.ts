/**
 * What an import leaves in the change log, seen from 修改记录 and 撤销上一步: an entry per record (found through the
 * record's own index, carrying the import's id) and one for the file, which undo reverts as a whole (issue 14).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutsToRemember } from '../../../../shared/import/plan';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../../shared/settings';
import type { FazhiDb } from '../../db/db';
import { freshDb } from '../../db/test-db';
import { installFakeHost } from '../backup/test-fixtures';
import { changeLineText, describeChanges } from '../history/diff';
import { queryHistory, recordHistory } from '../history/history-repo';
import { findUndoTarget, importUndoBlocked, undoImport, undoLast } from '../history/undo';
import { updateCaseFields } from '../review/review-repo';
import { commitImport } from './commit';
import { clerkReviewSheet, xlsx } from './fixtures.test-util';
import { openFile, planSelections } from './import-flow';

const SETTINGS: AppSettings = { ...DEFAULT_SETTINGS, operatorName: '张明' };
const TODAY = '2026-11-29';
let db: FazhiDb;

beforeEach(() => {
  db = freshDb();
  installFakeHost();
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

async function importRows(rows: unknown[][], name: string) {
  const { selections } = await openFile(await xlsx({ 行政复议: rows }), name);
  const plan = await planSelections(name, selections, SETTINGS, TODAY);
  return commitImport(plan, { mode: 'validOnly', actor: SETTINGS.operatorName, layouts: layoutsToRemember(selections) });
}

describe('the change log of an import', () => {
  it("a record's history shows its own import entries, old → new, without reading the import's file entry", async () => {
    await importRows(clerkReviewSheet(), '2019年台账.xlsx');
    const rows = clerkReviewSheet();
    rows[5][13] = '已送达'; // 〔2019〕2号: 备注
    await importRows(rows, '2019年台账（二）.xlsx');
    const no2 = (await db.reviewCases.toArray()).find((c) => c.caseNoKey === '丹政复〔2019〕2号')!;

    const history = await recordHistory(no2.id);
    expect(history.map((e) => [e.summary, e.action, e.table])).toEqual([
      ['导入《2019年台账（二）.xlsx》：更新行政复议案件 丹政复〔2019〕2号（申请人：丹阳市某某建材有限公司）', 'update', 'reviewCases'],
      ['导入《2019年台账.xlsx》：新增行政复议案件 丹政复〔2019〕2号（申请人：丹阳市某某建材有限公司）', 'create', 'reviewCases'],
    ]);
    expect(describeChanges(history[0]).map(changeLineText)).toEqual(['备注：全角空格 → 已送达']);
    const fileEntries = await db.changeLog.where('table').equals('import').toArray();
    expect(history.map((e) => e.importId)).toEqual(fileEntries.map((e) => e.recordId).reverse());

    // 修改记录 lists the file's entry under 数据导入 and the records' under their ledger.
    const all = { from: '2000-01-01', to: '2100-12-31' };
    expect((await queryHistory({ ...all, table: 'import' })).entries.map((e) => e.summary)).toEqual([
      '导入《2019年台账（二）.xlsx》：新增0条，更新1条，未变3条，跳过0条',
      '导入《2019年台账.xlsx》：新增4条，更新0条，未变0条，跳过0条',
    ]);
    expect((await queryHistory({ ...all, table: 'reviewCases' })).entries).toHaveLength(5);
  });

  it('撤销上一步 undoes the import as a whole, in one step with its own entries; refused, naming the record, once one changed', async () => {
    await importRows(clerkReviewSheet(), '2019年台账.xlsx');
    const target = await findUndoTarget();
    expect(target).toMatchObject({ ledger: '数据导入', title: '《2019年台账.xlsx》', blocked: null });
    expect(await undoLast(target!.seq, '李四')).toBe('导入《2019年台账.xlsx》：新增4条，更新0条，未变0条，跳过0条');
    // The created cases went to the 回收站, each with an entry of its own, and the import's own entry last.
    expect((await db.reviewCases.toArray()).every((c) => c.deleted === 1)).toBe(true);
    const log = await db.changeLog.orderBy(':id').toArray();
    const undos = log.filter((e) => e.undoes !== undefined);
    expect(undos.map((e) => [e.table, e.action, e.actor])).toEqual([
      ['reviewCases', 'delete', '李四'],
      ['reviewCases', 'delete', '李四'],
      ['reviewCases', 'delete', '李四'],
      ['reviewCases', 'delete', '李四'],
      ['import', 'update', '李四'],
    ]);
    expect(undos[4].summary).toBe('撤销：导入《2019年台账.xlsx》：新增4条，更新0条，未变0条，跳过0条');
    expect(await findUndoTarget()).toBeNull();

    // A second import; one of its records edited since: the import is refused, naming the record.
    await importRows(clerkReviewSheet(), '2019年台账（二）.xlsx');
    const no1 = (await db.reviewCases.toArray()).find((c) => c.caseNoKey === '丹政复〔2019〕1号' && c.deleted === 0)!;
    await updateCaseFields(no1.id, { ...no1, note: '电话已通知' }, '李四', TODAY);
    const edit = await findUndoTarget();
    expect(edit).toMatchObject({ blocked: null });
    await undoLast(edit!.seq, '李四');
    expect((await db.reviewCases.get(no1.id))!.note).toBe(no1.note);
    // Undone back to what the import left: the import can be undone again.
    expect((await findUndoTarget())!.blocked).toBeNull();
    await updateCaseFields(no1.id, { ...no1, note: '电话已通知' }, '李四', TODAY);
    const fileEntry = (await db.changeLog.where('table').equals('import').toArray()).find((e) => e.summary.includes('（二）'))!;
    expect(await importUndoBlocked(fileEntry.recordId)).toMatch(/^行政复议案件丹政复〔2019〕1号.*在导入之后又被修改过，不能撤销本次导入/);
    await expect(undoImport(fileEntry.recordId, '李四')).rejects.toThrow(/在导入之后又被修改过/);
  });

  it('a record entry of an import is refused by undo on its own too (should it ever be the newest)', async () => {
    await importRows(clerkReviewSheet(), '2019年台账.xlsx');
    await db.changeLog.where('table').equals('import').delete();
    const target = await findUndoTarget();
    expect(target!.blocked).toMatch(/^上一步是从文件导入数据（导入《2019年台账.xlsx》：新增行政复议案件/);
  });
});
