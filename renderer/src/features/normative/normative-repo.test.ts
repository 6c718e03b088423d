import { describe, expect, it, vi } from 'vitest';
import type { CleanupResult, NormativeDocument } from '../../../../shared/normative/types';
import { getDb, type FazhiDb } from '../../db/db';
import { batchFields, docFields, filingFields, legalityFields } from '../../db/form-inputs.test-util';
import { snapshot, withFreshDb } from '../../db/test-db';
import { UserError } from '../../db/write';
import {
  addToBatch,
  applyBatch,
  deleteCleanupBatch,
  deleteDocument,
  deleteFilingReview,
  deleteLegalityReview,
  removeFromBatch,
  saveCleanupBatch,
  saveDocument,
  saveFilingReview,
  saveLegalityReview,
  setItemResult,
} from './normative-repo';

const TODAY = '2024-06-30';
const ACTOR = '王五';
const GOV = '丹阳市人民政府';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

async function snapshotAll(): Promise<Record<string, unknown[]>> {
  return snapshot(getDb());
}

/** The action must throw a UserError whose message matches, and leave every table exactly as it was. */
async function expectRefused(action: () => Promise<unknown>, message: RegExp, field?: string): Promise<UserError> {
  const before = await snapshotAll();
  expect(Object.keys(before)).toEqual(
    expect.arrayContaining(['normativeDocuments', 'legalityReviews', 'filingReviews', 'cleanupBatches', 'changeLog']),
  );
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

async function logFor(id: string) {
  return db.changeLog.where('recordId').equals(id).sortBy('seq');
}

async function allLog() {
  return db.changeLog.orderBy('seq').toArray();
}

function addDoc(overrides: Record<string, unknown> = {}): Promise<NormativeDocument> {
  return saveDocument(docFields(overrides), null, ACTOR, TODAY);
}

describe('saveDocument', () => {
  it('reports every bad field at once: two bad fields, two field errors, nothing written', async () => {
    const e = await expectRefused(() => addDoc({ title: '', issuer: '' }), /文件名称不能为空；制定机关不能为空/, 'title');
    expect(e.fieldErrors).toEqual([
      { field: 'title', message: '文件名称不能为空' },
      { field: 'issuer', message: '制定机关不能为空' },
    ]);
  });

  it('the other ledgers of the repository report every bad field too', async () => {
    const legality = await expectRefused(
      () => saveLegalityReview(legalityFields({ title: '', draftingUnit: '' }), null, ACTOR, TODAY, GOV),
      /不能为空；/,
    );
    expect(legality.fieldErrors.map((f) => f.field)).toEqual(['title', 'draftingUnit']);
    const filing = await expectRefused(() => saveFilingReview(filingFields({ title: '', issuer: '' }), null, ACTOR, TODAY), /不能为空；/);
    expect(filing.fieldErrors.map((f) => f.field)).toEqual(['title', 'issuer']);
    const batch = await expectRefused(() => saveCleanupBatch(batchFields({ name: '', completedDate: '2020-13-01' }), null, ACTOR, TODAY), /；/);
    expect(batch.fieldErrors.map((f) => f.field)).toEqual(['name', 'completedDate']);
  });

  it('registers one record with one change-log entry whose after is the record', async () => {
    const d = await addDoc();
    expect(await db.normativeDocuments.toArray()).toEqual([d]);
    expect(d).toMatchObject({
      title: '丹阳市城市管理办法',
      docNo: '丹政发〔2020〕14号',
      docNoKey: `${GOV}|丹政发〔2020〕14号`,
      expiryDate: '2025-02-28',
      status: 'valid',
      deleted: 0,
    });
    expect(d.history).toHaveLength(1);
    expect(d.history[0]).toMatchObject({ kind: 'registered', date: '2020-03-01', recordedBy: ACTOR });

    const log = await allLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ table: 'normativeDocuments', recordId: d.id, action: 'create', actor: ACTOR, before: null, at: d.updatedAt });
    expect(log[0].after).toEqual(d);
  });

  it('edits with exactly one more change-log entry holding before and after, and a history line', async () => {
    const before = await addDoc();
    const after = await saveDocument(docFields({ note: '已核对', status: 'amended' }), before.id, '修改人', TODAY);
    expect(await db.normativeDocuments.toArray()).toEqual([after]);
    expect(after).toMatchObject({ id: before.id, createdAt: before.createdAt, note: '已核对', status: 'amended' });
    expect(after.history.map((h) => h.kind)).toEqual(['registered', 'statusChanged']);

    const log = await logFor(before.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ action: 'update', actor: '修改人' });
    expect(log[1].before).toEqual(before);
    expect(log[1].after).toEqual(after);
  });

  it.each(['丹政发〔2020〕14号', '丹政发[2020]14号', '丹政发［2020］第014号', '丹政发（2020）14 号'])(
    'refuses the 文号 %s when 丹政发〔2020〕14号 of the same issuer is taken, and writes nothing',
    async (docNo) => {
      await addDoc();
      const e = await expectRefused(() => addDoc({ title: '另一个文件', docNo }), /^文号“.+”已被同一制定机关的《丹阳市城市管理办法》使用$/, 'docNo');
      expect(e.message).toContain(docNo);
      expect(await db.normativeDocuments.count()).toBe(1);
      expect(await db.changeLog.count()).toBe(1);
    },
  );

  it('accepts the same 文号 under another issuing body', async () => {
    const a = await addDoc();
    const b = await addDoc({ title: '市场监管局文件', issuer: '丹阳市市场监督管理局', docNo: '丹政发[2020]14号' });
    expect(b.docNoKey).not.toBe(a.docNoKey);
    expect(await db.normativeDocuments.count()).toBe(2);
    expect(await db.changeLog.count()).toBe(2);
  });

  it("lets a document keep its own 文号 but refuses another document's", async () => {
    const a = await addDoc();
    const b = await addDoc({ title: '第二个文件', docNo: '丹政发〔2020〕15号' });
    await saveDocument(docFields({ docNo: '丹政发[2020]14号' }), a.id, ACTOR, TODAY);
    await expectRefused(
      () => saveDocument(docFields({ title: '第二个文件', docNo: '丹政发〔2020〕14号' }), b.id, ACTOR, TODAY),
      /文号“丹政发〔2020〕14号”已被同一制定机关/,
      'docNo',
    );
  });

  it('refuses a 公布日期 later than today, and writes nothing', async () => {
    await addDoc();
    await expectRefused(() => addDoc({ docNo: '丹政发〔2024〕1号', publishDate: '2024-07-01' }), /^公布日期（2024-07-01）晚于今天$/, 'publishDate');
  });

  it('refuses an empty 文号, and writes nothing', async () => {
    await expectRefused(() => addDoc({ docNo: '  ' }), /^文号不能为空$/, 'docNo');
  });
});

