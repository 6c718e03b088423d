/**
 * 撤销上一步: reverts the newest change of a ledger record by writing its `before` back, as a new change with its own
 * log entry (summary 撤销：…). Rules:
 * - The target is the newest change-log entry that is not itself an undo, has not been undone, and is not a settings
 *   change (those are skipped: they are changed back on the settings page). Pressing again walks further back; an
 *   undo cannot itself be undone.
 * - create → the record goes to the recycle bin (soft delete, restorable); update/step → the old version comes back;
 *   delete → the record comes out of the bin; restore → it goes back in.
 * - Refused, with a message, when the record's current content (all but updatedAt) differs from the entry's `after`,
 *   when bringing a record back would clash with a live one (案号/文号), for permanent deletions, for an import of
 *   an earlier release (one entry for the whole file: restore the backup taken before it instead), and for applying
 *   a cleanup batch (many documents at once).
 * - An import (its own entry, table 'import', is written last; each record it wrote has an entry carrying its id,
 *   written just before in the same transaction) is undone whole: every record it created goes to the 回收站,
 *   every record it updated gets its `before` back, each with its own entry, and one entry for the import itself —
 *   refused, naming the record, when any of them changed since. undoImport does the same from the import's result.
 *   Issuing a 合法性审核 also wrote its registry document in the same transaction: both are undone together.
 * - Everything happens in one transaction, which first checks that the target is still the one the clerk saw.
 */
import type { Table } from 'dexie';
import { IMPORT_TABLE, RESTORE_TABLE, type BaseRecord, type ChangeAction, type ChangeLogEntry } from '../../../../shared/record';
import { getDb } from '../../db/db';
import { changeEntry, nowIso, UserError, writeChanges, type RecordChange } from '../../db/write';
import { liveConflict } from '../recycle';
import { entryTitle, isLedgerTable, LEDGER_TABLES, ledgerOf, type LedgerTable } from './ledgers';
import { AWAITING_FIELD } from '../../db/awaiting';
import { YEAR_SPAN_FIELD } from '../../db/year-span';

/** An undo's log entry names the entry it reverted, so that the next undo walks past both. */
export interface UndoLogEntry extends ChangeLogEntry {
  undoes: number;
}

export interface UndoTarget {
  seq: number;
  at: string;
  actor: string;
  summary: string;
  ledger: string;
  title: string;
  /** Why it cannot be undone, or null when it can. */
  blocked: string | null;
}

const PAGE = 50;
/** How far back to look past undone entries before giving up. */
const SCAN_LIMIT = 2000;

interface Found {
  entry: ChangeLogEntry;
  /** Entries written in the same transaction that must be undone with it. */
  companions: ChangeLogEntry[];
  /** An import's own entry: it writes no record, its records are the companions. */
  isImport: boolean;
  blocked: string | null;
}

type Rec = Record<string, unknown> | null;

function isUndo(e: ChangeLogEntry): boolean {
  return typeof (e as Partial<UndoLogEntry>).undoes === 'number';
}

async function newestUndoable(): Promise<ChangeLogEntry | null> {
  const log = getDb().changeLog;
  const undone = new Set<number>();
  let below: number | null = null;
  for (let scanned = 0; scanned < SCAN_LIMIT; ) {
    const batch: ChangeLogEntry[] = await (below === null ? log.orderBy(':id') : log.where(':id').below(below)).reverse().limit(PAGE).toArray();
    if (batch.length === 0) return null;
    for (const e of batch) {
      scanned++;
      if (isUndo(e)) undone.add((e as UndoLogEntry).undoes);
      else if (!undone.has(e.seq!) && e.table !== 'settings') return e;
    }
    below = batch[batch.length - 1].seq!;
  }
  return null;
}

