import { describe, expect, it, vi } from 'vitest';
import type { AgreementReview } from '../../../../shared/agreements/types';
import { getDb, type FazhiDb } from '../../db/db';
import { snapshot, withFreshDb } from '../../db/test-db';
import { UserError } from '../../db/write';
import { deleteAgreement, saveAgreement } from './agreement-repo';

const TODAY = '2024-06-30';
const ACTOR = '王五';

function fields(overrides: Record<string, unknown> = {}) {
  return {
    name: '丹阳市城区生活垃圾处理特许经营协议',
    signingCapacity: 'government',
    submittingUnit: '丹阳市城市管理局',
    counterparty: '某环保科技有限公司',
    category: '特许经营',
    amount: 1200.5,
    receivedDate: '2019-05-06',
    opinionDate: '2019-05-10',
    opinion: 'approveAfterChanges',
    problems: '违约责任条款不对等',
    handler: '李四',
    note: '',
    ...overrides,
  };
}

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

/** Every table (through db.tables, so agreementReviews is included: test-db.ts's snapshot() lists only the version-1 tables). */
async function snapshotAll(): Promise<Record<string, unknown[]>> {
  return snapshot(getDb());
}

/** The action must throw a UserError whose message matches, and leave every table exactly as it was. */
async function expectRefused(action: () => Promise<unknown>, message: RegExp, field?: string): Promise<UserError> {
  const before = await snapshotAll();
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['agreementReviews', 'changeLog']));
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.message).toMatch(message);
  if (field !== undefined) expect(userError.field).toBe(field);
  expect(await snapshotAll()).toEqual(before);
  return userError;
}

function register(overrides: Record<string, unknown> = {}): Promise<AgreementReview> {
  return saveAgreement(fields(overrides), null, ACTOR, TODAY);
}

async function logFor(id: string) {
  return db.changeLog.where('recordId').equals(id).sortBy('seq');
}

describe('saveAgreement', () => {
  it('reports every bad field at once: two bad fields, two field errors, nothing written', async () => {
    const e = await expectRefused(() => register({ name: '', submittingUnit: '' }), /协议名称不能为空；送审单位不能为空/, 'name');
    expect(e.fieldErrors).toEqual([
      { field: 'name', message: '协议名称不能为空' },
      { field: 'submittingUnit', message: '送审单位不能为空' },
    ]);
  });

  it('registers one record with one change-log entry whose after is the record', async () => {
    const a = await register();
    expect(await db.agreementReviews.toArray()).toEqual([a]);
    expect(a).toMatchObject({ deleted: 0, signingCapacity: 'government', category: '特许经营', amount: 1200.5, opinion: 'approveAfterChanges' });
    expect(a.createdAt).toBe(a.updatedAt);

    const log = await db.changeLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ table: 'agreementReviews', recordId: a.id, action: 'create', actor: ACTOR, before: null, at: a.updatedAt });
    expect(log[0].after).toEqual(a);
    expect(log[0].summary).toContain('丹阳市城区生活垃圾处理特许经营协议');
  });

  it('takes choices given as their Chinese labels and an amount given as text', async () => {
    const a = await register({
      signingCapacity: '以镇（区、街道）名义',
      category: '建设工程(投资500万元以上)',
      amount: '１,２00.5 万元',
      opinion: '同意签订',
    });
    expect(await db.agreementReviews.get(a.id)).toMatchObject({
      signingCapacity: 'town',
      category: '建设工程（投资500万元以上）',
      amount: 1200.5,
      opinion: 'approve',
    });
  });

  it('stores an amount left empty as null', async () => {
    const a = await register({ amount: '' });
    expect((await db.agreementReviews.get(a.id))!.amount).toBeNull();
  });

  it('edits with exactly one more change-log entry holding before and after', async () => {
    const before = await saveAgreement(fields({ opinionDate: null, opinion: null }), null, ACTOR, TODAY);
    const after = await saveAgreement(fields({ opinionDate: '2019-05-20', opinion: 'reject' }), before.id, '修改人', TODAY);
    expect(await db.agreementReviews.toArray()).toEqual([after]);
    expect(after).toMatchObject({ id: before.id, createdAt: before.createdAt, opinionDate: '2019-05-20', opinion: 'reject' });

    const log = await logFor(before.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ action: 'update', actor: '修改人', at: after.updatedAt });
    expect(log[1].before).toEqual(before);
    expect(log[1].after).toEqual(after);
    expect(await db.changeLog.count()).toBe(2);
  });

  const refusals: Array<[string, Record<string, unknown>, RegExp, string]> = [
    [
      'an 出具意见日期 before the 收件日期',
      { opinionDate: '2019-05-01' },
      /^出具意见日期（2019-05-01）不能早于收件日期（2019-05-06）$/,
      'opinionDate',
    ],
    ["the amount 'abc'", { amount: 'abc' }, /^金额（万元）必须是不小于0的数字$/, 'amount'],
    ["the amount '-3'", { amount: '-3' }, /^金额（万元）必须是不小于0的数字$/, 'amount'],
    ['the amount -3 (a number)', { amount: -3 }, /^金额（万元）必须是不小于0的数字$/, 'amount'],
    ['a missing 签订名义', { signingCapacity: undefined }, /^签订名义不能为空$/, 'signingCapacity'],
    ['an empty 签订名义', { signingCapacity: '' }, /^签订名义不能为空$/, 'signingCapacity'],
    [
      'an unknown 签订名义',
      { signingCapacity: '以个人名义' },
      /^签订名义必须是以市政府名义、以镇（区、街道）名义、以市政府组成部门名义之一$/,
      'signingCapacity',
    ],
    ['a missing 协议类别', { category: undefined }, /^协议类别不能为空$/, 'category'],
    ['an empty 协议类别', { category: ' ' }, /^协议类别不能为空$/, 'category'],
    [
      'a 收件日期 later than today',
      { receivedDate: '2024-07-01', opinionDate: null, opinion: null },
      /^收件日期（2024-07-01）晚于今天$/,
      'receivedDate',
    ],
    ['an 出具意见日期 later than today', { opinionDate: '2024-07-01' }, /^出具意见日期（2024-07-01）晚于今天$/, 'opinionDate'],
    ['a missing 收件日期', { receivedDate: '' }, /^收件日期不能为空$/, 'receivedDate'],
  ];

  it.each(refusals)('refuses %s on registration, and writes nothing', async (_name, overrides, message, field) => {
    await register({ name: '已有的协议' });
    await expectRefused(() => register(overrides), message, field);
    expect(await db.agreementReviews.count()).toBe(1);
    expect(await db.changeLog.count()).toBe(1);
  });

  it.each(refusals)('refuses %s on an edit, and leaves the record as it was', async (_name, overrides, message, field) => {
    const a = await register();
    await expectRefused(() => saveAgreement(fields(overrides), a.id, ACTOR, TODAY), message, field);
    expect(await db.agreementReviews.get(a.id)).toEqual(a);
  });

  it('accepts an 出具意见日期 on the 收件日期 and both dates on today', async () => {
    await register({ opinionDate: '2019-05-06' });
    await register({ receivedDate: TODAY, opinionDate: TODAY });
    expect(await db.agreementReviews.count()).toBe(2);
    expect(await db.changeLog.count()).toBe(2);
  });
});