describe('saveLegalityReview', () => {
  it('registers a review not yet issued: one record, one change-log entry, no document', async () => {
    const r = await saveLegalityReview(legalityFields(), null, ACTOR, TODAY, GOV);
    expect(await db.legalityReviews.toArray()).toEqual([r]);
    expect(r.documentId).toBeNull();
    expect(await db.normativeDocuments.count()).toBe(0);
    const log = await allLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ table: 'legalityReviews', recordId: r.id, action: 'create', before: null });
    expect(log[0].after).toEqual(r);
  });

  it('refuses an 审核完成日期 before the 送审日期, and writes nothing', async () => {
    await saveLegalityReview(legalityFields(), null, ACTOR, TODAY, GOV);
    await expectRefused(
      () => saveLegalityReview(legalityFields({ completedDate: '2023-04-01' }), null, ACTOR, TODAY, GOV),
      /^审核完成日期（2023-04-01）不能早于送审日期（2023-04-03）$/,
      'completedDate',
    );
  });

  it.each([
    ['送审日期', { submittedDate: '2024-07-01', completedDate: null, opinion: null }, 'submittedDate'],
    ['审核完成日期', { completedDate: '2024-07-01' }, 'completedDate'],
    ['公布日期', { publishDate: '2024-07-01', docNo: '丹政发〔2024〕9号' }, 'publishDate'],
  ] as const)('refuses a %s later than today, and writes nothing', async (label, overrides, field) => {
    await saveLegalityReview(legalityFields(), null, ACTOR, TODAY, GOV);
    await expectRefused(
      () => saveLegalityReview(legalityFields(overrides), null, ACTOR, TODAY, GOV),
      new RegExp(`^${label}（2024-07-01）晚于今天$`),
      field,
    );
  });

  it('issues a 新制定 with a 公布日期: registers the document in the same transaction, one log entry each', async () => {
    const r = await saveLegalityReview(legalityFields({ docNo: '丹政发〔2023〕21号', publishDate: '2023-05-10' }), null, ACTOR, TODAY, GOV);
    const docs = await db.normativeDocuments.toArray();
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect(d).toMatchObject({
      title: '丹阳市机动车停车服务收费办法',
      docNo: '丹政发〔2023〕21号',
      issuer: GOV,
      docNoKey: `${GOV}|丹政发〔2023〕21号`,
      publishDate: '2023-05-10',
      expiryDate: '2028-05-09',
      status: 'valid',
      deleted: 0,
    });
    expect(d.history.map((h) => h.kind)).toEqual(['registered']);
    expect(r.documentId).toBe(d.id);
    expect(await db.legalityReviews.toArray()).toEqual([r]);

    const log = await allLog();
    expect(log.map((e) => [e.table, e.recordId, e.action])).toEqual([
      ['normativeDocuments', d.id, 'create'],
      ['legalityReviews', r.id, 'create'],
    ]);
    expect(log[0].after).toEqual(d);
    expect(log[1].after).toEqual(r);
  });

  it('issues atomically: when the change-log write fails after both records were put, neither the document nor the review is written', async () => {
    let calls = 0;
    // Both entries are added in one request, after both records were put.
    vi.spyOn(db.changeLog, 'bulkAdd').mockImplementation(() => {
      calls += 1;
      return Promise.reject(new Error('磁盘已满')) as never;
    });
    await expect(
      saveLegalityReview(legalityFields({ docNo: '丹政发〔2023〕21号', publishDate: '2023-05-10' }), null, ACTOR, TODAY, GOV),
    ).rejects.toThrow('磁盘已满');
    expect(calls).toBe(1);
    vi.restoreAllMocks();
    const after = await snapshotAll();
    expect(after.normativeDocuments).toEqual([]);
    expect(after.legalityReviews).toEqual([]);
    expect(after.changeLog).toEqual([]);
  });

  it('registers the document only once: later edits of the issued review do not register another', async () => {
    const draft = await saveLegalityReview(legalityFields({ completedDate: null, opinion: null }), null, ACTOR, TODAY, GOV);
    expect(await db.normativeDocuments.count()).toBe(0);

    const issued = await saveLegalityReview(legalityFields({ docNo: '丹政发〔2023〕21号', publishDate: '2023-05-10' }), draft.id, ACTOR, TODAY, GOV);
    const [doc] = await db.normativeDocuments.toArray();
    expect(issued.documentId).toBe(doc.id);
    expect(await db.changeLog.count()).toBe(3);

    // The form sends documentId null for a 新制定; the link to the registered document must survive.
    const edited = await saveLegalityReview(
      legalityFields({ docNo: '丹政发〔2023〕21号', publishDate: '2023-05-10', note: '补充说明' }),
      draft.id,
      ACTOR,
      TODAY,
      GOV,
    );
    expect(edited.documentId).toBe(doc.id);
    expect(await db.normativeDocuments.toArray()).toEqual([doc]);
    const log = await allLog();
    expect(log).toHaveLength(4);
    expect(log[3]).toMatchObject({ table: 'legalityReviews', recordId: draft.id, action: 'update' });
    expect(log[3].before).toEqual(issued);
    expect(log[3].after).toEqual(edited);
  });

  it('refuses to issue a 新制定 under a 文号 the government already uses (other brackets), and writes nothing', async () => {
    await addDoc();
    await expectRefused(
      () => saveLegalityReview(legalityFields({ docNo: '丹政发[2020]第14号', publishDate: '2023-05-10' }), null, ACTOR, TODAY, GOV),
      /文号“丹政发\[2020\]第14号”已被同一制定机关的《丹阳市城市管理办法》使用/,
      'docNo',
    );
  });

  it('issues a 重新修订: the chosen document gets the new 文号 and 公布日期, a revised history line, status 有效', async () => {
    const old = await addDoc({ status: 'amended' });
    const r = await saveLegalityReview(
      legalityFields({ title: '丹阳市城市管理办法', kind: 'revision', documentId: old.id, docNo: '丹政发[2023]30号', publishDate: '2023-05-10' }),
      null,
      ACTOR,
      TODAY,
      GOV,
    );
    expect(r.documentId).toBe(old.id);
    const docs = await db.normativeDocuments.toArray();
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect(d).toMatchObject({
      id: old.id,
      createdAt: old.createdAt,
      issuer: GOV,
      docNo: '丹政发[2023]30号',
      docNoKey: `${GOV}|丹政发〔2023〕30号`,
      publishDate: '2023-05-10',
      expiryDate: '2028-05-09',
      status: 'valid',
    });
    expect(d.history.map((h) => h.kind)).toEqual(['registered', 'revised']);
    expect(d.history[1]).toMatchObject({ date: '2023-05-10', recordedBy: ACTOR });
    expect(d.history[1].detail).toContain('丹政发〔2020〕14号');

    const log = await allLog();
    expect(log.map((e) => [e.table, e.recordId, e.action])).toEqual([
      ['normativeDocuments', old.id, 'create'],
      ['normativeDocuments', old.id, 'update'],
      ['legalityReviews', r.id, 'create'],
    ]);
    expect(log[1].before).toEqual(old);
    expect(log[1].after).toEqual(d);

    // The old 文号 is free again; the new one is taken.
    await addDoc({ title: '另一文件', docNo: '丹政发〔2020〕14号' });
    await expectRefused(() => addDoc({ title: '又一文件', docNo: '丹政发〔2023〕30号' }), /已被同一制定机关的《丹阳市城市管理办法》使用/, 'docNo');
  });

  it('refuses a 重新修订 without the revised document, or with a deleted one, and writes nothing', async () => {
    await expectRefused(
      () => saveLegalityReview(legalityFields({ kind: 'revision', docNo: '丹政发〔2023〕30号', publishDate: '2023-05-10' }), null, ACTOR, TODAY, GOV),
      /被修订文件/,
      'documentId',
    );
    await expectRefused(
      () => saveLegalityReview(legalityFields({ kind: 'revision' }), null, ACTOR, TODAY, GOV),
      /^重新修订须选择被修订的文件$/,
      'documentId',
    );
    const old = await addDoc();
    await deleteDocument(old.id, ACTOR);
    await expectRefused(
      () =>
        saveLegalityReview(
          legalityFields({ kind: 'revision', documentId: old.id, docNo: '丹政发〔2023〕30号', publishDate: '2023-05-10' }),
          null,
          ACTOR,
          TODAY,
          GOV,
        ),
      /^被修订的文件不存在或已删除$/,
      'documentId',
    );
  });
});

