/**
 * The database schema as data: every version the app ever shipped, in order. An entry is never edited once it has
 * shipped (installed databases were built by it; `migrations.test.ts` keeps frozen copies): a change of schema is a
 * new entry at the end, which only adds (a table, an index) and whose upgrade is idempotent. `SCHEMA_VERSION` is the
 * last entry's version.
 */
import type { Transaction } from 'dexie';
import { AWAITING_FIELD, AWAITING_RULES, markAwaiting } from './awaiting';
import { markYearSpan, YEAR_SPAN_FIELD } from './year-span';

export interface Migration {
  version: number;
  /** Dexie's `stores()` argument: the tables this version adds or whose indexes it changes. */
  stores: Record<string, string>;
  /** Brings rows written under the previous version up to this one; must be safe to run twice. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** The tables version 6 indexes by year (a ledger added later derives the field from its own version on). */
const YEAR_SPAN_TABLES = [
  'reviewCases',
  'reviewLetters',
  'normativeDocuments',
  'legalityReviews',
  'filingReviews',
  'cleanupBatches',
  'agreementReviews',
  'litigationCases',
];

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      reviewCases: 'id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt',
      reviewLetters: 'id, caseId, issueDate, kind, deleted',
      changeLog: '++seq, at, table, recordId',
      settings: 'key',
    },
  },
  {
    // 规范性文件 and 行政协议 ledgers.
    version: 2,
    stores: {
      normativeDocuments: 'id, docNoKey, issuer, publishDate, expiryDate, status, deleted',
      legalityReviews: 'id, submittedDate, completedDate, publishDate, documentId, deleted',
      filingReviews: 'id, filedDate, publishDate, deleted',
      cleanupBatches: 'id, completedDate, deleted',
      agreementReviews: 'id, receivedDate, opinionDate, signingCapacity, category, handler, deleted',
    },
  },
  {
    // The 'awaiting' index (awaiting.ts): 待办 reads the open records only. Every index of version 2 stays.
    version: 3,
    stores: {
      reviewLetters: `id, caseId, issueDate, kind, deleted, ${AWAITING_FIELD}`,
      legalityReviews: `id, submittedDate, completedDate, publishDate, documentId, deleted, ${AWAITING_FIELD}`,
      agreementReviews: `id, receivedDate, opinionDate, signingCapacity, category, handler, deleted, ${AWAITING_FIELD}`,
    },
    upgrade: async (tx) => {
      // Only the tables this version indexes: a ledger added later has its table (and rule) only from its own version.
      for (const name of ['reviewLetters', 'legalityReviews', 'agreementReviews'].filter((t) => Object.hasOwn(AWAITING_RULES, t))) {
        await tx
          .table(name)
          .toCollection()
          .modify((record: object) => markAwaiting(name, record));
      }
    },
  },
  {
    // 行政应诉 (litigationCases): the index string of shared/litigation/litigation-ledger.ts.
    version: 4,
    stores: {
      litigationCases: `id, caseNoKey, receivedDate, concludedDate, court, defendantKind, earlierInstanceId, reviewCaseId, handler, deleted, ${AWAITING_FIELD}`,
    },
  },
  {
    // 多机同步 (features/sync): this PC's sync bookkeeping, never in a backup. syncState: key → value (the PC's id,
    // checkpoints, the server address); syncRevs: a record document's revision that the local record is; syncInbox:
    // documents from the server that failed the check, kept aside; syncConflicts: documents in conflict.
    version: 5,
    stores: {
      syncState: 'key',
      syncRevs: 'docId',
      syncInbox: 'docId, at',
      syncConflicts: 'docId, table, at',
    },
  },
  {
    // The multi-entry 'yearSpan' index (year-span.ts) on every ledger: a year's figures and export read that year's
    // records and the open ones, not every record of every year. Every index of the earlier versions stays.
    version: 6,
    stores: {
      reviewCases: `id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt, *${YEAR_SPAN_FIELD}`,
      reviewLetters: `id, caseId, issueDate, kind, deleted, ${AWAITING_FIELD}, *${YEAR_SPAN_FIELD}`,
      normativeDocuments: `id, docNoKey, issuer, publishDate, expiryDate, status, deleted, *${YEAR_SPAN_FIELD}`,
      legalityReviews: `id, submittedDate, completedDate, publishDate, documentId, deleted, ${AWAITING_FIELD}, *${YEAR_SPAN_FIELD}`,
      filingReviews: `id, filedDate, publishDate, deleted, *${YEAR_SPAN_FIELD}`,
      cleanupBatches: `id, completedDate, deleted, *${YEAR_SPAN_FIELD}`,
      agreementReviews: `id, receivedDate, opinionDate, signingCapacity, category, handler, deleted, ${AWAITING_FIELD}, *${YEAR_SPAN_FIELD}`,
      litigationCases: `id, caseNoKey, receivedDate, concludedDate, court, defendantKind, earlierInstanceId, reviewCaseId, handler, deleted, ${AWAITING_FIELD}, *${YEAR_SPAN_FIELD}`,
    },
    upgrade: async (tx) => {
      for (const name of YEAR_SPAN_TABLES) {
        await tx
          .table(name)
          .toCollection()
          .modify((record: object) => markYearSpan(name, record));
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Every table of the current schema with its index string (the last version that declared it). */
export function currentStores(upToVersion = SCHEMA_VERSION): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of MIGRATIONS) if (m.version <= upToVersion) Object.assign(out, m.stores);
  return out;
}
