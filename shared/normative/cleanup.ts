/**
 * 清理 (domain.md §2): a batch of registry documents, each given one result; applying the batch updates every
 * document's status in one transaction. The functions here are pure: the caller writes the returned documents
 * and the returned batch (with appliedAt set) together.
 *
 * Result → registry:
 * - 继续有效 (continue): status 有效, 有效期 unchanged;
 * - 延长有效期 (extend): status 有效, statedExpiry = expiryDate = item.newExpiry, or, when none is given, the default
 *   validity (5 years, 2 for 暂行/试行) counted from the batch's completion date, that day being the first day
 *   (validity.ts period rule: completed 2019-12-31 → 2024-12-30);
 * - 修改 (amend): status 已修改;
 * - 废止 (repeal): status 废止;
 * - 宣布失效 (expire): status 失效.
 * Each document gets a 'cleanup' history line dated on the batch's completion date, e.g.
 * "2019年规范性文件清理：继续有效".
 */
import { chinaDateOf, formatChineseDate } from '../dates';
import { defaultValidityYears, validityEnd } from './validity';
import {
  CLEANUP_RESULT_LABELS,
  DOCUMENT_STATUS_LABELS,
  type CleanupBatch,
  type CleanupResult,
  type DocumentStatus,
  type NormativeDocument,
} from './types';

export type BatchChange = { ok: true; batch: CleanupBatch } | { ok: false; error: string };

const RESULT_STATUS: Record<CleanupResult, DocumentStatus> = {
  continue: 'valid',
  extend: 'valid',
  amend: 'amended',
  repeal: 'repealed',
  expire: 'expired',
};

function alreadyApplied(batch: CleanupBatch): string | null {
  return batch.appliedAt ? `清理批次“${batch.name}”已应用到文件库，不能再修改` : null;
}

/** Adds a document (result not yet chosen). Refused when it is already in the batch or the batch was applied. */
export function addDocumentToBatch(batch: CleanupBatch, documentId: string, title?: string): BatchChange {
  const applied = alreadyApplied(batch);
  if (applied) return { ok: false, error: applied };
  if (batch.items.some((i) => i.documentId === documentId)) {
    return { ok: false, error: `${title ? `《${title}》` : '该文件'}已在清理批次“${batch.name}”中，不能重复加入` };
  }
  return { ok: true, batch: { ...batch, items: [...batch.items, { documentId, result: null, newExpiry: null }] } };
}

export function removeDocumentFromBatch(batch: CleanupBatch, documentId: string): BatchChange {
  const applied = alreadyApplied(batch);
  if (applied) return { ok: false, error: applied };
  return { ok: true, batch: { ...batch, items: batch.items.filter((i) => i.documentId !== documentId) } };
}

/** Sets one document's result; a new 有效期至 is kept only for 'extend' and must be after the completion date. */
export function setCleanupResult(
  batch: CleanupBatch,
  documentId: string,
  result: CleanupResult | null,
  newExpiry: string | null = null,
): BatchChange {
  const applied = alreadyApplied(batch);
  if (applied) return { ok: false, error: applied };
  if (!batch.items.some((i) => i.documentId === documentId)) return { ok: false, error: '该文件不在清理批次中' };
  const expiry = result === 'extend' ? newExpiry : null;
  if (expiry && expiry <= batch.completedDate) {
    return { ok: false, error: `延长后的有效期至（${expiry}）必须晚于清理完成日期（${batch.completedDate}）` };
  }
  const items = batch.items.map((i) => (i.documentId === documentId ? { ...i, result, newExpiry: expiry } : i));
  return { ok: true, batch: { ...batch, items } };
}

const MAX_NAMED = 5;
/** "《A》、《B》等N件" (at most MAX_NAMED titles named). */
function nameList(titles: string[]): string {
  const shown = titles
    .slice(0, MAX_NAMED)
    .map((t) => `《${t}》`)
    .join('、');
  return titles.length > MAX_NAMED ? `${shown}等${titles.length}件` : shown;
}

