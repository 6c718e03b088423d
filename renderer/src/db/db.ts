import Dexie, { type Table } from 'dexie';
import type { ChangeLogEntry } from '../../../shared/record';
import type { AgreementReview } from '../../../shared/agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../../../shared/normative/types';
import type { ReviewCase, ReviewLetter } from '../../../shared/review/types';
import { AWAITING_FIELD, AWAITING_RULES, awaitingMiddleware, markAwaiting } from './awaiting';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'fazhi-ledger';

/**
 * The app's one database. Every `version(n)` stays here forever and later versions only add
 * (design.md); IndexedDB is keyed by origin, so the app:// origin must never change.
 */
export class FazhiDb extends Dexie {
  reviewCases!: Table<ReviewCase, string>;
  reviewLetters!: Table<ReviewLetter, string>;
  changeLog!: Table<ChangeLogEntry, number>;
  settings!: Table<SettingRow, string>;
  normativeDocuments!: Table<NormativeDocument, string>;
  legalityReviews!: Table<LegalityReview, string>;
  filingReviews!: Table<FilingReview, string>;
  cleanupBatches!: Table<CleanupBatch, string>;
  agreementReviews!: Table<AgreementReview, string>;

  /**
   * `upToVersion` declares only the first versions: restoring a backup from an older schema
   * rebuilds it at its own version first, so that Dexie runs every later upgrade on it. Each
   * new version goes after an `if (upToVersion < n) return;` line.
   */
  constructor(name = DB_NAME, upToVersion = SCHEMA_VERSION) {
    super(name);
    this.use(awaitingMiddleware);
    this.version(1).stores({
      reviewCases:
        'id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt',
      reviewLetters: 'id, caseId, issueDate, kind, deleted',
      changeLog: '++seq, at, table, recordId',
      settings: 'key',
    });
    if (upToVersion < 2) return;
    // 规范性文件 and 行政协议 ledgers.
    this.version(2).stores({
      normativeDocuments: 'id, docNoKey, issuer, publishDate, expiryDate, status, deleted',
      legalityReviews: 'id, submittedDate, completedDate, publishDate, documentId, deleted',
      filingReviews: 'id, filedDate, publishDate, deleted',
      cleanupBatches: 'id, completedDate, deleted',
      agreementReviews: 'id, receivedDate, opinionDate, signingCapacity, category, handler, deleted',
    });
    if (upToVersion < 3) return;
    // The 'awaiting' index (awaiting.ts): 待办 reads the open records only. Every index of version 2 stays.
    this.version(3)
      .stores({
        reviewLetters: `id, caseId, issueDate, kind, deleted, ${AWAITING_FIELD}`,
        legalityReviews: `id, submittedDate, completedDate, publishDate, documentId, deleted, ${AWAITING_FIELD}`,
        agreementReviews: `id, receivedDate, opinionDate, signingCapacity, category, handler, deleted, ${AWAITING_FIELD}`,
      })
      .upgrade(async (tx) => {
        for (const name of Object.keys(AWAITING_RULES)) {
          await tx.table(name).toCollection().modify((record: object) => markAwaiting(name, record));
        }
      });
  }
}

export const SCHEMA_VERSION = 3;

let instance: FazhiDb | null = null;

export function getDb(): FazhiDb {
  if (!instance) instance = new FazhiDb();
  return instance;
}

/** Tests and the restore path swap the database. */
export function setDb(db: FazhiDb): void {
  instance = db;
}
