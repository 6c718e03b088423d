/**
 * 文件清理 rows. One row = one document of one cleanup batch (清理批次, 批次完成日期, 文件名称, 文号, 清理结果); the rows
 * of a batch become the items of one CleanupBatch record. Key: batch + 文号 (or 文件名称 when there is no 文号).
 *
 * The document must be in the registry (or in the 规范性文件 sheet of the same file): it is found by 文号, or by
 * 文件名称 when the 文号 is blank or shared by several issuers. 清理范围 is the batch's scope (the report's wording).
 * A new batch that is complete — a completion date and a result for every document — is a batch of the past: it is
 * applied to the registry with the import (applyCompletedBatches: the documents' status follows, as applying a batch
 * on its page does), unless the clerk chooses to check it first; a batch left unapplied is listed as still to do.
 * A batch already applied cannot be changed by an import (same rule as the page).
 */
import { chinaDateOf, type DateStr } from '../dates';
import { CLEANUP_RESULT_LABELS, type CleanupBatch, type CleanupItem, type CleanupResult, type NormativeDocument } from '../normative/types';
import { applyCleanup, checkBatchReadyToApply } from '../normative/cleanup';
import { normalizeDocNo } from '../normative/validity';
import { titleKey } from './cells';
import { stampFor, type ImportContext } from './context';
import type { Refs } from './refs';
import type { RowReader } from './rows';

const RESULT_CHOICES: readonly (readonly [CleanupResult, readonly string[]])[] = [
  ['continue', [CLEANUP_RESULT_LABELS.continue, '有效', '保留', '继续保留']],
  ['extend', [CLEANUP_RESULT_LABELS.extend, '延期', '延长', '延长有效期限']],
  ['amend', [CLEANUP_RESULT_LABELS.amend, '修订', '予以修改', '拟修改']],
  ['repeal', [CLEANUP_RESULT_LABELS.repeal, '予以废止', '拟废止']],
  ['expire', [CLEANUP_RESULT_LABELS.expire, '失效', '予以失效']],
];

/** Batches as the import leaves them: before = as stored (null when new), current = with the rows applied. */
export type CleanupState = Map<string, { before: CleanupBatch | null; current: CleanupBatch }>;

export function cleanupKey(r: RowReader): string | null {
  const name = r.text('batchName');
  const docNo = r.text('docNo');
  const title = r.text('title');
  if (!name && !r.hasIssue('batchName')) r.issue('batchName', `${r.header('batchName')}不能为空`);
  if (!docNo && !title && !r.hasIssue('docNo', 'title')) r.issue(r.has('docNo') ? 'docNo' : 'title', '文号和文件名称不能都为空');
  if (!name || (!docNo && !title)) return null;
  return `${titleKey(name)}|${docNo ? normalizeDocNo(docNo) : `t:${titleKey(title)}`}`;
}

function findDocument(r: RowReader, refs: Refs): NormativeDocument | null {
  const docNo = r.text('docNo');
  const title = r.text('title');
  let found = docNo ? refs.documentsByDocNo.getAll(normalizeDocNo(docNo)) : refs.documentsByTitleOnly.getAll(titleKey(title));
  if (found.length > 1 && docNo && title) found = found.filter((d) => titleKey(d.title) === titleKey(title));
  const what = docNo ? `文号为“${docNo}”` : `名称为《${title}》`;
  if (found.length === 0) {
    r.issue(docNo ? 'docNo' : 'title', `文件库中没有${what}的文件，请先登记该文件（或在本文件的规范性文件表中一并导入）`);
    return null;
  }
  if (found.length > 1) {
    r.issue(docNo ? 'docNo' : 'title', `文件库中有${found.length}件${what}的文件，请填写文件名称以区分`);
    return null;
  }
  return found[0];
}

const sameItem = (a: CleanupItem, b: CleanupItem) => a.documentId === b.documentId && a.result === b.result && a.newExpiry === b.newExpiry;

