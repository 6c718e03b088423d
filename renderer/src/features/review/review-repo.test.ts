import { describe, expect, it, vi } from 'vitest';
import type { StepInput } from '../../../../shared/review/lifecycle';
import type { ReviewCase } from '../../../../shared/review/types';
import type { FazhiDb } from '../../db/db';
import { caseFields } from '../../db/form-inputs.test-util';
import { snapshot, withFreshDb } from '../../db/test-db';
import { StaleWriteError, UserError } from '../../db/write';
import { addStep, deleteCase, editStep, nextCaseNo, registerCase, removeLastStep, updateCaseFields } from './review-repo';

const TODAY = '2024-06-30';
const ACTOR = '王五';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

/** The action must throw a UserError whose message matches, and leave every table exactly as it was. */
async function expectRefused(action: () => Promise<unknown>, message: RegExp, field?: string): Promise<UserError> {
  const before = await snapshot(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.message).toMatch(message);
  if (field !== undefined) expect(userError.field).toBe(field);
  expect(await snapshot(db)).toEqual(before);
  return userError;
}

async function register(caseNo = '丹政复〔2019〕1号', receivedDate = '2019-03-05'): Promise<ReviewCase> {
  return registerCase(caseFields({ caseNo }), receivedDate, ACTOR, TODAY);
}

async function accepted(acceptDate = '2019-03-10'): Promise<ReviewCase> {
  const c = await register();
  return addStep(c.id, { kind: 'accept', date: acceptDate }, ACTOR, TODAY);
}

async function concluded(): Promise<ReviewCase> {
  const c = await accepted();
  return addStep(c.id, { kind: 'conclude', date: '2019-05-01', outcome: 'revoke' }, ACTOR, TODAY);
}

async function logFor(id: string) {
  return db.changeLog.where('recordId').equals(id).sortBy('seq');
}

describe('registerCase', () => {
  it('reports every bad field at once: two bad fields, two field errors, nothing written', async () => {
    const e = await expectRefused(
      () => registerCase(caseFields({ applicant: '', respondent: ' ' }), '', ACTOR, TODAY),
      /申请人不能为空/,
      'applicant',
    );
    expect(e.fieldErrors).toEqual([
      { field: 'applicant', message: '申请人不能为空' },
      { field: 'respondent', message: '被申请人不能为空' },
      { field: 'receivedDate', message: '收到日期不能为空' },
    ]);
    expect(e.message).toBe('申请人不能为空；被申请人不能为空；收到日期不能为空');
  });

  it('writes exactly one record and one change-log entry whose after is the record', async () => {
    const c = await register();

    const cases = await db.reviewCases.toArray();
    expect(cases).toEqual([c]);
    expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(c.deleted).toBe(0);
    expect(c.createdAt).toBe(c.updatedAt);

    const log = await db.changeLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ table: 'reviewCases', recordId: c.id, action: 'create', actor: ACTOR, before: null, at: c.updatedAt });
    expect(log[0].after).toEqual(c);
    expect(log[0].summary).toContain('丹政复〔2019〕1号');
  });

  it('stores the derived fields: status, caseNoKey, caseYear and caseSeq from the 案号, the receipt step', async () => {
    const c = await registerCase(caseFields({ caseNo: ' 丹政复[2019]第01号 ' }), '2019-03-05', ACTOR, TODAY);
    const stored = await db.reviewCases.get(c.id);
    expect(stored).toMatchObject({
      caseNo: '丹政复[2019]第01号',
      caseNoKey: '丹政复〔2019〕1号',
      caseYear: 2019,
      caseSeq: 1,
      status: 'received',
      law: 'old',
      receivedDate: '2019-03-05',
      acceptedDate: null,
      concludedDate: null,
      outcome: null,
    });
    expect(stored!.events).toHaveLength(1);
    expect(stored!.events[0]).toMatchObject({ kind: 'receive', date: '2019-03-05', recordedBy: ACTOR });
  });

  it('takes caseYear from the 案号 when it has one, even when the receipt falls in another year', async () => {
    const c = await register('丹政复〔2018〕40号', '2019-01-03');
    expect((await db.reviewCases.get(c.id))!.caseYear).toBe(2018);
  });

  it('takes caseYear from the receipt date when the 案号 has no year', async () => {
    const c = await register('丹政复第5号', '2021-02-01');
    const stored = await db.reviewCases.get(c.id);
    expect(stored).toMatchObject({ caseYear: 2021, caseSeq: null, caseNoKey: '丹政复第5号' });
  });

  it.each(['丹政复〔2019〕1号', '丹政复[2019]1号', '丹政复（2019）第01号', '丹政复 〔２０１９〕 1 号'])(
    'refuses the 案号 %s when 丹政复〔2019〕1号 is taken, and writes nothing',
    async (caseNo) => {
      await register('丹政复[2019]1号');
      const error = await expectRefused(() => register(caseNo, '2019-04-01'), /案号“丹政复\[2019\]1号”已被另一案件使用/, 'caseNo');
      expect(error.message).toContain('张三');
      expect(await db.reviewCases.count()).toBe(1);
      expect(await db.changeLog.count()).toBe(1);
    },
  );

  it('refuses invalid fields with a message naming the field, and writes nothing', async () => {
    await register();
    await expectRefused(() => registerCase(caseFields({ applicant: '  ' }), '2019-03-05', ACTOR, TODAY), /^申请人不能为空$/, 'applicant');
  });

  it('refuses a receipt date later than today, and writes nothing', async () => {
    await register();
    await expectRefused(() => register('丹政复〔2024〕9号', '2024-07-01'), /收到日期（2024-07-01）晚于今天/, 'events');
  });

  it('refuses an empty receipt date, and writes nothing', async () => {
    await register();
    await expectRefused(() => register('丹政复〔2024〕9号', ''), /收到日期不能为空/);
  });
});

