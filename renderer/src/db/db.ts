import Dexie, { type Table } from 'dexie';
import type { ChangeLogEntry } from '../../../shared/record';
import type { AgreementReview } from '../../../shared/agreements/types';
import type { LitigationCase } from '../../../shared/litigation/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../../../shared/normative/types';
import type { ReviewCase, ReviewLetter } from '../../../shared/review/types';
import { awaitingMiddleware } from './awaiting';
import { yearSpanMiddleware } from './year-span';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'fazhi-ledger';

/**
 * The app's one database, its schema built from the migration list (migrations.ts), whose shipped versions never
 * change; IndexedDB is keyed by origin, so the app:// origin must never change.
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
  litigationCases!: Table<LitigationCase, string>;

  /**
   * `upToVersion` declares only the first versions: restoring a backup from an older schema
   * rebuilds it at its own version first, so that Dexie runs every later upgrade on it.
   */
  constructor(name = DB_NAME, upToVersion = SCHEMA_VERSION) {
    super(name);
    this.use(awaitingMiddleware);
    this.use(yearSpanMiddleware);
    for (const m of MIGRATIONS) {
      if (m.version > upToVersion) break;
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

export { SCHEMA_VERSION };

let instance: FazhiDb | null = null;

export function getDb(): FazhiDb {
  if (!instance) instance = new FazhiDb();
  return instance;
}

/** Tests and the restore path swap the database. */
export function setDb(db: FazhiDb): void {
  instance = db;
}
