import { applyCleanup, addDocumentToBatch, checkBatchReadyToApply, setCleanupResult } from '../../../../shared/normative/cleanup';
import {
  validateCleanupBatchFields,
  validateDocumentFields,
  validateFilingReviewFields,
  validateLegalityReviewFields,
} from '../../../../shared/normative/schema';
import { documentFromIssuedReview, recordRevision } from '../../../../shared/normative/legality';
import {
  CLEANUP_RESULT_LABELS,
  DOCUMENT_STATUS_LABELS,
  type CleanupBatch,
  type CleanupResult,
  type DocumentEvent,
  type FilingReview,
  type LegalityReview,
  type NormativeDocument,
} from '../../../../shared/normative/types';
import type { DateStr } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { assertUnique } from '../../db/ledger-lookup';
import { anyTable, asOpened, nowIso, putAllWithLog, putWithLog, stamp, UserError, type PendingWrite } from '../../db/write';

function orThrow<T>(result: { ok: true; value: T } | { ok: false; errors: { field: string; message: string }[] }): T {
  if (!result.ok) throw UserError.ofFields(result.errors);
  return result.value;
}

function historyEvent(date: DateStr, kind: DocumentEvent['kind'], detail: string, actor: string): DocumentEvent {
  return { date, kind, detail, recordedBy: actor, recordedAt: nowIso() };
}

