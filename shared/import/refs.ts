/**
 * Records a row may refer to, as they will be after the import: the live records already stored, overlaid with
 * the ones the earlier rows of the same file create or update (a 复议文书 row names a case imported a few sheets
 * before; a 清理 row names a document of the 规范性文件 sheet).
 */
import type { BaseRecord } from '../record';
import type { CleanupBatch, FilingReview, NormativeDocument } from '../normative/types';
import type { ReviewCase } from '../review/types';

export interface Built<T extends BaseRecord> {
  record: T;
  /** False when the row says what the stored record already says (未变). */
  changed: boolean;
}

/** A keyed view of one table: key → record, overlaid as rows are planned. */
export class KeyedRecords<T extends BaseRecord> {
  private readonly byKey = new Map<string, T>();
  private readonly byId = new Map<string, T>();

  constructor(records: readonly T[], private readonly keyOf: (r: T) => string) {
    for (const r of records) if (r.deleted === 0) this.set(r);
  }

  get(key: string): T | undefined {
    return this.byKey.get(key);
  }

  set(record: T): void {
    const old = this.byId.get(record.id);
    if (old) this.byKey.delete(this.keyOf(old));
    this.byId.set(record.id, record);
    this.byKey.set(this.keyOf(record), record);
  }

  all(): T[] {
    return [...this.byId.values()];
  }
}

export interface Refs {
  cases: KeyedRecords<ReviewCase>;
  documents: KeyedRecords<NormativeDocument>;
  filings: KeyedRecords<FilingReview>;
  batches: KeyedRecords<CleanupBatch>;
}
