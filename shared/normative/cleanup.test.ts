import { describe, expect, it } from 'vitest';
import { addDocumentToBatch, applyCleanup, checkBatchReadyToApply, removeDocumentFromBatch, setCleanupResult } from './cleanup';
import type { CleanupBatch, CleanupItem, DocumentStatus, NormativeDocument } from './types';

function doc(id: string, title: string, expiryDate = '2020-06-30', status: DocumentStatus = 'valid', deleted: 0 | 1 = 0): NormativeDocument {
  return {
    id,
    createdAt: '',
    updatedAt: '',
    deleted,
    title,
    docNo: `丹政发〔2015〕${id}号`,
    issuer: '丹阳市人民政府',
    docNoKey: id,
    publishDate: '2015-07-01',
    effectiveDate: null,
    statedExpiry: null,
    expiryDate,
    status,
    history: [{ date: '2015-07-01', kind: 'registered', detail: '登记', recordedBy: 'x', recordedAt: 'x' }],
    note: '',
  };
}

function batch(items: CleanupItem[], extra: Partial<CleanupBatch> = {}): CleanupBatch {
  return {
    id: 'b1',
    createdAt: '',
    updatedAt: '',
    deleted: 0,
    name: '2019年规范性文件清理',
    scope: '',
    completedDate: '2019-12-31',
    items,
    appliedAt: null,
    note: '',
    ...extra,
  };
}
const item = (documentId: string, result: CleanupItem['result'], newExpiry: string | null = null): CleanupItem => ({ documentId, result, newExpiry });

const DOCS = [
  doc('a', '丹阳市义务教育学校绩效工资的实施办法'),
  doc('b', '丹阳市停车管理暂行办法'),
  doc('c', '丹阳市城市绿化管理办法'),
  doc('d', '丹阳市人民防空管理办法'),
  doc('e', '关于市属改制企业参加基本医疗保险的意见'),
  doc('f', '丹阳市农村公路管理办法'),
  doc('g', '丹阳市殡葬管理办法'),
];

describe('adding, removing and setting results', () => {
  it('adds a document without a result and refuses it twice', () => {
    const r = addDocumentToBatch(batch([]), 'a');
    expect(r).toEqual({ ok: true, batch: batch([item('a', null)]) });
    if (!r.ok) return;
    expect(addDocumentToBatch(r.batch, 'a', '丹阳市义务教育学校绩效工资的实施办法')).toEqual({
      ok: false,
      error: '《丹阳市义务教育学校绩效工资的实施办法》已在清理批次“2019年规范性文件清理”中，不能重复加入',
    });
    expect(addDocumentToBatch(r.batch, 'a')).toEqual({ ok: false, error: '该文件已在清理批次“2019年规范性文件清理”中，不能重复加入' });
  });

  it('refuses every change once the batch is applied', () => {
    const applied = batch([item('a', 'continue')], { appliedAt: '2020-01-02T00:00:00.000Z' });
    const error = '清理批次“2019年规范性文件清理”已应用到文件库，不能再修改';
    expect(addDocumentToBatch(applied, 'b')).toEqual({ ok: false, error });
    expect(removeDocumentFromBatch(applied, 'a')).toEqual({ ok: false, error });
    expect(setCleanupResult(applied, 'a', 'repeal')).toEqual({ ok: false, error });
  });

  it('sets a result, keeping a new 有效期至 only for 延长', () => {
    const b = batch([item('a', null), item('b', null)]);
    const r1 = setCleanupResult(b, 'a', 'repeal', '2025-01-01');
    expect(r1.ok && r1.batch.items[0]).toEqual(item('a', 'repeal'));
    const r2 = setCleanupResult(b, 'b', 'extend', '2021-12-31');
    expect(r2.ok && r2.batch.items[1]).toEqual(item('b', 'extend', '2021-12-31'));
    expect(setCleanupResult(b, 'b', 'extend', '2019-12-31')).toEqual({
      ok: false,
      error: '延长后的有效期至（2019-12-31）必须晚于清理完成日期（2019-12-31）',
    });
    expect(setCleanupResult(b, 'z', 'continue')).toEqual({ ok: false, error: '该文件不在清理批次中' });
    const r3 = removeDocumentFromBatch(b, 'a');
    expect(r3.ok && r3.batch.items).toEqual([item('b', null)]);
  });
});