/** Applies one row to its batch; the row's action, or null with the row's issues recorded. */
export function applyCleanupRow(r: RowReader, ctx: ImportContext, refs: Refs, state: CleanupState): 'create' | 'update' | 'unchanged' | null {
  const name = r.text('batchName');
  const scope = r.has('scope') ? r.text('scope') : '';
  const completedDate: DateStr | null = r.has('completedDate') ? r.date('completedDate') : null;
  const result = r.choice('result', RESULT_CHOICES, Object.values(CLEANUP_RESULT_LABELS).join('、'));
  const newExpiryCell = r.has('newExpiry') ? r.date('newExpiry') : null;
  if (!r.ok) return null;
  if (completedDate && completedDate > ctx.today) {
    r.issue('completedDate', `${r.header('completedDate')}（${completedDate}）晚于今天`);
    return null;
  }
  const doc = findDocument(r, refs);
  if (!doc) return null;

  let batch = refs.batches.get(titleKey(name)) ?? null;
  let dateChanged = false;
  let isNew = false;
  if (!batch) {
    isNew = true;
    if (!completedDate) {
      r.issue('completedDate', `新的清理批次“${name}”须填写${r.header('completedDate')}`);
      return null;
    }
    batch = stampFor<CleanupBatch>({ name, scope, completedDate, items: [], appliedAt: null, note: '' }, null, ctx);
  } else {
    if (completedDate && completedDate !== batch.completedDate) {
      if (batch.appliedAt) {
        r.issue('completedDate', `清理批次“${batch.name}”已应用到文件库，完成日期（${batch.completedDate}）不能再修改`);
        return null;
      }
      dateChanged = true;
    }
    if (scope && scope !== batch.scope) {
      if (batch.appliedAt) {
        r.issue('scope', `清理批次“${batch.name}”已应用到文件库，清理范围不能再修改`);
        return null;
      }
      dateChanged = true;
    }
  }
  const batchDate = completedDate ?? batch.completedDate;
  const old = batch.items.find((i) => i.documentId === doc.id) ?? null;
  const newExpiry = result === 'extend' ? (newExpiryCell ?? (old?.result === 'extend' ? old.newExpiry : null)) : null;
  if (newExpiry && newExpiry <= batchDate) {
    r.issue('newExpiry', `延长后的有效期至（${newExpiry}）必须晚于清理完成日期（${batchDate}）`);
    return null;
  }
  const item: CleanupItem = { documentId: doc.id, result, newExpiry };
  if (old && sameItem(old, item) && !dateChanged) return 'unchanged';
  if (batch.appliedAt) {
    r.issue('result', `清理批次“${batch.name}”已于${chinaDateOf(batch.appliedAt)}应用到文件库，不能再修改`);
    return null;
  }
  const items = old ? batch.items.map((i) => (i.documentId === doc.id ? item : i)) : [...batch.items, item];
  const current: CleanupBatch = { ...batch, completedDate: batchDate, scope: scope || batch.scope, items, updatedAt: ctx.now };
  const entry = state.get(batch.id);
  state.set(batch.id, { before: entry ? entry.before : isNew ? null : batch, current });
  refs.batches.set(current);
  return old ? 'update' : 'create';
}

/** A batch the import applies, or why it is left for the clerk. */
export interface CleanupOutcome {
  batch: CleanupBatch;
  /** Applied with the import (appliedAt set, its documents' status changed). */
  applied: boolean;
  /** Why it is left unapplied (not complete, or the clerk chose to check it first), when it is. */
  pending: string | null;
}

/**
 * The batches this import creates, applied when complete (a completion date and a result for every document,
 * checkBatchReadyToApply) unless `keepDrafts`; `documents` finds the documents as the import leaves them. Returns the
 * batches (applied or not) and the documents whose status follows.
 */
export function applyCompletedBatches(
  state: CleanupState,
  documentById: (id: string) => NormativeDocument | undefined,
  ctx: ImportContext,
  keepDrafts: boolean,
): { outcomes: CleanupOutcome[]; documents: NormativeDocument[] } {
  const outcomes: CleanupOutcome[] = [];
  const changed = new Map<string, NormativeDocument>();
  for (const entry of state.values()) {
    const batch = entry.current;
    if (batch.appliedAt) continue;
    if (entry.before) {
      outcomes.push({ batch, applied: false, pending: `清理批次“${batch.name}”尚未应用到文件库，请核对后在批次页面应用` });
      continue;
    }
    const docs = batch.items.map((i) => changed.get(i.documentId) ?? documentById(i.documentId)).filter((d): d is NormativeDocument => !!d);
    const problem = checkBatchReadyToApply(batch, docs);
    if (problem || keepDrafts) {
      outcomes.push({ batch, applied: false, pending: problem ?? `清理批次“${batch.name}”按您的选择未应用到文件库，请核对后在批次页面应用` });
      continue;
    }
    const done = applyCleanup(batch, docs, ctx.actor, ctx.now);
    for (const d of done.documents) changed.set(d.id, { ...d, updatedAt: ctx.now });
    const applied = { ...done.batch, appliedAt: ctx.now, updatedAt: ctx.now };
    entry.current = applied;
    outcomes.push({ batch: applied, applied: true, pending: null });
  }
  return { outcomes, documents: [...changed.values()] };
}
