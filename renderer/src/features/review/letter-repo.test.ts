import { describe, expect, it, vi } from 'vitest';
import type { FazhiDb } from '../../db/db';
import { snapshot, withFreshDb, expectRefusedUnchanged } from '../../db/test-db';
import { UserError } from '../../db/write';
import { deleteLetter, saveLetter } from './letter-repo';
import { deleteCase, registerCase } from './review-repo';
import { caseFields, letterFields } from '../../../../shared/ledgers/form-inputs.test-util';

const TODAY = '2024-06-30';
const ACTOR = '王五';

const letter = letterFields;

async function registerSomeCase(caseNo = '丹政复〔2024〕1号') {
  return registerCase(caseFields({ caseNo }), '2024-01-15', ACTOR, TODAY);
}

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

async function expectRefused(action: () => Promise<unknown>, message: RegExp, field?: string): Promise<void> {
  await expectRefusedUnchanged(db, action, message, field);
}

describe('saveLetter', () => {
  it('reports every bad field at once: two bad fields, two field errors, nothing written', async () => {
    const before = await snapshot(db);
    const e = await saveLetter(letter({ docNo: '', recipient: '' }), null, ACTOR, TODAY).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).fieldErrors.map((f) => f.field)).toEqual(['docNo', 'recipient']);
    expect((e as UserError).message).toContain('文号不能为空');
    expect((e as UserError).message).toContain('不能为空；');
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes one record and one change-log entry on creation', async () => {
    const l = await saveLetter(letter(), null, ACTOR, TODAY);
    expect(await db.reviewLetters.toArray()).toEqual([l]);
    expect(l).toMatchObject({ kind: 'opinion', docNo: '丹复意〔2024〕1号', caseId: null, deleted: 0 });

    const log = await db.changeLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ table: 'reviewLetters', recordId: l.id, action: 'create', actor: ACTOR, before: null, at: l.updatedAt });
    expect(log[0].after).toEqual(l);
    expect(log[0].summary).toBe('登记行政复议意见书 丹复意〔2024〕1号');
  });

  it('updates in place with one change-log entry carrying before and after', async () => {
    const before = await saveLetter(letter(), null, ACTOR, TODAY);
    const after = await saveLetter(letter({ answerDate: '2024-04-01' }), before.id, '修改人', TODAY);
    expect(await db.reviewLetters.toArray()).toEqual([after]);
    expect(after).toMatchObject({ id: before.id, createdAt: before.createdAt, answerDate: '2024-04-01' });

    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log.map((e) => e.action)).toEqual(['create', 'update']);
    expect(log[1]).toMatchObject({ actor: '修改人', recordId: before.id });
    expect(log[1].before).toEqual(before);
    expect(log[1].after).toEqual(after);
  });

  it('links a letter to a live case', async () => {
    const c = await registerSomeCase();
    const l = await saveLetter(letter({ caseId: c.id }), null, ACTOR, TODAY);
    expect((await db.reviewLetters.get(l.id))!.caseId).toBe(c.id);
    expect(await db.changeLog.where('table').equals('reviewLetters').count()).toBe(1);
  });

  it('refuses a duplicate 文号 of the same kind (ignoring spaces), and writes nothing', async () => {
    await saveLetter(letter(), null, ACTOR, TODAY);
    await expectRefused(() => saveLetter(letter({ docNo: '丹复意 〔2024〕 1号' }), null, ACTOR, TODAY), /已登记过行政复议意见书/, 'docNo');
  });

  it('refuses to change a letter to the 文号 of another letter of the same kind', async () => {
    await saveLetter(letter(), null, ACTOR, TODAY);
    const other = await saveLetter(letter({ docNo: '丹复意〔2024〕2号' }), null, ACTOR, TODAY);
    await expectRefused(() => saveLetter(letter(), other.id, ACTOR, TODAY), /文号“丹复意〔2024〕1号”已登记过行政复议意见书/, 'docNo');
  });

  it('allows the same 文号 for the other kind, and a letter keeps its own 文号 on update', async () => {
    const opinion = await saveLetter(letter(), null, ACTOR, TODAY);
    await saveLetter(letter({ kind: 'suggestion' }), null, ACTOR, TODAY);
    await saveLetter(letter({ note: '已反馈' }), opinion.id, ACTOR, TODAY);
    expect(await db.reviewLetters.count()).toBe(2);
    expect(await db.changeLog.count()).toBe(3);
  });

  it('refuses an answer date before the issue date, and writes nothing', async () => {
    await saveLetter(letter(), null, ACTOR, TODAY);
    await expectRefused(
      () => saveLetter(letter({ docNo: '丹复意〔2024〕2号', answerDate: '2024-02-28' }), null, ACTOR, TODAY),
      /^反馈日期（2024-02-28）不能早于发出日期（2024-03-01）$/,
      'answerDate',
    );
  });

  it('refuses a link to a case that does not exist, and writes nothing', async () => {
    await registerSomeCase();
    await expectRefused(() => saveLetter(letter({ caseId: crypto.randomUUID() }), null, ACTOR, TODAY), /^关联案件不存在或已删除$/, 'caseId');
  });

  it('refuses a link to a deleted case, and writes nothing', async () => {
    const c = await registerSomeCase();
    await deleteCase(c.id, ACTOR);
    await expectRefused(() => saveLetter(letter({ caseId: c.id }), null, ACTOR, TODAY), /^关联案件不存在或已删除$/, 'caseId');
  });

  it('refuses to update a deleted letter, and writes nothing', async () => {
    const l = await saveLetter(letter(), null, ACTOR, TODAY);
    await deleteLetter(l.id, ACTOR);
    await expectRefused(() => saveLetter(letter({ note: 'x' }), l.id, ACTOR, TODAY), /该文书不存在或已删除/);
  });

  it('rolls back the letter when the change-log write fails', async () => {
    vi.spyOn(db.changeLog, 'add').mockImplementation(() => {
      throw new Error('磁盘已满');
    });
    await expect(saveLetter(letter(), null, ACTOR, TODAY)).rejects.toThrow('磁盘已满');
    vi.restoreAllMocks();
    expect(await db.reviewLetters.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });
});

describe('deleteLetter', () => {
  it('soft-deletes with one change-log entry and frees the 文号', async () => {
    const l = await saveLetter(letter(), null, ACTOR, TODAY);
    await deleteLetter(l.id, '删除人');
    const stored = await db.reviewLetters.get(l.id);
    expect(stored).toEqual({ ...l, deleted: 1, updatedAt: stored!.updatedAt, awaiting: undefined });
    expect(await db.reviewLetters.where('deleted').equals(0).count()).toBe(0);

    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ action: 'delete', actor: '删除人', recordId: l.id });
    expect(log[1].before).toEqual(l);
    expect(log[1].after).toEqual(stored);

    const again = await saveLetter(letter(), null, ACTOR, TODAY);
    expect(await db.reviewLetters.where('deleted').equals(0).toArray()).toEqual([again]);
  });

  it('refuses to delete a letter twice, and writes nothing', async () => {
    const l = await saveLetter(letter(), null, ACTOR, TODAY);
    await deleteLetter(l.id, ACTOR);
    await expectRefused(() => deleteLetter(l.id, ACTOR), /该文书不存在或已删除/);
  });
});