describe('saveFilingReview', () => {
  it('registers one record with one change-log entry; an edit adds one more', async () => {
    const f = await saveFilingReview(filingFields(), null, ACTOR, TODAY);
    expect(await db.filingReviews.toArray()).toEqual([f]);
    const g = await saveFilingReview(filingFields({ result: 'resubmit', problems: '缺少听证程序', corrected: true }), f.id, ACTOR, TODAY);
    expect(await db.filingReviews.toArray()).toEqual([g]);
    const log = await logFor(f.id);
    expect(log.map((e) => [e.table, e.action])).toEqual([
      ['filingReviews', 'create'],
      ['filingReviews', 'update'],
    ]);
    expect(log[0].after).toEqual(f);
    expect(log[1].before).toEqual(f);
    expect(log[1].after).toEqual(g);
    expect(await db.changeLog.count()).toBe(2);
  });

  it('refuses a 报备日期 before the 公布日期, and writes nothing', async () => {
    await saveFilingReview(filingFields(), null, ACTOR, TODAY);
    await expectRefused(
      () => saveFilingReview(filingFields({ docNo: '云政发〔2020〕4号', filedDate: '2020-02-20' }), null, ACTOR, TODAY),
      /^报备日期（2020-02-20）不能早于公布日期（2020-03-01）$/,
      'filedDate',
    );
  });

  it('refuses a 报备日期 later than today, and writes nothing', async () => {
    await expectRefused(
      () => saveFilingReview(filingFields({ filedDate: '2024-07-01' }), null, ACTOR, TODAY),
      /^报备日期（2024-07-01）晚于今天$/,
      'filedDate',
    );
  });

  it('refuses the same 文号 of the same issuer filed twice (other brackets), but not under another issuer', async () => {
    await saveFilingReview(filingFields(), null, ACTOR, TODAY);
    await expectRefused(
      () => saveFilingReview(filingFields({ docNo: '云政发[2020]3号' }), null, ACTOR, TODAY),
      /^文号“云政发\[2020\]3号”已由云阳街道办事处报备登记过（报备日期2020-03-20）$/,
      'docNo',
    );
    await saveFilingReview(filingFields({ issuer: '司徒镇人民政府' }), null, ACTOR, TODAY);
    expect(await db.filingReviews.count()).toBe(2);
  });
});

