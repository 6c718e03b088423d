import Dexie, { type Table } from 'dexie';
import type { ChangeLogEntry } from '../../../shared/record';
import type { ReviewCase, ReviewLetter } from '../../../shared/review/types';

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

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      reviewCases:
        'id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt',
      reviewLetters: 'id, caseId, issueDate, kind, deleted',
      changeLog: '++seq, at, table, recordId',
      settings: 'key',
    });
  }
}

export const SCHEMA_VERSION = 1;

let instance: FazhiDb | null = null;

export function getDb(): FazhiDb {
  if (!instance) instance = new FazhiDb();
  return instance;
}

/** Tests and the restore path swap the database. */
export function setDb(db: FazhiDb): void {
  instance = db;
}