async function analyse(entry: ChangeLogEntry): Promise<Found> {
  const before = entry.before as Rec;
  const after = entry.after as Rec;
  const found: Found = { entry, companions: [], isImport: false, blocked: null };
  if (entry.table === IMPORT_TABLE) {
    const records = await importedEntries(entry);
    if (records.length === 0) {
      found.blocked = `上一步是从文件导入数据（${entry.summary}），不能撤销；如需还原，请恢复导入前自动做的备份`;
    } else {
      found.isImport = true;
      found.companions = records;
      found.blocked = await changedSinceImport(records);
    }
  } else if (entry.importId) {
    found.blocked = `上一步是从文件导入数据（${entry.summary}），不能单独撤销；如需还原，请恢复导入前自动做的备份`;
  } else if (entry.table === RESTORE_TABLE) {
    found.blocked = `上一步是从备份恢复数据（${entry.summary}），不能撤销；如需还原，请恢复“恢复前”自动做的备份`;
  } else if (!isLedgerTable(entry.table)) {
    found.blocked = '上一步不能撤销';
  } else if (entry.action === 'delete' && after === null) {
    found.blocked = '上一步是永久删除，不能撤销';
  } else if (!after || (!before && entry.action !== 'create')) {
    found.blocked = '上一步不能撤销';
  } else if (entry.table === 'cleanupBatches' && after.appliedAt && !before?.appliedAt) {
    found.blocked = '上一步是应用清理结果，同时修改了多件文件，不能撤销；如需更正，请在文件库中逐件修改';
  } else if (entry.table === 'legalityReviews' && after.publishDate && !before?.publishDate && after.documentId) {
    const prev = await getDb().changeLog.where(':id').below(entry.seq!).reverse().first();
    if (prev && prev.table === 'normativeDocuments' && prev.recordId === after.documentId && !isUndo(prev)) found.companions.push(prev);
    else found.blocked = '上一步公布文件时同时修改了文件库，找不到对应的记录，不能撤销';
  }
  return found;
}

/**
 * The entries of the records an import wrote: those carrying its id, written in its transaction just before its own
 * entry (one bulk add, so their seqs run without a gap up to it). Empty for an import of an earlier release.
 */
async function importedEntries(entry: ChangeLogEntry): Promise<ChangeLogEntry[]> {
  const out: ChangeLogEntry[] = [];
  let below = entry.seq!;
  for (;;) {
    const batch: ChangeLogEntry[] = await getDb().changeLog.where(':id').below(below).reverse().limit(500).toArray();
    for (const e of batch) {
      if (e.importId !== entry.recordId) return out;
      out.push(e);
    }
    if (batch.length < 500) return out;
    below = batch[batch.length - 1].seq!;
  }
}

/** Why an import cannot be undone now: the first record it wrote that is gone or changed since, or null. */
async function changedSinceImport(records: readonly ChangeLogEntry[]): Promise<string | null> {
  const db = getDb();
  const byTable = new Map<string, ChangeLogEntry[]>();
  for (const e of records) byTable.set(e.table, [...(byTable.get(e.table) ?? []), e]);
  for (const [name, list] of byTable) {
    if (!isLedgerTable(name)) return '本次导入写入了无法撤销的内容';
    const current = (await db.table(name).bulkGet(list.map((e) => e.recordId))) as (BaseRecord | undefined)[];
    for (let i = 0; i < list.length; i++) {
      const title = `${ledgerOf(name)?.label ?? name}${entryTitle(list[i])}`;
      if (!current[i]) return `${title}已被永久删除，不能撤销本次导入`;
      if (contentKey(current[i]) !== contentKey(list[i].after)) {
        return `${title}在导入之后又被修改过，不能撤销本次导入；请在修改记录中查看，或恢复导入前自动做的备份`;
      }
    }
  }
  return null;
}

async function findTarget(): Promise<Found | null> {
  const entry = await newestUndoable();
  return entry ? analyse(entry) : null;
}

/** What 撤销上一步 would undo now, or null when there is nothing to undo. */
export async function findUndoTarget(): Promise<UndoTarget | null> {
  const found = await findTarget();
  if (!found) return null;
  const e = found.entry;
  return {
    seq: e.seq!,
    at: e.at,
    actor: e.actor,
    summary: e.summary,
    ledger: ledgerOf(e.table)?.label ?? e.table,
    title: entryTitle(e),
    blocked: found.blocked,
  };
}

/**
 * Key order, `updatedAt` and the index-only `awaiting` flag and `yearSpan` keys (db/awaiting.ts, db/year-span.ts;
 * entries logged before schema versions 3 and 6 lack them) do not make two versions of a record different.
 */
