/**
 * Records a row may refer to, as they will be after the import: the live records already stored, overlaid with
 * the ones the earlier rows of the same file create or update (a 复议文书 row names a case imported a few sheets
 * before; a 清理 row names a document of the 规范性文件 sheet).
 */
import type { BaseRecord } from '../record';
import type { CleanupBatch, FilingReview, NormativeDocument } from '../normative/types';
import type { ReviewCase } from '../review/types';
import { normalizeDocNo, docNoKey } from '../normative/validity';
import { normalizeCaseNo } from '../review/case-number';
import { titleKey } from './cells';

export interface Built<T extends BaseRecord> {
  record: T;
  /** False when the row says what the stored record already says (未变). */
  changed: boolean;
  /** Records of other ledgers the row writes too (a published document registered by its 合法性审核 row). */
  also?: { table: string; record: BaseRecord }[];
  /** A published 合法性审核 whose document is not in the registry: registered with the row, or linked later. */
  documentLink?: DocumentLink;
}

/** How a 合法性审核 row's published document, not yet in the registry, is brought in (the clerk's choice in the preview). */
export interface DocumentLink {
  /** 'register': the row registers it (文号, 公布日期, the government as 制定机关); 'later': the review is kept unlinked. */
  choice: 'register' | 'later';
  /** Registering needs a 文号. */
  canRegister: boolean;
}

/** Live records of one table indexed by a key (several records may share a key), kept current as rows are planned. */
export class KeyedRecords<T extends BaseRecord> {
  private readonly byKey = new Map<string, Map<string, T>>();
  private readonly keyOfId = new Map<string, string>();

  constructor(
    records: readonly T[],
    private readonly keyOf: (r: T) => string,
  ) {
    for (const r of records) this.set(r);
  }

  /** The record with this key (the latest written when several share it). */
  get(key: string): T | undefined {
    const m = this.byKey.get(key);
    if (!m) return undefined;
    let last: T | undefined;
    for (const r of m.values()) last = r;
    return last;
  }

  getAll(key: string): T[] {
    return [...(this.byKey.get(key)?.values() ?? [])];
  }

  /** Adds or replaces a record (by id); records in the 回收站 are left out. */
  set(record: T): void {
    const oldKey = this.keyOfId.get(record.id);
    if (oldKey !== undefined) this.byKey.get(oldKey)?.delete(record.id);
    this.keyOfId.delete(record.id);
    if (record.deleted !== 0) return;
    const key = this.keyOf(record);
    let m = this.byKey.get(key);
    if (!m) {
      m = new Map();
      this.byKey.set(key, m);
    }
    m.set(record.id, record);
    this.keyOfId.set(record.id, key);
  }
}

export interface Refs {
  cases: KeyedRecords<ReviewCase>;
  /** By docNoKey (制定机关 + 文号). */
  documents: KeyedRecords<NormativeDocument>;
  /** By normalised 文号 alone (清理 rows have no 制定机关). */
  documentsByDocNo: KeyedRecords<NormativeDocument>;
  /** By 制定机关 + 文件名称 + 公布日期. */
  documentsByTitle: KeyedRecords<NormativeDocument>;
  /** By 文件名称 alone (清理 rows without 文号). */
  documentsByTitleOnly: KeyedRecords<NormativeDocument>;
  /** By 制定机关 + 文号 (the filings the 备案审查 文号 rule compares, shared/normative/filing-ledger.ts). */
  filingsByDocNo: KeyedRecords<FilingReview>;
  /** By 批次名称. */
  batches: KeyedRecords<CleanupBatch>;
}

export const documentTitleKey = (issuer: string, title: string, publishDate: string) => `${titleKey(issuer)}|${titleKey(title)}|${publishDate}`;
export const filingDocNoKey = (f: Pick<FilingReview, 'issuer' | 'docNo'>) => docNoKey(f.issuer, f.docNo);

export function makeRefs(data: {
  reviewCases: readonly ReviewCase[];
  normativeDocuments: readonly NormativeDocument[];
  filingReviews: readonly FilingReview[];
  cleanupBatches: readonly CleanupBatch[];
}): Refs {
  const docs = data.normativeDocuments;
  return {
    cases: new KeyedRecords(data.reviewCases, (c) => normalizeCaseNo(c.caseNo)),
    documents: new KeyedRecords(docs, (d) => docNoKey(d.issuer, d.docNo)),
    documentsByDocNo: new KeyedRecords(docs, (d) => normalizeDocNo(d.docNo)),
    documentsByTitle: new KeyedRecords(docs, (d) => documentTitleKey(d.issuer, d.title, d.publishDate)),
    documentsByTitleOnly: new KeyedRecords(docs, (d) => titleKey(d.title)),
    filingsByDocNo: new KeyedRecords(data.filingReviews, filingDocNoKey),
    batches: new KeyedRecords(data.cleanupBatches, (b) => titleKey(b.name)),
  };
}

/** Records a planned write in every index of its table. */
export function updateRefs(refs: Refs, table: string, record: BaseRecord): void {
  switch (table) {
    case 'reviewCases':
      refs.cases.set(record as ReviewCase);
      break;
    case 'normativeDocuments':
      for (const idx of [refs.documents, refs.documentsByDocNo, refs.documentsByTitle, refs.documentsByTitleOnly])
        idx.set(record as NormativeDocument);
      break;
    case 'filingReviews':
      refs.filingsByDocNo.set(record as FilingReview);
      break;
    case 'cleanupBatches':
      refs.batches.set(record as CleanupBatch);
      break;
  }
}