describe('cleanup batches', () => {
  async function docs(n: number): Promise<NormativeDocument[]> {
    const out: NormativeDocument[] = [];
    for (let i = 1; i <= n; i++) out.push(await addDoc({ title: `文件${i}`, docNo: `丹政发〔2019〕${i}号`, publishDate: '2019-03-01' }));
    return out;
  }

  it('creates a batch and changes its items with one change-log entry per write', async () => {
    const [a, b] = await docs(2);
    const start = await db.changeLog.count();
    const batch = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    expect(batch).toMatchObject({ items: [], appliedAt: null });
    const added = await addToBatch(batch.id, [a.id, b.id], ACTOR);
    expect(added.items).toEqual([
      { documentId: a.id, result: null, newExpiry: null },
      { documentId: b.id, result: null, newExpiry: null },
    ]);
    const set = await setItemResult(batch.id, a.id, 'extend', '2026-12-31', ACTOR);
    expect(set.items[0]).toEqual({ documentId: a.id, result: 'extend', newExpiry: '2026-12-31' });
    const removed = await removeFromBatch(batch.id, b.id, ACTOR);
    expect(removed.items.map((i) => i.documentId)).toEqual([a.id]);
    expect(await db.cleanupBatches.toArray()).toEqual([removed]);

    const log = (await allLog()).slice(start);
    expect(log.map((e) => [e.table, e.recordId, e.action])).toEqual([
      ['cleanupBatches', batch.id, 'create'],
      ['cleanupBatches', batch.id, 'update'],
      ['cleanupBatches', batch.id, 'update'],
      ['cleanupBatches', batch.id, 'update'],
    ]);
    expect(log.map((e) => e.after)).toEqual([batch, added, set, removed]);
    expect(log.slice(1).map((e) => e.before)).toEqual([batch, added, set]);
  });

  it('refuses a 清理完成日期 later than today, and writes nothing', async () => {
    await expectRefused(
      () => saveCleanupBatch(batchFields({ completedDate: '2024-07-01' }), null, ACTOR, TODAY),
      /^清理完成日期（2024-07-01）晚于今天$/,
      'completedDate',
    );
  });

  it('refuses a document added twice to one batch, in two calls or in one, and writes nothing', async () => {
    const [a, b] = await docs(2);
    const batch = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    await addToBatch(batch.id, [a.id], ACTOR);
    await expectRefused(() => addToBatch(batch.id, [a.id], ACTOR), /已在清理批次“2020年规范性文件清理”中，不能重复加入/, 'documentId');
    await expectRefused(() => addToBatch(batch.id, [b.id, b.id], ACTOR), /不能重复加入/, 'documentId');
    expect((await db.cleanupBatches.get(batch.id))!.items.map((i) => i.documentId)).toEqual([a.id]);
  });

  it('refuses a result for a document not in the batch, or a new 有效期至 not after the 清理完成日期, and writes nothing', async () => {
    const [a, b] = await docs(2);
    const batch = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    await addToBatch(batch.id, [a.id], ACTOR);
    await expectRefused(() => setItemResult(batch.id, b.id, 'repeal', null, ACTOR), /^该文件不在清理批次中$/, 'items');
    await expectRefused(
      () => setItemResult(batch.id, a.id, 'extend', '2020-12-20', ACTOR),
      /^延长后的有效期至（2020-12-20）必须晚于清理完成日期（2020-12-20）$/,
      'items',
    );
    // A new 有效期至 is kept only for 延长有效期.
    const set = await setItemResult(batch.id, a.id, 'continue', '2026-01-01', ACTOR);
    expect(set.items).toEqual([{ documentId: a.id, result: 'continue', newExpiry: null }]);
  });

  async function readyBatch(results: Array<[CleanupResult, string | null]>) {
    const ds = await docs(results.length);
    const batch = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    await addToBatch(
      batch.id,
      ds.map((d) => d.id),
      ACTOR,
    );
    for (let i = 0; i < results.length; i++) await setItemResult(batch.id, ds[i].id, results[i][0], results[i][1], ACTOR);
    return { ds, batch: (await db.cleanupBatches.get(batch.id))! };
  }

  it('applies every result type to its document, the batch gets appliedAt, all in one transaction with one log entry per record', async () => {
    const results: Array<[CleanupResult, string | null]> = [
      ['continue', null],
      ['extend', '2027-06-30'],
      ['extend', null],
      ['amend', null],
      ['repeal', null],
      ['expire', null],
    ];
    const { ds, batch } = await readyBatch(results);
    const logBefore = await db.changeLog.count();
    const transaction = vi.spyOn(db, 'transaction');

    await applyBatch(batch.id, ACTOR);

    expect(transaction).toHaveBeenCalledTimes(1);
    const stored = await db.normativeDocuments.bulkGet(ds.map((d) => d.id));
    expect(stored.map((d) => d!.status)).toEqual(['valid', 'valid', 'valid', 'amended', 'repealed', 'expired']);
    expect(stored.map((d) => d!.expiryDate)).toEqual(['2024-02-29', '2027-06-30', '2025-12-19', '2024-02-29', '2024-02-29', '2024-02-29']);
    expect(stored[1]!.statedExpiry).toBe('2027-06-30');
    expect(stored[2]!.statedExpiry).toBe('2025-12-19');
    for (const d of stored) {
      expect(d!.history.map((h) => h.kind)).toEqual(['registered', 'cleanup']);
      expect(d!.history[1]).toMatchObject({ date: '2020-12-20', recordedBy: ACTOR });
    }

    const applied = (await db.cleanupBatches.get(batch.id))!;
    expect(applied.appliedAt).toEqual(expect.any(String));
    expect(applied.items).toEqual(batch.items);

    const log = (await allLog()).slice(logBefore);
    expect(log).toHaveLength(ds.length + 1);
    expect(log.map((e) => [e.table, e.recordId, e.action])).toEqual([
      ...ds.map((d) => ['normativeDocuments', d.id, 'update']),
      ['cleanupBatches', batch.id, 'update'],
    ]);
    for (let i = 0; i < ds.length; i++) {
      expect(log[i].before).toEqual(ds[i]);
      expect(log[i].after).toEqual(stored[i]);
    }
    expect(log[ds.length].before).toEqual(batch);
    expect(log[ds.length].after).toEqual(applied);
    expect(new Set(log.map((e) => e.at)).size).toBe(1);
  });

  it('refuses a second apply, and any change to an applied batch, writing nothing', async () => {
    const { ds, batch } = await readyBatch([['repeal', null]]);
    await applyBatch(batch.id, ACTOR);
    await expectRefused(() => applyBatch(batch.id, ACTOR), /已应用到文件库/);
    const other = await addDoc({ docNo: '丹政发〔2019〕99号' });
    await expectRefused(() => addToBatch(batch.id, [other.id], ACTOR), /已应用到文件库/);
    await expectRefused(() => setItemResult(batch.id, ds[0].id, 'continue', null, ACTOR), /已应用到文件库/);
    await expectRefused(() => removeFromBatch(batch.id, ds[0].id, ACTOR), /已应用到文件库/);
    await expectRefused(() => saveCleanupBatch(batchFields({ name: '改名' }), batch.id, ACTOR, TODAY), /已应用到文件库/);
    await expectRefused(() => deleteCleanupBatch(batch.id, ACTOR), /已应用到文件库/);
  });

  it('refuses to apply while a document has no result, and changes no document and not the batch', async () => {
    const { ds, batch } = await readyBatch([
      ['repeal', null],
      ['continue', null],
    ]);
    await setItemResult(batch.id, ds[1].id, null, null, ACTOR);
    const e = await expectRefused(() => applyBatch(batch.id, ACTOR), /《文件2》尚未选择清理结果/);
    expect(e.message).not.toContain('文件1');
    expect(await db.normativeDocuments.bulkGet(ds.map((d) => d.id))).toEqual(ds);
    expect((await db.cleanupBatches.get(batch.id))!.appliedAt).toBeNull();
  });

  it('refuses to apply an empty batch, and writes nothing', async () => {
    const batch = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    await expectRefused(() => applyBatch(batch.id, ACTOR), /中没有文件/);
  });

  it('is atomic: when writing the 2nd document fails, no document and not the batch changed', async () => {
    const { ds, batch } = await readyBatch([
      ['repeal', null],
      ['amend', null],
      ['continue', null],
    ]);
    const before = await snapshotAll();
    // The last request of the transaction fails: the change-log entries, after every document and the batch were put.
    const logAdd = vi.spyOn(db.changeLog, 'bulkAdd').mockImplementation(() => {
      throw new Error('写入失败');
    });
    await expect(applyBatch(batch.id, ACTOR)).rejects.toThrow('写入失败');
    expect(logAdd).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(await snapshotAll()).toEqual(before);
    expect((await db.cleanupBatches.get(batch.id))!.appliedAt).toBeNull();

    // Nothing was half-applied: the batch can still be applied as a whole.
    await applyBatch(batch.id, ACTOR);
    expect((await db.normativeDocuments.bulkGet(ds.map((d) => d.id))).map((d) => d!.status)).toEqual(['repealed', 'amended', 'valid']);
  });
});