describe('checkBatchReadyToApply', () => {
  it('is null for a complete batch', () => {
    expect(checkBatchReadyToApply(batch([item('a', 'continue'), item('e', 'repeal')]), DOCS)).toBeNull();
  });

  it('refuses an empty, applied or deleted batch', () => {
    expect(checkBatchReadyToApply(batch([]), DOCS)).toBe('清理批次“2019年规范性文件清理”中没有文件');
    expect(checkBatchReadyToApply(batch([item('a', 'continue')], { appliedAt: '2020-01-02T03:00:00.000Z' }), DOCS)).toBe(
      '清理批次“2019年规范性文件清理”已于2020-01-02应用到文件库，不能重复应用',
    );
    expect(checkBatchReadyToApply(batch([item('a', 'continue')], { deleted: 1 }), DOCS)).toBe('清理批次“2019年规范性文件清理”在回收站中，不能应用');
  });

  it('names the China day a batch was applied on: 03:18 in Beijing is still that day, not the UTC day before', () => {
    expect(checkBatchReadyToApply(batch([item('a', 'continue')], { appliedAt: '2020-01-01T19:18:00.000Z' }), DOCS)).toBe(
      '清理批次“2019年规范性文件清理”已于2020-01-02应用到文件库，不能重复应用',
    );
  });

  it('names documents without a result', () => {
    expect(checkBatchReadyToApply(batch([item('a', 'continue'), item('c', null), item('d', null)]), DOCS)).toBe(
      '《丹阳市城市绿化管理办法》、《丹阳市人民防空管理办法》尚未选择清理结果',
    );
  });

  it('names missing, deleted, doubled and no-longer-valid documents', () => {
    const docs = [...DOCS, doc('x', '已删除办法', '2020-01-01', 'valid', 1), doc('r', '已废止办法', '2020-01-01', 'repealed')];
    const b = batch([
      item('a', 'continue'),
      item('a', 'repeal'),
      item('zz', 'continue'),
      item('x', 'continue'),
      item('r', 'extend'),
      item('b', 'extend', '2019-06-01'),
    ]);
    expect(checkBatchReadyToApply(b, docs)).toBe(
      '《丹阳市义务教育学校绩效工资的实施办法》重复加入；1件文件在文件库中不存在；《已删除办法》在回收站中；' +
        '《已废止办法》已废止，不能延长有效期；《丹阳市停车管理暂行办法》延长后的有效期至必须晚于清理完成日期（2019-12-31）',
    );
    // repealing an already expired document is allowed
    expect(checkBatchReadyToApply(batch([item('r', 'expire')]), docs)).toBeNull();
  });
});

describe('applyCleanup', () => {
  const b = batch([
    item('a', 'continue'),
    item('b', 'extend'), // 暂行: 2 years from 2019-12-31 → 2021-12-30
    item('c', 'extend'), // 5 years → 2024-12-30
    item('d', 'extend', '2022-06-30'),
    item('e', 'repeal'),
    item('f', 'expire'),
    item('g', 'amend'),
  ]);
  const NOW = '2020-01-02T08:00:00.000Z';
  const { documents, batch: appliedBatch } = applyCleanup(b, DOCS, '李四', NOW);
  const byId = new Map(documents.map((d) => [d.id, d]));

  it('returns the batch documents, in item order, and the batch marked applied', () => {
    expect(documents.map((d) => d.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(appliedBatch.appliedAt).toBe(NOW);
    expect(b.appliedAt).toBeNull(); // the input is not mutated
    expect(DOCS[0]!.history).toHaveLength(1);
  });

  it('sets status and 有效期 per result', () => {
    expect(documents.map((d) => [d.id, d.status, d.expiryDate, d.statedExpiry])).toEqual([
      ['a', 'valid', '2020-06-30', null],
      ['b', 'valid', '2021-12-30', '2021-12-30'],
      ['c', 'valid', '2024-12-30', '2024-12-30'],
      ['d', 'valid', '2022-06-30', '2022-06-30'],
      ['e', 'repealed', '2020-06-30', null],
      ['f', 'expired', '2020-06-30', null],
      ['g', 'amended', '2020-06-30', null],
    ]);
    expect(byId.get('g')!.updatedAt).toBe(NOW);
  });

  it('adds a cleanup history line dated on the completion date', () => {
    expect(byId.get('a')!.history).toHaveLength(2);
    expect(byId.get('a')!.history[1]).toEqual({
      date: '2019-12-31',
      kind: 'cleanup',
      detail: '2019年规范性文件清理：继续有效',
      recordedBy: '李四',
      recordedAt: NOW,
    });
    expect(byId.get('b')!.history[1]!.detail).toBe('2019年规范性文件清理：延长有效期，有效期至2021年12月30日');
    expect(byId.get('e')!.history[1]!.detail).toBe('2019年规范性文件清理：废止');
    expect(byId.get('f')!.history[1]!.detail).toBe('2019年规范性文件清理：宣布失效');
    expect(byId.get('g')!.history[1]!.detail).toBe('2019年规范性文件清理：修改');
  });

  it('throws when a result is missing', () => {
    expect(() => applyCleanup(batch([item('a', null)]), DOCS, '李四', NOW)).toThrow('《丹阳市义务教育学校绩效工资的实施办法》尚未选择清理结果');
  });
});
