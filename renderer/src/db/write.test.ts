import { describe, expect, it, vi } from 'vitest';
import type { ReviewLetter } from '../../../shared/review/types';
import type { FazhiDb } from './db';
import { getDb } from './db';
import { snapshot, withFreshDb } from './test-db';
import { putWithLog, stamp, UserError } from './write';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

function aLetter(docNo = '丹复建〔2024〕1号'): ReviewLetter {
  return stamp<ReviewLetter>({
    kind: 'suggestion',
    docNo,
    caseId: null,
    issueDate: '2024-03-01',
    recipient: '丹阳市自然资源局',
    answerDate: null,
    note: '',
  });
}

const LOG = { actor: '王五', action: 'create', summary: '登记建议书' } as const;

describe('putWithLog', () => {
  it('writes the record and one change-log entry describing it', async () => {
    const record = aLetter();
    const returned = await putWithLog(db.reviewLetters, record, null, LOG);
    expect(returned).toBe(record);
    expect(await db.reviewLetters.toArray()).toEqual([record]);
    const log = await db.changeLog.toArray();
    expect(log).toEqual([
      {
        seq: 1,
        at: record.updatedAt,
        actor: '王五',
        table: 'reviewLetters',
        recordId: record.id,
        action: 'create',
        summary: '登记建议书',
        before: null,
        after: record,
      },
    ]);
  });

  it('writes to the database that setDb installed', async () => {
    expect(getDb()).toBe(db);
    await putWithLog(db.reviewLetters, aLetter(), null, LOG);
    expect(await getDb().changeLog.count()).toBe(1);
  });

  it('records before and after on a change', async () => {
    const first = await putWithLog(db.reviewLetters, aLetter(), null, LOG);
    const second = stamp<ReviewLetter>({ ...first, note: '已反馈' }, first);
    await putWithLog(db.reviewLetters, second, first, { ...LOG, action: 'update' });
    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ action: 'update', recordId: first.id });
    expect(log[1].before).toEqual(first);
    expect(log[1].after).toEqual(second);
  });

  it('writes nothing when the check throws, and passes its UserError on', async () => {
    await putWithLog(db.reviewLetters, aLetter(), null, LOG);
    const before = await snapshot(db);
    const refusal = new UserError('文号已登记', 'docNo');
    await expect(
      putWithLog(db.reviewLetters, aLetter('丹复建〔2024〕2号'), null, LOG, async () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await snapshot(db)).toEqual(before);
  });

  it('runs the check inside the transaction, before the write', async () => {
    const seen: number[] = [];
    await putWithLog(db.reviewLetters, aLetter(), null, LOG, async () => {
      seen.push(await db.reviewLetters.count());
    });
    expect(seen).toEqual([0]);
  });

  it('rolls the record back when the change-log write throws', async () => {
    const add = vi.spyOn(db.changeLog, 'add').mockImplementation(() => {
      throw new Error('磁盘已满');
    });
    await expect(putWithLog(db.reviewLetters, aLetter(), null, LOG)).rejects.toThrow('磁盘已满');
    expect(add).toHaveBeenCalledTimes(1);
    add.mockRestore();
    expect(Object.values(await snapshot(db)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('rolls an overwrite back when the change-log write rejects', async () => {
    const first = await putWithLog(db.reviewLetters, aLetter(), null, LOG);
    const before = await snapshot(db);
    vi.spyOn(db.changeLog, 'add').mockRejectedValue(new Error('磁盘已满'));
    const changed = stamp<ReviewLetter>({ ...first, recipient: '另一单位' }, first);
    await expect(putWithLog(db.reviewLetters, changed, first, { ...LOG, action: 'update' })).rejects.toThrow('磁盘已满');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('stamp', () => {
  it('gives a new record a UUID, equal timestamps and deleted = 0', () => {
    const r = aLetter();
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.createdAt).toBe(r.updatedAt);
    expect(Number.isNaN(Date.parse(r.createdAt))).toBe(false);
    expect(r.deleted).toBe(0);
    expect(aLetter().id).not.toBe(r.id);
  });

  it('keeps id, createdAt and deleted of an existing record and renews updatedAt', () => {
    const existing = { id: 'fixed-id', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-02T00:00:00.000Z', deleted: 1 as const };
    const r = stamp<ReviewLetter>({ ...aLetter(), id: 'ignored', createdAt: 'ignored', deleted: 0 } as ReviewLetter, existing);
    expect(r).toMatchObject({ id: 'fixed-id', createdAt: '2020-01-01T00:00:00.000Z', deleted: 1 });
    expect(r.updatedAt > existing.updatedAt).toBe(true);
  });
});

describe('UserError', () => {
  it('is an Error carrying the clerk-facing message and the field', () => {
    const e = new UserError('案号不能为空', 'caseNo');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('UserError');
    expect(e.message).toBe('案号不能为空');
    expect(e.field).toBe('caseNo');
    expect(new UserError('x').field).toBeUndefined();
  });
});