describe('updateCaseFields', () => {
  it('rewrites the record and adds exactly one change-log entry with before and after', async () => {
    const before = await register();
    const after = await updateCaseFields(before.id, caseFields({ caseNo: '丹政复〔2020〕7号', applicant: '赵六' }), '修改人', TODAY);

    expect(await db.reviewCases.toArray()).toEqual([after]);
    expect(after).toMatchObject({
      id: before.id,
      createdAt: before.createdAt,
      applicant: '赵六',
      caseNoKey: '丹政复〔2020〕7号',
      caseYear: 2020,
      caseSeq: 7,
      events: before.events,
      status: 'received',
    });
    expect(after.updatedAt >= before.updatedAt).toBe(true);

    const log = await logFor(before.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ table: 'reviewCases', action: 'update', actor: '修改人', at: after.updatedAt });
    expect(log[1].before).toEqual(before);
    expect(log[1].after).toEqual(after);
  });

  it('lets a case keep its own 案号', async () => {
    const c = await register();
    await updateCaseFields(c.id, caseFields({ caseNo: '丹政复[2019]1号' }), ACTOR, TODAY);
    expect(await db.changeLog.count()).toBe(2);
  });

  it("refuses another case's 案号 (typed differently) and writes nothing", async () => {
    await register('丹政复〔2019〕1号');
    const other = await register('丹政复〔2019〕2号');
    await expectRefused(
      () => updateCaseFields(other.id, caseFields({ caseNo: '丹政复[2019]1号' }), ACTOR, TODAY),
      /案号“丹政复〔2019〕1号”已被另一案件使用/,
      'caseNo',
    );
  });

  it('refuses invalid fields and writes nothing', async () => {
    const c = await register();
    await expectRefused(() => updateCaseFields(c.id, caseFields({ handler: '' }), ACTOR, TODAY), /^承办人不能为空$/, 'handler');
  });
});