describe('soft delete', () => {
  it('frees the 文号: the document stays with deleted = 1, one change-log entry, and the 文号 can be used again', async () => {
    const d = await addDoc();
    await deleteDocument(d.id, '删除人');
    const stored = (await db.normativeDocuments.get(d.id))!;
    expect(stored).toEqual({ ...d, deleted: 1, updatedAt: stored.updatedAt });
    const log = await logFor(d.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ action: 'delete', actor: '删除人', table: 'normativeDocuments' });
    expect(log[1].before).toEqual(d);
    expect(log[1].after).toEqual(stored);

    const again = await addDoc({ docNo: '丹政发[2020]第14号' });
    expect(again.id).not.toBe(d.id);
    expect(await db.normativeDocuments.where('deleted').equals(0).toArray()).toEqual([again]);
    expect(await db.changeLog.count()).toBe(3);
  });

  it('deletes each kind of record with one change-log entry, and refuses a second delete or an edit, writing nothing', async () => {
    const l = await saveLegalityReview(legalityFields(), null, ACTOR, TODAY, GOV);
    const f = await saveFilingReview(filingFields(), null, ACTOR, TODAY);
    const b = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    const d = await addDoc();
    const cases: Array<[string, string, (id: string, actor: string) => Promise<void>]> = [
      ['legalityReviews', l.id, deleteLegalityReview],
      ['filingReviews', f.id, deleteFilingReview],
      ['cleanupBatches', b.id, deleteCleanupBatch],
      ['normativeDocuments', d.id, deleteDocument],
    ];
    for (const [table, id, del] of cases) {
      const count = await db.changeLog.count();
      await del(id, ACTOR);
      expect(await db.changeLog.count()).toBe(count + 1);
      expect((await logFor(id)).at(-1)).toMatchObject({ table, action: 'delete' });
      expect((await db.table(table).get(id)).deleted).toBe(1);
      await expectRefused(() => del(id, ACTOR), /不存在或已删除/);
    }
    await expectRefused(() => saveLegalityReview(legalityFields(), l.id, ACTOR, TODAY, GOV), /不存在或已删除/);
    await expectRefused(() => saveFilingReview(filingFields(), f.id, ACTOR, TODAY), /不存在或已删除/);
    await expectRefused(() => saveCleanupBatch(batchFields(), b.id, ACTOR, TODAY), /不存在或已删除/);
    await expectRefused(() => addToBatch(b.id, [d.id], ACTOR), /不存在或已删除/);
    await expectRefused(() => saveDocument(docFields(), d.id, ACTOR, TODAY), /不存在或已删除/);
  });
});

