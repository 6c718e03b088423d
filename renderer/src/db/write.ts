import type { Table } from 'dexie';
import type { BaseRecord, ChangeAction, ChangeLogEntry } from '../../../shared/record';
import { getDb } from './db';

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** One field's problem, as the validators in shared/ report it. */
export interface FieldMessage {
  field: string;
  message: string;
}

/** An error whose message is meant for the clerk (Chinese, names the field). */
export class UserError extends Error {
  /** Every field's problem, for the form to show each on its field: `field` and the message, or those given. */
  readonly fieldErrors: readonly FieldMessage[];

  constructor(
    message: string,
    readonly field?: string,
    fieldErrors?: readonly FieldMessage[],
  ) {
    super(message);
    this.name = 'UserError';
    this.fieldErrors = fieldErrors ?? (field ? [{ field, message }] : []);
  }

  /** All the problems of a validation in one error: the message lists them all, `field` is the first one's. */
  static ofFields(errors: readonly FieldMessage[]): UserError {
    return new UserError(errors.map((e) => e.message).join('；'), errors[0]?.field, errors);
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
  alsoRead: Table<any, any>[] = [],
): Promise<T> {
  await putAllWithLog([{ table: anyTable(table), record, before, log }], check, alsoRead);
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

export interface PendingWrite {
  table: Table<BaseRecord, string>;
  record: BaseRecord;
  before: BaseRecord | null;
  log: LogInfo;
}

/**
 * Writes several records, each with its change-log entry, in one transaction (e.g. applying a cleanup batch to
 * every document it names). `check` runs first inside the transaction and may throw a UserError to abort all;
 * `alsoRead` names the other tables it reads.
 */
export async function putAllWithLog(
  writes: PendingWrite[],
  check?: () => Promise<void>,
  alsoRead: Table<any, any>[] = [],
): Promise<void> {
  const db = getDb();
  const tables = [...new Set([...writes.map((w) => w.table), ...alsoRead])];
  await db.transaction('rw', [...tables, db.changeLog], async () => {
    // The record may have changed since it was read (another window): refuse rather than overwrite it silently.
    for (const w of writes) {
      if (!w.before) continue;
      const current = await w.table.get(w.record.id);
      if (current && current.updatedAt !== w.before.updatedAt) {
        throw new UserError('该记录刚刚已被修改（可能在另一个窗口），请刷新后重试');
      }
    }
    if (check) await check();
    for (const w of writes) {
      await w.table.put(w.record);
      const entry: ChangeLogEntry = {
        at: w.record.updatedAt,
        actor: w.log.actor,
        table: w.table.name,
        recordId: w.record.id,
        action: w.log.action,
        summary: w.log.summary,
        before: w.before,
        after: w.record,
      };
      await db.changeLog.add(entry);
    }
  });
}

/** A table of some record type, as putAllWithLog takes it. */
export function anyTable<T extends BaseRecord>(table: Table<T, string>): Table<BaseRecord, string> {
  return table as unknown as Table<BaseRecord, string>;
}
