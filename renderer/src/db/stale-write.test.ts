import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAgreement } from '../features/agreements/agreement-repo';
import { saveDocument } from '../features/normative/normative-repo';
import type { FazhiDb } from './db';
import { freshDb } from './test-db';
import { UserError } from './write';

// Two windows (or two clicks) edit the same record from the same read: the first save lands, the second is refused
// (never a silent overwrite) and writes nothing, neither the record nor a change-log entry.

const TODAY = '2024-06-30';
let db: FazhiDb;
beforeEach(() => {
  db = freshDb();
  // Only Date is faked, so that the create and the edits get distinct updatedAt stamps; IndexedDB's timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-06-30T02:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

function agreement(overrides: Record<string, unknown> = {}) {
  return {
    name: '城南片区征收补偿协议',
    signingCapacity: 'government',
    submittingUnit: '市住建局',
    counterparty: '丹阳某置业有限公司',
    category: '征收补偿',
    amount: 1200,
    receivedDate: '2024-03-01',
    opinionDate: null,
    opinion: null,
    problems: '',
    handler: '李四',
    note: '',
    ...overrides,
  };
}

function document(overrides: Record<string, unknown> = {}) {
  return {
    title: '丹阳市城市管理办法',
    docNo: '丹政发〔2020〕14号',
    issuer: '丹阳市人民政府',
    publishDate: '2020-03-01',
    effectiveDate: null,
    statedExpiry: null,
    status: 'valid',
    note: '',
    ...overrides,
  };
}

async function logOf(recordId: string) {
  return (await db.changeLog.where('recordId').equals(recordId).sortBy('seq')).map((e) => [e.action, e.actor]);
}

describe('a stale write (another window saved the record since it was read)', () => {
  it('an agreement review: the first of two saves from the same read lands, the second is refused and writes nothing', async () => {
    const created = await saveAgreement(agreement(), null, '王五', TODAY);
    vi.setSystemTime(new Date('2024-06-30T02:05:00.000Z'));

    // Both saves read the stored version before either writes.
    const [first, second] = await Promise.allSettled([
      saveAgreement(agreement({ counterparty: '丹阳甲公司' }), created.id, '窗口一', TODAY),
      saveAgreement(agreement({ counterparty: '丹阳乙公司' }), created.id, '窗口二', TODAY),
    ]);

    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    const error = (second as PromiseRejectedResult).reason as unknown;
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/刚刚已被修改/);
    const stored = await db.agreementReviews.get(created.id);
    expect(stored).toEqual((first as PromiseFulfilledResult<unknown>).value);
    expect(stored!.counterparty).toBe('丹阳甲公司');
    expect(await logOf(created.id)).toEqual([
      ['create', '王五'],
      ['update', '窗口一'],
    ]);
  });

  it('a normative document: the same, and a later save from a fresh read goes through', async () => {
    const created = await saveDocument(document(), null, '王五', TODAY);
    vi.setSystemTime(new Date('2024-06-30T02:05:00.000Z'));

    const results = await Promise.allSettled([
      saveDocument(document({ note: '窗口一的备注' }), created.id, '窗口一', TODAY),
      saveDocument(document({ note: '窗口二的备注' }), created.id, '窗口二', TODAY),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(UserError);
    expect((await db.normativeDocuments.get(created.id))!.note).toBe('窗口一的备注');
    expect(await logOf(created.id)).toEqual([
      ['create', '王五'],
      ['update', '窗口一'],
    ]);

    vi.setSystemTime(new Date('2024-06-30T02:06:00.000Z'));
    await saveDocument(document({ note: '窗口二刷新后重存' }), created.id, '窗口二', TODAY);
    expect((await db.normativeDocuments.get(created.id))!.note).toBe('窗口二刷新后重存');
    expect(await logOf(created.id)).toEqual([
      ['create', '王五'],
      ['update', '窗口一'],
      ['update', '窗口二'],
    ]);
  });
});