describe('addStep', () => {
  it('adds one change-log entry per step and stores the derived status, dates and outcome', async () => {
    const received = await register();
    const accepted = await addStep(received.id, { kind: 'accept', date: '2019-03-10' }, ACTOR, TODAY);
    expect(await db.reviewCases.get(received.id)).toEqual(accepted);
    expect(accepted).toMatchObject({ status: 'underReview', acceptedDate: '2019-03-10', procedure: 'ordinary', concludedDate: null, outcome: null });
    expect(accepted.events.map((e) => e.kind)).toEqual(['receive', 'accept']);

    const done = await addStep(received.id, { kind: 'conclude', date: '2019-05-01', outcome: 'revoke' }, '审结人', TODAY);
    expect(await db.reviewCases.get(received.id)).toEqual(done);
    expect(done).toMatchObject({ status: 'concluded', acceptedDate: '2019-03-10', concludedDate: '2019-05-01', outcome: 'revoke' });
    expect(done.events[2]).toMatchObject({ kind: 'conclude', recordedBy: '审结人' });

    const log = await logFor(received.id);
    expect(log.map((e) => e.action)).toEqual(['create', 'step', 'step']);
    expect(log[1].before).toEqual(received);
    expect(log[1].after).toEqual(accepted);
    expect(log[2]).toMatchObject({ actor: '审结人', at: done.updatedAt });
    expect(log[2].before).toEqual(accepted);
    expect(log[2].after).toEqual(done);
    expect(await db.reviewCases.count()).toBe(1);
  });

  it('moves the law with the acceptance date (2024-01-01)', async () => {
    const c = await register('丹政复〔2023〕88号', '2023-12-28');
    expect(c.law).toBe('old');
    const a = await addStep(c.id, { kind: 'accept', date: '2024-01-02' }, ACTOR, TODAY);
    expect((await db.reviewCases.get(c.id))!.law).toBe('law2023');
    expect(a.law).toBe('law2023');
  });

  it('accepts an extension of exactly 30 days', async () => {
    const c = await accepted();
    const e = await addStep(c.id, { kind: 'extend', date: '2019-04-20', extensionDays: 30 }, ACTOR, TODAY);
    expect((await db.reviewCases.get(c.id))!.extensionDays).toBe(30);
    expect(e.extensionDays).toBe(30);
  });

  const refusals: Array<[string, () => Promise<ReviewCase>, StepInput, RegExp]> = [
    ['受理 before the receipt', () => register(), { kind: 'accept', date: '2019-03-01' }, /^受理日期（2019-03-01）不能早于收到日期（2019-03-05）$/],
    ['审结 of a case not yet accepted', () => register(), { kind: 'conclude', date: '2019-04-01', outcome: 'uphold' }, /尚未受理，不能审结/],
    [
      '审结 dated before the 受理',
      () => accepted('2019-03-20'),
      { kind: 'conclude', date: '2019-03-15', outcome: 'uphold' },
      /^审结日期（2019-03-15）不能早于上一步骤“受理”的日期（2019-03-20）$/,
    ],
    ['a second 审结', () => concluded(), { kind: 'conclude', date: '2019-06-01', outcome: 'uphold' }, /已经审结，不能再次审结/],
    ['an extension of 31 days', () => accepted(), { kind: 'extend', date: '2019-04-20', extensionDays: 31 }, /^延期天数（31天）超过法定上限30天$/],
    ['a 受理 dated in the future', () => register(), { kind: 'accept', date: '2024-07-01' }, /^受理日期（2024-07-01）晚于今天/],
    ['a 审结 dated in the future', () => accepted(), { kind: 'conclude', date: '2024-07-01', outcome: 'uphold' }, /^审结日期（2024-07-01）晚于今天/],
  ];
  it.each(refusals)('refuses %s and leaves the record and the change log as they were', async (_name, setup, step, message) => {
    const c = await setup();
    await expectRefused(() => addStep(c.id, step, ACTOR, TODAY), message, 'events');
    expect(await db.reviewCases.get(c.id)).toEqual(c);
  });
});

describe('editStep', () => {
  it('corrects a step date, re-derives the summary and adds one change-log entry', async () => {
    const before = await accepted('2019-03-10');
    const after = await editStep(before.id, before.events[1].id, { date: '2019-03-12' }, ACTOR, TODAY);
    expect(await db.reviewCases.get(before.id)).toEqual(after);
    expect(after.acceptedDate).toBe('2019-03-12');
    expect(after.events[1]).toMatchObject({ id: before.events[1].id, kind: 'accept', date: '2019-03-12' });

    const log = await logFor(before.id);
    expect(log).toHaveLength(3);
    expect(log[2]).toMatchObject({ action: 'update' });
    expect(log[2].before).toEqual(before);
    expect(log[2].after).toEqual(after);
  });

  it('refuses a correction that makes the timeline impossible, and writes nothing', async () => {
    const c = await accepted('2019-03-10');
    await expectRefused(
      () => editStep(c.id, c.events[1].id, { date: '2019-03-01' }, ACTOR, TODAY),
      /受理日期（2019-03-01）不能早于收到日期/,
      'events',
    );
  });

  it('does not let a correction change the kind of a step', async () => {
    const c = await accepted();
    const after = await editStep(c.id, c.events[1].id, { kind: 'reject' } as Partial<StepInput>, ACTOR, TODAY);
    expect(after.events[1].kind).toBe('accept');
    expect((await db.reviewCases.get(c.id))!.status).toBe('underReview');
  });
});

