/**
 * The rules a record must meet to become live again (restore from the recycle bin, or undo of a delete), and the
 * records that still point at one that is to be deleted for good. Run inside a transaction that includes
 * `conflictTables` / `referenceTables` of the record's table.
 */
import type { Table } from 'dexie';
import { normalizeCaseNo } from '../../../../shared/review/case-number';
import { LETTER_KIND_LABELS, type ReviewCase, type ReviewLetter } from '../../../../shared/review/types';
import { docNoKey } from '../../../../shared/normative/validity';
import type { FilingReview, NormativeDocument } from '../../../../shared/normative/types';
import { getDb } from '../../db/db';
import type { LedgerTable } from '../history';

/** The tables `liveConflict` reads for a record of `table`. */
export function conflictTables(table: LedgerTable): Table<any, any>[] {
  const db = getDb();
  if (table === 'reviewLetters') return [db.reviewLetters, db.reviewCases];
  return [db.table(table)];
}

/**
 * Why `record` cannot be live next to the records that are live now (a 案号 or 文号 taken meanwhile, a linked case
 * gone), or null. The text completes "不能恢复：" / "不能撤销：".
 */
export async function liveConflict(table: LedgerTable, record: Record<string, unknown>): Promise<string | null> {
  const db = getDb();
  const id = record.id as string;
  switch (table) {
    case 'reviewCases': {
      const c = record as unknown as ReviewCase;
      const same = await db.reviewCases.where('caseNoKey').equals(c.caseNoKey).toArray();
      const clash = same.find((o) => o.id !== id && o.deleted === 0);
      return clash ? `案号“${c.caseNo}”现在已被另一件案件使用（申请人：${clash.applicant}）。请先修改那件案件的案号` : null;
    }
    case 'reviewLetters': {
      const l = record as unknown as ReviewLetter;
      if (l.caseId) {
        const c = await db.reviewCases.get(l.caseId);
        if (!c || c.deleted) return `该${LETTER_KIND_LABELS[l.kind]}关联的案件已删除。请先恢复该案件`;
      }
      const clash = await db.reviewLetters
        .where('kind')
        .equals(l.kind)
        .filter((o) => o.deleted === 0 && o.id !== id && normalizeCaseNo(o.docNo) === normalizeCaseNo(l.docNo))
        .first();
      return clash ? `文号“${l.docNo}”现在已登记在另一份${LETTER_KIND_LABELS[l.kind]}上` : null;
    }
    case 'normativeDocuments': {
      const d = record as unknown as NormativeDocument;
      if (!d.docNo.trim()) return null;
      const same = await db.normativeDocuments.where('docNoKey').equals(d.docNoKey).toArray();
      const clash = same.find((o) => o.id !== id && o.deleted === 0);
      return clash ? `文号“${d.docNo}”现在已被同一制定机关的《${clash.title}》使用。请先修改那件文件的文号` : null;
    }
    case 'filingReviews': {
      const f = record as unknown as FilingReview;
      if (!f.docNo.trim()) return null;
      const key = docNoKey(f.issuer, f.docNo);
      const clash = (await db.filingReviews.where('publishDate').equals(f.publishDate).toArray()).find(
        (o) => o.id !== id && o.deleted === 0 && docNoKey(o.issuer, o.docNo) === key,
      );
      return clash ? `文号“${f.docNo}”现在已由${f.issuer}报备登记在《${clash.title}》上` : null;
    }
    default:
      return null;
  }
}

/** The tables `liveReference` reads for a record of `table`. */
export function referenceTables(table: LedgerTable): Table<any, any>[] {
  const db = getDb();
  if (table === 'reviewCases') return [db.reviewLetters];
  if (table === 'normativeDocuments') return [db.legalityReviews, db.cleanupBatches];
  return [];
}

/** A live record that still points at the record `id` (so deleting it for good would leave a dangling link), or null. */
export async function liveReference(table: LedgerTable, id: string): Promise<string | null> {
  const db = getDb();
  if (table === 'reviewCases') {
    const letter = await db.reviewLetters.where('caseId').equals(id).filter((l) => l.deleted === 0).first();
    return letter ? `${LETTER_KIND_LABELS[letter.kind]}“${letter.docNo}”关联了此案件` : null;
  }
  if (table === 'normativeDocuments') {
    const review = await db.legalityReviews.where('documentId').equals(id).filter((r) => r.deleted === 0).first();
    if (review) return `合法性审核《${review.title}》关联了此文件`;
    const batch = await db.cleanupBatches.filter((b) => b.deleted === 0 && b.items.some((i) => i.documentId === id)).first();
    if (batch) return `清理批次“${batch.name}”包含此文件`;
  }
  return null;
}
