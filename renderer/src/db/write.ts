import type { Table } from 'dexie';
import type { BaseRecord, ChangeAction, ChangeLogEntry, ChangeOrigin } from '../../../shared/record';
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

/**
 * The one change-log writer (全过程留痕). Every write of the app goes through `writeChanges` — forms, settings, undo,
 * 回收站, import — or, for a restore that replaces every table at once, through `appendEntries` inside the restore's
 * own transaction. No other module adds to the change log (a unit test reads the sources to keep it so), so every
 * entry has the one shape built by `changeEntry`, and a record and its entry always land together or not at all.
 */

/** One ledger record written (or, with `record: null`, deleted for good), and how the change log names it. */
export interface RecordChange {
  table: string;
  id: string;
  /** The version to store; null deletes the row for good (its entry keeps `before`). */
  record: BaseRecord | null;
  /**
   * The stored version this change was computed from, or null for a new record. The write is refused when the stored
   * version is no longer this one (another window saved meanwhile, or the record is gone): never a silent overwrite.
   */
  before: BaseRecord | null;
  action: ChangeAction;
  summary: string;
  /** On an undo (撤销上一步): the seq of the entry it reverts. */
  undoes?: number;
}

/** The settings row `key` replaced by `value`; the entry keeps the old and the new value. */
export interface SettingsChange {
  table: 'settings';
  key: string;
  value: unknown;
  summary: string;
}

export type Change = RecordChange | SettingsChange;

export interface WriteOptions {
  actor: string;
  /** Runs inside the transaction after the stale-write check and before any write; a UserError aborts everything. */
  check?: () => Promise<void>;
  /** Tables `check` reads besides the ones written. */
  alsoRead?: Table[];
  /** Entries of an import carry its id, so that a record's history finds them through its own index. */
  importId?: string;
  /** Entries written after the changes' own (e.g. an import's summary entry), in the same transaction. */
  extraEntries?: ChangeLogEntry[];
  /** Further writes of the same transaction that are not ledger records (e.g. remembered import layouts). */
  alsoWrite?: () => Promise<void>;
  /** The message of a refused stale write (the default speaks of one record). */
  staleMessage?: string;
  /**
   * A change that arrived from another PC through the sync server: its entries name that PC (and `actor` is the
   * clerk there), and the sync outbox does not send them back (features/sync).
   */
  origin?: ChangeOrigin;
  /** Tables `alsoWrite` writes besides the settings (e.g. the sync bookkeeping). */
  alsoWriteTables?: Table[];
}

export const STALE_WRITE_MESSAGE = '该记录刚刚已被修改（可能在另一个窗口），请刷新后重试';

/** A write refused because the record changed since it was read (or since the form was opened): nothing was written. */
export class StaleWriteError extends UserError {
  constructor(message = STALE_WRITE_MESSAGE) {
    // Still named UserError: to everything but the form that offers a reload, it is one more refusal with its message.
    super(message);
  }
}

/**
 * The stored version as the clerk's form saw it: `openedAt` is the `updatedAt` the form was opened with. Passed as a
 * change's `before`, it makes writeChanges refuse the save when the record was changed meanwhile (another window saved
 * it), instead of overwriting that change with the form's older picture.
 */
export function asOpened<T extends BaseRecord>(stored: T, openedAt: string | undefined): T {
  return openedAt === undefined || openedAt === stored.updatedAt ? stored : { ...stored, updatedAt: openedAt };
}

/** The one shape of a change-log entry. */
export function changeEntry(fields: {
  at: string;
  actor: string;
  table: string;
  recordId: string;
  action: ChangeAction;
  summary: string;
  before: unknown;
  after: unknown;
  undoes?: number;
  importId?: string;
  origin?: ChangeOrigin;
}): ChangeLogEntry {
  const entry: ChangeLogEntry = {
    at: fields.at,
    actor: fields.actor,
    table: fields.table,
    recordId: fields.recordId,
    action: fields.action,
    summary: fields.summary,
    before: fields.before,
    after: fields.after,
  };
  if (fields.undoes !== undefined) entry.undoes = fields.undoes;
  if (fields.importId !== undefined) entry.importId = fields.importId;
  if (fields.origin !== undefined) entry.origin = fields.origin;
  return entry;
}

/** Adds entries to the change log; must run inside a transaction that includes `changeLog` (the caller's). */
export async function appendEntries(entries: ChangeLogEntry[]): Promise<void> {
  if (entries.length === 1) await getDb().changeLog.add(entries[0]);
  else if (entries.length > 1) await getDb().changeLog.bulkAdd(entries);
}

function isSettings(change: Change): change is SettingsChange {
  return change.table === 'settings';
}