describe('removeLastStep', () => {
  it('takes back the last step, re-derives the summary and adds one change-log entry', async () => {
    const before = await concluded();
    const after = await removeLastStep(before.id, ACTOR, TODAY);
    expect(await db.reviewCases.get(before.id)).toEqual(after);
    expect(after).toMatchObject({ status: 'underReview', acceptedDate: '2019-03-10', concludedDate: null, outcome: null });
    expect(after.events.map((e) => e.kind)).toEqual(['receive', 'accept']);

    const log = await logFor(before.id);
    expect(log).toHaveLength(4);
    expect(log[3]).toMatchObject({ action: 'update', actor: ACTOR });
    expect(log[3].before).toEqual(before);
    expect(log[3].after).toEqual(after);
  });

  it('refuses to take back the receipt itself, and writes nothing', async () => {
    const c = await register();
    await expectRefused(() => removeLastStep(c.id, ACTOR, TODAY), /“收到申请”是案件的第一步，不能撤回/);
  });
});

describe('deleteCase', () => {
  it('soft-deletes: the record stays with deleted = 1, one change-log entry, gone from the live index', async () => {
    const keep = await register('丹政复〔2019〕2号');
    const c = await register();
    await deleteCase(c.id, '删除人');

    const stored = await db.reviewCases.get(c.id);
    expect(stored).toEqual({ ...c, deleted: 1, updatedAt: stored!.updatedAt });
    expect(await db.reviewCases.where('deleted').equals(0).toArray()).toEqual([keep]);
    expect(await db.reviewCases.where('deleted').equals(1).primaryKeys()).toEqual([c.id]);

    const log = await logFor(c.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ action: 'delete', actor: '删除人', at: stored!.updatedAt });
    expect(log[1].before).toEqual(c);
    expect(log[1].after).toEqual(stored);
  });

  it('frees the 案号 for a new case', async () => {
    const c = await register('丹政复〔2019〕1号');
    await deleteCase(c.id, ACTOR);
    const again = await register('丹政复[2019]第1号', '2019-04-01');
    expect(again.id).not.toBe(c.id);
    expect(await db.reviewCases.where('deleted').equals(0).toArray()).toEqual([again]);
    expect(await db.reviewCases.where('caseNoKey').equals('丹政复〔2019〕1号').count()).toBe(2);
  });

  it('refuses any further change to a deleted case, and writes nothing', async () => {
    const c = await accepted();
    await deleteCase(c.id, ACTOR);
    await expectRefused(() => addStep(c.id, { kind: 'conclude', date: '2019-05-01', outcome: 'uphold' }, ACTOR, TODAY), /案件不存在或已删除/);
    await expectRefused(() => updateCaseFields(c.id, caseFields(), ACTOR, TODAY), /案件不存在或已删除/);
    await expectRefused(() => removeLastStep(c.id, ACTOR, TODAY), /案件不存在或已删除/);
    await expectRefused(() => deleteCase(c.id, ACTOR), /案件不存在或已删除/);
  });
});