/** Registers or edits a document of the registry (文件库). */
export async function saveDocument(
  input: unknown,
  existingId: string | null,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<NormativeDocument> {
  const v = orThrow(validateDocumentFields(input, today));
  const db = getDb();
  const before = existingId ? ((await db.normativeDocuments.get(existingId)) ?? null) : null;
  if (existingId && (!before || before.deleted)) throw new UserError('该文件不存在或已删除');
  const status = v.status ?? before?.status ?? 'valid';
  const history = before ? [...before.history] : [historyEvent(v.publishDate, 'registered', '登记入文件库', actor)];
  if (before && before.status !== status) {
    history.push(
      historyEvent(today, 'statusChanged', `状态由“${DOCUMENT_STATUS_LABELS[before.status]}”改为“${DOCUMENT_STATUS_LABELS[status]}”`, actor),
    );
  } else if (before) {
    history.push(historyEvent(today, 'edited', '修改文件信息', actor));
  }
  const record = stamp<NormativeDocument>(
    {
      title: v.title,
      docNo: v.docNo,
      issuer: v.issuer,
      docNoKey: v.docNoKey,
      publishDate: v.publishDate,
      effectiveDate: v.effectiveDate,
      statedExpiry: v.statedExpiry,
      expiryDate: v.expiryDate,
      status,
      history,
      note: v.note,
    },
    before ?? undefined,
  );
  return putWithLog(
    db.normativeDocuments,
    record,
    before && asOpened(before, openedAt),
    { actor, action: before ? 'update' : 'create', summary: `${before ? '修改' : '登记'}规范性文件《${record.title}》` },
    () => assertUnique('normativeDocuments', record),
  );
}

async function softDelete<T extends { id: string; deleted: 0 | 1; updatedAt: string; createdAt: string }>(
  table: import('dexie').Table<T, string>,
  id: string,
  actor: string,
  summary: (r: T) => string,
): Promise<void> {
  const before = await table.get(id);
  if (!before || before.deleted) throw new UserError('该记录不存在或已删除');
  await putWithLog(table, { ...before, deleted: 1, updatedAt: nowIso() }, before, {
    actor,
    action: 'delete',
    summary: `${summary(before)}（移入回收站）`,
  });
}

export const deleteDocument = (id: string, actor: string) => softDelete(getDb().normativeDocuments, id, actor, (d) => `删除规范性文件《${d.title}》`);
export const deleteLegalityReview = (id: string, actor: string) =>
  softDelete(getDb().legalityReviews, id, actor, (r) => `删除合法性审核《${r.title}》`);
export const deleteFilingReview = (id: string, actor: string) => softDelete(getDb().filingReviews, id, actor, (r) => `删除备案审查《${r.title}》`);
export const deleteCleanupBatch = async (id: string, actor: string) => {
  const batch = await getDb().cleanupBatches.get(id);
  if (batch?.appliedAt) throw new UserError('清理结果已应用到文件库，不能删除该批次');
  return softDelete(getDb().cleanupBatches, id, actor, (b) => `删除清理批次“${b.name}”`);
};

/**
 * Saves a 合法性审核. When its 公布日期 is entered for the first time the document is issued: a 新制定 registers a
 * new document, a 重新修订 records the revision on the existing one — in the same transaction.
 */
export async function saveLegalityReview(
  input: unknown,
  existingId: string | null,
  actor: string,
  today: DateStr,
  issuer: string,
  openedAt?: string,
): Promise<LegalityReview> {
  const v = orThrow(validateLegalityReviewFields(input, today));
  const db = getDb();
  const before = existingId ? ((await db.legalityReviews.get(existingId)) ?? null) : null;
  if (existingId && (!before || before.deleted)) throw new UserError('该审核记录不存在或已删除');
  if (v.kind === 'revision' && !v.documentId) throw new UserError('重新修订须选择被修订的文件', 'documentId');
  const writes: PendingWrite[] = [];
  let documentId = v.documentId ?? before?.documentId ?? null;
  // A 新制定 registers its document once; clearing and re-entering the 公布日期 must not register a second one.
  const issuing = !!v.publishDate && !before?.publishDate && !(v.kind === 'new' && before?.documentId);

  if (issuing) {
    const now = nowIso();
    if (v.kind === 'new') {
      const doc = stamp<NormativeDocument>(documentFromIssuedReview(v, issuer, actor, now));
      documentId = doc.id;
      writes.push({
        table: anyTable(db.normativeDocuments),
        record: doc,
        before: null,
        log: { actor, action: 'create', summary: `公布规范性文件《${doc.title}》并登记入文件库` },
      });
    } else {
      const old = documentId ? await db.normativeDocuments.get(documentId) : undefined;
      if (!old || old.deleted) throw new UserError('被修订的文件不存在或已删除', 'documentId');
      const revised = { ...recordRevision(old, v, actor, now), updatedAt: now };
      writes.push({
        table: anyTable(db.normativeDocuments),
        record: revised,
        before: old,
        log: { actor, action: 'update', summary: `《${old.title}》重新修订后公布` },
      });
    }
  }

  const record = stamp<LegalityReview>({ ...v, documentId }, before ?? undefined);
  writes.push({
    table: anyTable(db.legalityReviews),
    record,
    before: before && asOpened(before, openedAt),
    log: { actor, action: before ? 'update' : 'create', summary: `${before ? '修改' : '登记'}合法性审核《${record.title}》` },
  });
  const issued = writes.find((w) => w.table.name === 'normativeDocuments')?.record as NormativeDocument | undefined;
  await putAllWithLog(writes, async () => {
    if (issued) await assertUnique('normativeDocuments', issued);
  });
  return record;
}

export async function saveFilingReview(
  input: unknown,
  existingId: string | null,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<FilingReview> {
  const v = orThrow(validateFilingReviewFields(input, today));
  const db = getDb();
  const before = existingId ? ((await db.filingReviews.get(existingId)) ?? null) : null;
  if (existingId && (!before || before.deleted)) throw new UserError('该备案记录不存在或已删除');
  const record = stamp<FilingReview>(v, before ?? undefined);
  return putWithLog(
    db.filingReviews,
    record,
    before && asOpened(before, openedAt),
    { actor, action: before ? 'update' : 'create', summary: `${before ? '修改' : '登记'}备案审查《${record.title}》` },
    () => assertUnique('filingReviews', record),
  );
}

export async function saveCleanupBatch(
  input: unknown,
  existingId: string | null,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<CleanupBatch> {
  const v = orThrow(validateCleanupBatchFields(input, today));
  const db = getDb();
  const before = existingId ? ((await db.cleanupBatches.get(existingId)) ?? null) : null;
  if (existingId && (!before || before.deleted)) throw new UserError('该清理批次不存在或已删除');
  if (before?.appliedAt) throw new UserError('清理结果已应用到文件库，批次信息不能再修改');
  const record = stamp<CleanupBatch>({ ...v, items: before?.items ?? [], appliedAt: null }, before ?? undefined);
  return putWithLog(db.cleanupBatches, record, before && asOpened(before, openedAt), {
    actor,
    action: before ? 'update' : 'create',
    summary: `${before ? '修改' : '新建'}清理批次“${record.name}”`,
  });
}

async function loadOpenBatch(batchId: string): Promise<CleanupBatch> {
  const batch = await getDb().cleanupBatches.get(batchId);
  if (!batch || batch.deleted) throw new UserError('该清理批次不存在或已删除');
  if (batch.appliedAt) throw new UserError('清理结果已应用到文件库，批次不能再修改');
  return batch;
}

async function saveItems(before: CleanupBatch, items: CleanupBatch['items'], actor: string, summary: string): Promise<CleanupBatch> {
  const record: CleanupBatch = { ...before, items, updatedAt: nowIso() };
  return putWithLog(getDb().cleanupBatches, record, before, { actor, action: 'update', summary });
}

export async function addToBatch(batchId: string, documentIds: string[], actor: string): Promise<CleanupBatch> {
  const before = await loadOpenBatch(batchId);
  const docs = await getDb().normativeDocuments.bulkGet(documentIds);
  let batch = before;
  for (const [i, id] of documentIds.entries()) {
    const doc = docs[i];
    if (!doc || doc.deleted) throw new UserError('该文件不存在或已删除', 'documentId');
    const result = addDocumentToBatch(batch, id, doc.title);
    if (!result.ok) throw new UserError(result.error, 'documentId');
    batch = result.batch;
  }
  return saveItems(before, batch.items, actor, `清理批次“${before.name}”加入${documentIds.length}件文件`);
}

export async function setItemResult(
  batchId: string,
  documentId: string,
  result: CleanupResult | null,
  newExpiry: DateStr | null,
  actor: string,
): Promise<CleanupBatch> {
  const before = await loadOpenBatch(batchId);
  // The shared rule refuses a document not in the batch and a new 有效期至 not after the completion date.
  const changed = setCleanupResult(before, documentId, result, newExpiry);
  if (!changed.ok) throw new UserError(changed.error, 'items');
  const items = changed.batch.items;
  const doc = await getDb().normativeDocuments.get(documentId);
  return saveItems(
    before,
    items,
    actor,
    `清理批次“${before.name}”：《${doc?.title ?? documentId}》清理结果设为“${result ? CLEANUP_RESULT_LABELS[result] : '未定'}”`,
  );
}

export async function removeFromBatch(batchId: string, documentId: string, actor: string): Promise<CleanupBatch> {
  const before = await loadOpenBatch(batchId);
  const doc = await getDb().normativeDocuments.get(documentId);
  return saveItems(
    before,
    before.items.filter((i) => i.documentId !== documentId),
    actor,
    `清理批次“${before.name}”移出《${doc?.title ?? documentId}》`,
  );
}

/** Applies every result of a batch to the registry: all documents and the batch change in one transaction, or nothing does. */
export async function applyBatch(batchId: string, actor: string): Promise<void> {
  const db = getDb();
  const batch = await loadOpenBatch(batchId);
  const docs = await db.normativeDocuments.bulkGet(batch.items.map((i) => i.documentId));
  const documents = docs.filter((d): d is NormativeDocument => !!d);
  const problem = checkBatchReadyToApply(batch, documents);
  if (problem) throw new UserError(problem);
  const now = nowIso();
  const applied = applyCleanup(batch, documents, actor, now);
  const updated = applied.documents;
  const byId = new Map(documents.map((d) => [d.id, d]));
  const writes: PendingWrite[] = updated.map((d) => ({
    table: anyTable(db.normativeDocuments),
    record: { ...d, updatedAt: now },
    before: byId.get(d.id) ?? null,
    log: { actor, action: 'update', summary: `清理批次“${batch.name}”：《${d.title}》${DOCUMENT_STATUS_LABELS[d.status]}` },
  }));
  const appliedBatch: CleanupBatch = { ...applied.batch, appliedAt: now, updatedAt: now };
  writes.push({
    table: anyTable(db.cleanupBatches),
    record: appliedBatch,
    before: batch,
    log: { actor, action: 'update', summary: `应用清理批次“${batch.name}”的结果（${batch.items.length}件）` },
  });
  await putAllWithLog(writes, async () => {
    const fresh = await db.cleanupBatches.get(batchId);
    if (fresh?.appliedAt) throw new UserError('该批次已经应用过');
  });
}