describe('deleteAgreement', () => {
  it('soft-deletes: the record stays with deleted = 1, one change-log entry, gone from the live index', async () => {
    const keep = await register({ name: '保留的协议' });
    const a = await register();
    await deleteAgreement(a.id, '删除人');

    const stored = (await db.agreementReviews.get(a.id))!;
    expect(stored).toEqual({ ...a, deleted: 1, updatedAt: stored.updatedAt });
    expect(await db.agreementReviews.where('deleted').equals(0).toArray()).toEqual([keep]);

    const log = await logFor(a.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ table: 'agreementReviews', action: 'delete', actor: '删除人', at: stored.updatedAt });
    expect(log[1].before).toEqual(a);
    expect(log[1].after).toEqual(stored);
    expect(await db.changeLog.count()).toBe(3);
  });

  it('refuses a second delete and any edit of a deleted record, and writes nothing', async () => {
    const a = await register();
    await deleteAgreement(a.id, ACTOR);
    await expectRefused(() => deleteAgreement(a.id, ACTOR), /^该审查记录不存在或已删除$/);
    await expectRefused(() => saveAgreement(fields(), a.id, ACTOR, TODAY), /^该审查记录不存在或已删除$/);
    await expectRefused(() => deleteAgreement('no-such-id', ACTOR), /^该审查记录不存在或已删除$/);
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
    expect(await db.agreementReviews.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });

  it('rolls back an edit and a delete when the change-log write rejects', async () => {
    const a = await register();
    const before = await snapshotAll();
    vi.spyOn(db.changeLog, 'add').mockRejectedValue(new Error('磁盘已满'));
    await expect(saveAgreement(fields({ note: '改' }), a.id, ACTOR, TODAY)).rejects.toThrow('磁盘已满');
    await expect(deleteAgreement(a.id, ACTOR)).rejects.toThrow('磁盘已满');
    vi.restoreAllMocks();
    expect(await snapshotAll()).toEqual(before);
  });
});

describe('a save compares with the version the form was opened with', () => {
  it('refuses an edit from a form opened before another window saved', async () => {
    const a = await register();
    await new Promise((r) => setTimeout(r, 2));
    await saveAgreement(fields({ counterparty: '江苏某某建设有限公司' }), a.id, '王五', '2024-06-30', a.updatedAt);
    await expectRefused(() => saveAgreement(fields({ note: '第二个窗口' }), a.id, '王五', '2024-06-30', a.updatedAt), /已被修改/);
    expect((await getDb().agreementReviews.get(a.id))?.counterparty).toBe('江苏某某建设有限公司');
  });
});
