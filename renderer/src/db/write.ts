import type { Table } from 'dexie';
import type { BaseRecord, ChangeAction, ChangeLogEntry } from '../../../shared/record';
import { getDb } from './db';

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** An error whose message is meant for the clerk (Chinese, names the field). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export interface LogInfo {
  actor: string;
  action: ChangeAction;
  summary: string;
}

/**
 * Writes one record and its change-log entry in one transaction: either both land or neither.
 * `check` runs inside the transaction (e.g. a uniqueness check) and may throw a UserError to abort.
 */
export async function putWithLog<T extends BaseRecord>(
  table: Table<T, string>,
  record: T,
  before: T | null,
  log: LogInfo,
  check?: () => Promise<void>,
): Promise<T> {
  const db = getDb();
  await db.transaction('rw', table, db.changeLog, async () => {
    if (check) await check();
    await table.put(record);
    const entry: ChangeLogEntry = {
      at: record.updatedAt,
      actor: log.actor,
      table: table.name,
      recordId: record.id,
      action: log.action,
      summary: log.summary,
      before,
      after: record,
    };
    await db.changeLog.add(entry);
  });
  return record;
}

export function stamp<T extends BaseRecord>(record: Omit<T, keyof BaseRecord>, existing?: BaseRecord): T {
  const now = nowIso();
  return {
    ...record,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    deleted: existing?.deleted ?? 0,
  } as T;
}
