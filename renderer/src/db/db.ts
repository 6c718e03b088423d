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

/** 多机同步's bookkeeping on this PC (features/sync); none of it is in a backup. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** The revision of a server document that the local record (or settings row) is. */
export interface SyncRevRow {
  docId: string;
  rev: string;
}

/** A document from the server that failed the check: kept aside, never applied. */
export interface SyncInboxRow {
  docId: string;
  rev: string;
  problem: string;
  doc: unknown;
  at: string;
}

/** A document with conflicting versions, waiting for the clerk on the 同步冲突 page. */
export interface SyncConflictRow {
  docId: string;
  table: string;
  recordId: string;
  revs: string[];
  at: string;
}

/**
 * Tables of this PC only, never in a backup nor replaced by a restore: 多机同步's bookkeeping names this PC (its
 * id, its checkpoints in its own PouchDB); carried to another PC by a backup, two PCs would write under one id.
 */
export const LOCAL_ONLY_TABLES: ReadonlySet<string> = new Set(['syncState', 'syncRevs', 'syncInbox', 'syncConflicts']);

/** The tables a backup holds and a restore replaces: every table but the local-only ones. */
export function backedUpTables<T extends { name: string }>(tables: readonly T[]): T[] {
  return tables.filter((t) => !LOCAL_ONLY_TABLES.has(t.name));
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
  syncState!: Table<SyncStateRow, string>;
  syncRevs!: Table<SyncRevRow, string>;
  syncInbox!: Table<SyncInboxRow, string>;
  syncConflicts!: Table<SyncConflictRow, string>;

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