function contentKey(record: unknown): string {
  return JSON.stringify({ ...(record as object), updatedAt: '', [AWAITING_FIELD]: undefined, [YEAR_SPAN_FIELD]: undefined }, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function actionFor(current: BaseRecord, reverted: BaseRecord): ChangeAction {
  if (current.deleted === 0 && reverted.deleted === 1) return 'delete';
  if (current.deleted === 1 && reverted.deleted === 0) return 'restore';
  return 'update';
}

/**
 * Undoes the change the clerk was shown (`expectedSeq`, from findUndoTarget). Returns the summary of what was
 * undone; throws a UserError (and writes nothing) when it cannot.
 */
export async function undoLast(expectedSeq: number, actor: string): Promise<string> {
  const db = getDb();
  return db.transaction('rw', [db.changeLog, ...ledgerTables()], async () => {
    const found = await findTarget();
    if (!found || found.entry.seq !== expectedSeq) throw new UserError('要撤销的上一步已经变化（可能在另一个窗口），请重新查看后再撤销');
    return revert(found, actor);
  });
}

function ledgerTables(): Table<BaseRecord, string>[] {
  const db = getDb();
  return LEDGER_TABLES.map((t) => db.table(t) as Table<BaseRecord, string>);
}

/** Inside the caller's transaction: writes the reverting changes of `found` (and their entries); returns its summary. */
async function revert(found: Found, actor: string): Promise<string> {
  const db = getDb();
  if (found.blocked) throw new UserError(found.blocked);
  const now = nowIso();
  const changes: RecordChange[] = [];
  for (const e of found.isImport ? found.companions : [found.entry, ...found.companions]) {
    const table = db.table(e.table) as Table<BaseRecord, string>;
    const title = entryTitle(e);
    const current = await table.get(e.recordId);
    if (!current) throw new UserError(`${title}已被永久删除，不能撤销`);
    if (contentKey(current) !== contentKey(e.after)) {
      throw new UserError(`${title}在这一步之后又被修改过，不能撤销；请在修改记录中查看`);
    }
    const reverted: BaseRecord = e.action === 'create' ? { ...current, deleted: 1, updatedAt: now } : { ...(e.before as BaseRecord), updatedAt: now };
    if (reverted.deleted === 0) {
      const problem = await liveConflict(e.table as LedgerTable, reverted as unknown as Record<string, unknown>);
      if (problem) throw new UserError(`不能撤销：${problem}。`);
    }
    changes.push({
      table: e.table,
      id: e.recordId,
      record: reverted,
      before: current,
      action: actionFor(current, reverted),
      summary: `撤销：${e.summary}`,
      undoes: e.seq!,
    });
  }
  const extraEntries = found.isImport
    ? [
        changeEntry({
          at: now,
          actor,
          table: IMPORT_TABLE,
          recordId: found.entry.recordId,
          action: 'update',
          summary: `撤销：${found.entry.summary}`,
          before: null,
          after: found.entry.after,
          undoes: found.entry.seq!,
        }),
      ]
    : [];
  // Joins this transaction (its tables are a subset), so the checks above and the writes are one.
  await writeChanges(changes, { actor, extraEntries });
  return found.entry.summary;
}

/** Whether the import `importId` can be undone now (from its result): null when it can, else why not. */
export async function importUndoBlocked(importId: string): Promise<string | null> {
  const found = await findImport(importId);
  return typeof found === 'string' ? found : found.blocked;
}

async function findImport(importId: string): Promise<Found | string> {
  const log = getDb().changeLog;
  const entry = await log
    .where('recordId')
    .equals(importId)
    .filter((e) => e.table === IMPORT_TABLE && !isUndo(e))
    .first();
  if (!entry) return '找不到本次导入的记录';
  if (
    (await log
      .where(':id')
      .above(entry.seq!)
      .filter((e) => (e as Partial<UndoLogEntry>).undoes === entry.seq)
      .count()) > 0
  ) {
    return '本次导入已经撤销';
  }
  return analyse(entry);
}

/**
 * 撤销本次导入 (the import's result page): undoes the import `importId` whatever came after it, as long as every
 * record it wrote is still as it left them. Returns the import's summary; throws a UserError (writing nothing) when it cannot.
 */
export async function undoImport(importId: string, actor: string): Promise<string> {
  const db = getDb();
  return db.transaction('rw', [db.changeLog, ...ledgerTables()], async () => {
    const found = await findImport(importId);
    if (typeof found === 'string') throw new UserError(found);
    return revert(found, actor);
  });
}