describe('fixes found by review', () => {
  it('lets a 补充修改后重报 document be filed again under the same 文号, but no other repeat', async () => {
    await saveFilingReview(filingFields({ result: 'resubmit' }), null, ACTOR, TODAY);
    const again = await saveFilingReview(filingFields({ filedDate: '2020-04-10', result: 'filed' }), null, ACTOR, TODAY);
    expect(again.filedDate).toBe('2020-04-10');
    await expectRefused(
      () => saveFilingReview(filingFields({ filedDate: '2020-05-10', publishDate: '2020-03-02' }), null, ACTOR, TODAY),
      /已由云阳街道办事处报备登记过（报备日期2020-04-10）/,
      'docNo',
    );
  });

  it('registers a 新制定 document once, even when its 公布日期 is cleared and entered again', async () => {
    const issued = await saveLegalityReview(legalityFields({ docNo: '丹政规〔2023〕2号', publishDate: '2023-05-01' }), null, ACTOR, TODAY, GOV);
    const cleared = await saveLegalityReview(
      legalityFields({ docNo: '丹政规〔2023〕2号', publishDate: null, documentId: issued.documentId }),
      issued.id,
      ACTOR,
      TODAY,
      GOV,
    );
    await saveLegalityReview(
      legalityFields({ docNo: '丹政规〔2023〕2号', publishDate: '2023-05-02', documentId: cleared.documentId }),
      issued.id,
      ACTOR,
      TODAY,
      GOV,
    );
    expect(await db.normativeDocuments.count()).toBe(1);
  });

  it('refuses to add a document that does not exist or is deleted to a batch', async () => {
    const batch = await saveCleanupBatch(batchFields(), null, ACTOR, TODAY);
    const doc = await addDoc();
    await deleteDocument(doc.id, ACTOR);
    await expectRefused(() => addToBatch(batch.id, [doc.id], ACTOR), /^该文件不存在或已删除$/, 'documentId');
    await expectRefused(() => addToBatch(batch.id, ['no-such-id'], ACTOR), /^该文件不存在或已删除$/, 'documentId');
  });
});
