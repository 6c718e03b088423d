import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FazhiDb } from '../../db/db';
import { freshDb, snapshot } from '../../db/test-db';
import { UserError } from '../../db/write';
import { findUndoTarget, undoLast } from '../history/undo';
import { deleteFilingReview, saveFilingReview } from '../normative/normative-repo';
import { restoreRecord } from './recycle-repo';

// 备案审查: a 文号 is registered once per 制定机关. A filing in the recycle bin whose issuer + 文号 has since been
// registered on a live filing cannot come back, neither from the 回收站 nor by 撤销上一步 of its deletion.

const TODAY = '2024-06-30';
const ACTOR = '王五';
let db: FazhiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  db.close();
});

function filing(overrides: Record<string, unknown> = {}) {
  return {
    title: '云阳街道网格化管理办法',
    docNo: '云政发〔2020〕3号',
    issuer: '云阳街道办事处',
    publishDate: '2020-03-01',
    filedDate: '2020-03-20',
    result: 'filed',
    problems: '',
    corrected: null,
    handler: '李四',
    note: '',
    ...overrides,
  };
}

async function refusal(action: () => Promise<unknown>): Promise<string> {
  const before = await snapshot(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(await snapshot(db)).toEqual(before);
  return (error as UserError).message;
}

describe('restoring a filing review from the 回收站', () => {
  it('is refused, with a message naming the 文号, when the same issuer + 文号 is now on a live filing; nothing is written', async () => {
    const old = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(old.id, ACTOR);
    await saveFilingReview(filing({ title: '云阳街道网格化管理办法（重新登记）' }), null, ACTOR, TODAY);

    const message = await refusal(() => restoreRecord('filingReviews', old.id, ACTOR));
    expect(message).toMatch(/^不能恢复：/);
    expect(message).toContain('云政发〔2020〕3号');
    expect((await db.filingReviews.get(old.id))!.deleted).toBe(1);
  });

  it('is refused when the live one writes the same 文号 differently (brackets, 第, leading zero)', async () => {
    const old = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(old.id, ACTOR);
    await saveFilingReview(filing({ docNo: '云政发[2020]第03号' }), null, ACTOR, TODAY);

    expect(await refusal(() => restoreRecord('filingReviews', old.id, ACTOR))).toMatch(/^不能恢复：.*云政发〔2020〕3号/);
  });

  it('goes through when the live filing has the same 文号 from another issuer, or another 文号 of the same issuer', async () => {
    const a = await saveFilingReview(filing(), null, ACTOR, TODAY);
    const b = await saveFilingReview(filing({ docNo: '云政发〔2020〕4号' }), null, ACTOR, TODAY);
    await deleteFilingReview(a.id, ACTOR);
    await deleteFilingReview(b.id, ACTOR);
    await saveFilingReview(filing({ issuer: '司徒镇人民政府', docNo: '云政发〔2020〕3号' }), null, ACTOR, TODAY);
    await saveFilingReview(filing({ docNo: '云政发〔2020〕5号' }), null, ACTOR, TODAY);

    await restoreRecord('filingReviews', a.id, ACTOR);
    await restoreRecord('filingReviews', b.id, ACTOR);
    expect((await db.filingReviews.get(a.id))!.deleted).toBe(0);
    expect((await db.filingReviews.get(b.id))!.deleted).toBe(0);
  });

  it('goes through once the live filing holding the 文号 is deleted in its turn', async () => {
    const old = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(old.id, ACTOR);
    const taker = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(taker.id, ACTOR);

    await restoreRecord('filingReviews', old.id, ACTOR);
    expect((await db.filingReviews.get(old.id))!.deleted).toBe(0);
  });
});

describe('undoing the deletion of a filing review (撤销上一步)', () => {
  it('is refused, with a message naming the 文号, when the same issuer + 文号 is now on a live filing; nothing is written', async () => {
    const old = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(old.id, ACTOR);
    // A filing that arrived without this office's change log (e.g. merged from another office's records).
    await db.filingReviews.add({ ...old, id: crypto.randomUUID(), title: '云阳街道网格化管理办法（另一份）', deleted: 0 });

    const target = await findUndoTarget();
    expect(target!.summary).toBe('删除备案审查《云阳街道网格化管理办法》（移入回收站）');
    const message = await refusal(() => undoLast(target!.seq, ACTOR));
    expect(message).toMatch(/^不能撤销：/);
    expect(message).toContain('云政发〔2020〕3号');
    expect((await db.filingReviews.get(old.id))!.deleted).toBe(1);
  });

  it('brings it back when its 文号 is free', async () => {
    const old = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(old.id, ACTOR);
    await db.filingReviews.add({ ...old, id: crypto.randomUUID(), issuer: '司徒镇人民政府', deleted: 0 });

    const target = await findUndoTarget();
    await undoLast(target!.seq, ACTOR);
    expect((await db.filingReviews.get(old.id))!.deleted).toBe(0);
  });
});