/**
 * Writes the changes and one change-log entry for each in ONE transaction: all of them land, or none (a stale
 * version, a failed `check`, a full disk). Records are put table by table in bulk, so an import of thousands of rows
 * costs one request per table rather than one per row.
 */
export async function writeChanges(changes: Change[], opts: WriteOptions): Promise<void> {
  const db = getDb();
  const records = changes.filter((c): c is RecordChange => !isSettings(c));
  const settings = changes.filter(isSettings);
  const written = [...new Set(records.map((c) => c.table))].map((name) => db.table(name));
  const tables = [
    ...new Set([
      ...written,
      ...(opts.alsoRead ?? []),
      ...(settings.length || opts.alsoWrite ? [db.settings] : []),
      ...(opts.alsoWriteTables ?? []),
      db.changeLog,
    ]),
  ];
  await db.transaction('rw', tables, async () => {
    await refuseStale(records, opts.staleMessage ?? STALE_WRITE_MESSAGE);
    if (opts.check) await opts.check();
    const now = nowIso();
    const entries: ChangeLogEntry[] = [];
    const byTable = new Map<string, { puts: BaseRecord[]; deletes: string[] }>();
    for (const c of records) {
      const group = byTable.get(c.table) ?? { puts: [], deletes: [] };
      if (c.record) group.puts.push(c.record);
      else group.deletes.push(c.id);
      byTable.set(c.table, group);
      entries.push(
        changeEntry({
          at: c.record?.updatedAt ?? now,
          actor: opts.actor,
          table: c.table,
          recordId: c.id,
          action: c.action,
          summary: c.summary,
          before: c.before,
          after: c.record,
          undoes: c.undoes,
          importId: opts.importId,
          origin: opts.origin,
        }),
      );
    }
    for (const [name, group] of byTable) {
      const table = db.table(name) as Table<BaseRecord, string>;
      if (group.puts.length === 1) await table.put(group.puts[0]);
      else if (group.puts.length > 1) await table.bulkPut(group.puts);
      if (group.deletes.length) await table.bulkDelete(group.deletes);
    }
    for (const s of settings) {
      const old = await db.settings.get(s.key);
      await db.settings.put({ key: s.key, value: s.value });
      entries.push(
        changeEntry({
          at: now,
          actor: opts.actor,
          table: 'settings',
          recordId: s.key,
          action: 'settings',
          summary: s.summary,
          before: old?.value ?? null,
          after: s.value,
          importId: opts.importId,
          origin: opts.origin,
        }),
      );
    }
    if (opts.alsoWrite) await opts.alsoWrite();
    await appendEntries([...entries, ...(opts.extraEntries ?? [])]);
  });
}

/** Inside the transaction: every record a change was computed from must still be stored exactly as it was read. */
async function refuseStale(changes: RecordChange[], message: string): Promise<void> {
  const db = getDb();
  const byTable = new Map<string, RecordChange[]>();
  for (const c of changes) {
    if (!c.before) continue;
    byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  }
  for (const [name, list] of byTable) {
    const current = (await db.table(name).bulkGet(list.map((c) => c.id))) as (BaseRecord | undefined)[];
    list.forEach((c, i) => {
      if (current[i]?.updatedAt !== c.before!.updatedAt) throw new StaleWriteError(message);
    });
  }
}

export interface LogInfo {
  actor: string;
  action: ChangeAction;
  summary: string;
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

/** One record and its change-log entry (see writeChanges). `check` runs inside the transaction and may throw a UserError. */
export async function putWithLog<T extends BaseRecord>(
  table: Table<T, string>,
  record: T,
  before: T | null,
  log: LogInfo,
  check?: () => Promise<void>,
  alsoRead: Table[] = [],
): Promise<T> {
  await putAllWithLog([{ table: anyTable(table), record, before, log }], check, alsoRead);
  return record;
}

/**
 * Several records, each with its change-log entry, in one transaction (e.g. applying a cleanup batch to every
 * document it names), through writeChanges. `alsoRead` names the other tables `check` reads.
 */
export async function putAllWithLog(writes: PendingWrite[], check?: () => Promise<void>, alsoRead: Table[] = []): Promise<void> {
  // One actor per transaction: the forms write as the current user.
  const actor = writes[0]?.log.actor ?? '';
  await writeChanges(
    writes.map((w) => ({ table: w.table.name, id: w.record.id, record: w.record, before: w.before, action: w.log.action, summary: w.log.summary })),
    { actor, check, alsoRead },
  );
}

/** A table of some record type, as putAllWithLog takes it. */
export function anyTable<T extends BaseRecord>(table: Table<T, string>): Table<BaseRecord, string> {
  return table as unknown as Table<BaseRecord, string>;
}