/**
 * Why the batch cannot be applied yet, in Chinese (all problems, joined by '；'), or null when it can: the batch
 * is live and not yet applied; it holds at least one document, none twice; every document exists and is not in
 * the 回收站; every item has a result; a document already 废止 or 失效 cannot be confirmed 继续有效, extended or
 * amended (it is no longer in force); a new 有效期至 must be after the completion date.
 */
export function checkBatchReadyToApply(batch: CleanupBatch, documents: readonly NormativeDocument[]): string | null {
  if (batch.deleted === 1) return `清理批次“${batch.name}”在回收站中，不能应用`;
  const applied = alreadyApplied(batch);
  if (applied) return `清理批次“${batch.name}”已于${chinaDateOf(batch.appliedAt!)}应用到文件库，不能重复应用`;
  if (batch.items.length === 0) return `清理批次“${batch.name}”中没有文件`;
  const byId = new Map(documents.map((d) => [d.id, d]));
  const problems: string[] = [];
  const missing: string[] = [];
  const deleted: string[] = [];
  const noResult: string[] = [];
  const dead: string[] = [];
  const badExpiry: string[] = [];
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const item of batch.items) {
    const doc = byId.get(item.documentId);
    const title = doc?.title ?? item.documentId;
    if (seen.has(item.documentId)) twice.push(title);
    seen.add(item.documentId);
    if (!doc) {
      missing.push(item.documentId);
      continue;
    }
    if (doc.deleted === 1) deleted.push(title);
    if (!item.result) noResult.push(title);
    else if (
      (doc.status === 'repealed' || doc.status === 'expired') &&
      RESULT_STATUS[item.result] !== 'repealed' &&
      RESULT_STATUS[item.result] !== 'expired'
    ) {
      dead.push(`《${title}》已${DOCUMENT_STATUS_LABELS[doc.status]}，不能${CLEANUP_RESULT_LABELS[item.result]}`);
    }
    if (item.result === 'extend' && item.newExpiry && item.newExpiry <= batch.completedDate) badExpiry.push(title);
  }
  if (twice.length) problems.push(`${nameList(twice)}重复加入`);
  if (missing.length) problems.push(`${missing.length}件文件在文件库中不存在`);
  if (deleted.length) problems.push(`${nameList(deleted)}在回收站中`);
  if (noResult.length) problems.push(`${nameList(noResult)}尚未选择清理结果`);
  problems.push(...dead);
  if (badExpiry.length) problems.push(`${nameList(badExpiry)}延长后的有效期至必须晚于清理完成日期（${batch.completedDate}）`);
  return problems.length ? problems.join('；') : null;
}

export interface AppliedCleanup {
  /** The documents of the batch, updated, in batch item order. */
  documents: NormativeDocument[];
  /** The batch with appliedAt = nowIso. */
  batch: CleanupBatch;
}

/** Applies the batch's results (throws the checkBatchReadyToApply message when it is not ready). */
export function applyCleanup(batch: CleanupBatch, documents: readonly NormativeDocument[], actor: string, nowIso: string): AppliedCleanup {
  const problem = checkBatchReadyToApply(batch, documents);
  if (problem) throw new Error(problem);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const updated = batch.items.map((item) => {
    const doc = byId.get(item.documentId)!;
    const result = item.result!;
    let detail = `${batch.name}：${CLEANUP_RESULT_LABELS[result]}`;
    let { expiryDate, statedExpiry } = doc;
    if (result === 'extend') {
      expiryDate = statedExpiry = item.newExpiry ?? validityEnd(batch.completedDate, defaultValidityYears(doc.title));
      detail += `，有效期至${formatChineseDate(expiryDate)}`;
    }
    return {
      ...doc,
      status: RESULT_STATUS[result],
      expiryDate,
      statedExpiry,
      updatedAt: nowIso,
      history: [...doc.history, { date: batch.completedDate, kind: 'cleanup' as const, detail, recordedBy: actor, recordedAt: nowIso }],
    };
  });
  return { documents: updated, batch: { ...batch, appliedAt: nowIso, updatedAt: nowIso } };
}