describe('one change, one change-log entry', () => {
  it('logs every write of a whole case history exactly once, in order', async () => {
    const c = await register();
    await updateCaseFields(c.id, caseFields({ note: '补充' }), ACTOR, TODAY);
    const a = await addStep(c.id, { kind: 'accept', date: '2019-03-10' }, ACTOR, TODAY);
    await editStep(c.id, a.events[1].id, { date: '2019-03-11' }, ACTOR, TODAY);
    await addStep(c.id, { kind: 'conclude', date: '2019-05-01', outcome: 'uphold' }, ACTOR, TODAY);
    await removeLastStep(c.id, ACTOR, TODAY);
    await deleteCase(c.id, ACTOR);

    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log.map((e) => e.action)).toEqual(['create', 'update', 'step', 'update', 'step', 'update', 'delete']);
    expect(log.every((e) => e.recordId === c.id && e.table === 'reviewCases')).toBe(true);
    for (let i = 1; i < log.length; i++) expect(log[i].before).toEqual(log[i - 1].after);
    expect(log[log.length - 1].after).toEqual(await db.reviewCases.get(c.id));
  });
});

describe('atomicity', () => {
  it('rolls back a registration when the change-log write throws', async () => {
    const add = vi.spyOn(db.changeLog, 'add').mockImplementation(() => {
      throw new Error('磁盘已满');
    });
    await expect(register()).rejects.toThrow('磁盘已满');
    expect(add).toHaveBeenCalledTimes(1);
    add.mockRestore();
    expect(Object.values(await snapshot(db)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('rolls back a step when the change-log write rejects', async () => {
    const c = await register();
    const before = await snapshot(db);
    const add = vi.spyOn(db.changeLog, 'add').mockRejectedValue(new Error('磁盘已满'));
    await expect(addStep(c.id, { kind: 'accept', date: '2019-03-10' }, ACTOR, TODAY)).rejects.toThrow('磁盘已满');
    expect(add).toHaveBeenCalledTimes(1);
    add.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back a delete when the change-log write throws', async () => {
    const c = await register();
    const before = await snapshot(db);
    vi.spyOn(db.changeLog, 'add').mockImplementation(() => {
      throw new Error('磁盘已满');
    });
    await expect(deleteCase(c.id, ACTOR)).rejects.toThrow('磁盘已满');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    expect((await db.reviewCases.get(c.id))!.deleted).toBe(0);
  });
});

describe('nextCaseNo', () => {
  it('proposes one past the highest live sequence of the year: cases of other years and in the 回收站 do not count', async () => {
    await register('丹政复〔2019〕3号');
    await register('丹政复〔2019〕7号');
    const binned = await register('丹政复〔2019〕9号');
    await deleteCase(binned.id, ACTOR);
    await register('丹政复〔2020〕12号', '2020-01-06');
    expect(await nextCaseNo('丹政复', 2019)).toBe('丹政复〔2019〕8号');
    expect(await nextCaseNo('丹政复', 2020)).toBe('丹政复〔2020〕13号');
    expect(await nextCaseNo('丹政复', 2021)).toBe('丹政复〔2021〕1号');
  });
});

describe('a save compares with the version the form was opened with (two windows)', () => {
  it('refuses the second window’s edit and step, keeping the first window’s changes, and writes nothing', async () => {
    const c = await register();
    const openedAt = c.updatedAt;
    // Window 1 opened 修改 at `openedAt` and saves 申请人 and 备注.
    await new Promise((r) => setTimeout(r, 2));
    const first = await updateCaseFields(c.id, caseFields({ applicant: '张三、李四', note: '补充材料已收' }), ACTOR, TODAY, openedAt);
    // Window 2 opened 修改 at the same version and saves 被申请人: refused, nothing changes.
    const refused = await expectRefused(
      () => updateCaseFields(c.id, caseFields({ respondent: '丹阳市自然资源和规划局' }), ACTOR, TODAY, openedAt),
      /已被修改/,
    );
    expect(refused).toBeInstanceOf(StaleWriteError);
    await expectRefused(() => addStep(c.id, { kind: 'accept', date: '2019-03-10' }, ACTOR, TODAY, openedAt), /已被修改/);
    const stored = await db.reviewCases.get(c.id);
    expect(stored).toEqual(first);
    expect(stored?.applicant).toBe('张三、李四');
    expect(stored?.note).toBe('补充材料已收');
    // Opened at the current version, the same edit saves.
    const saved = await updateCaseFields(
      c.id,
      { ...caseFields({ respondent: '丹阳市自然资源和规划局' }), applicant: '张三、李四' },
      ACTOR,
      TODAY,
      first.updatedAt,
    );
    expect(saved.respondent).toBe('丹阳市自然资源和规划局');
  });
});
