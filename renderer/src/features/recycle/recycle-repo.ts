/**
 * The recycle bin (回收站): every soft-deleted record of every ledger, restorable (when it fits next to the live
 * records) and deletable for good only from here. The change log of a record outlives its permanent deletion.
 */
import type { Table } from 'dexie';
import type { BaseRecord, ChangeLogEntry } from '../../../../shared/record';
import { getDb } from '../../db/db';
import { nowIso, putWithLog, UserError, writeChanges } from '../../db/write';
import { LEDGER_TABLES, ledgerOf, type LedgerTable } from '../../../../shared/ledgers/registry';
import { conflictTables, liveConflict, liveReference, referenceTables } from './conflicts';

export interface RecycleItem {
  table: LedgerTable;
  /** 台账: 行政复议案件, 规范性文件… */
  ledger: string;
  id: string;
  /** 案号, 文号, 《文件名称》… */
  title: string;
  /** When and by whom it was deleted, from the change log (the record's updatedAt and "" when the log has none). */
  deletedAt: string;
  deletedBy: string;
  /** The summary of the deleting entry, e.g. 删除案件 …（移入回收站） or 撤销：登记案件 …. */
  summary: string;
}

function tableOf(table: LedgerTable): Table<BaseRecord, string> {
  return getDb().table(table) as Table<BaseRecord, string>;
}

function titleOf(table: LedgerTable, record: BaseRecord): string {
  return ledgerOf(table)!.title(record);
}

function nameOf(table: LedgerTable): string {
  return ledgerOf(table)!.name;
}

/** The entry that put the record in the bin: its newest entry that left it deleted. */
async function deletingEntry(id: string): Promise<ChangeLogEntry | undefined> {
  const entries = await getDb().changeLog.where('recordId').equals(id).sortBy('seq');
  return entries.reverse().find((e) => (e.after as BaseRecord | null)?.deleted === 1);
}

/** Every record in the bin, the most recently deleted first. */
export async function listRecycleBin(): Promise<RecycleItem[]> {
  const items: RecycleItem[] = [];
  for (const table of LEDGER_TABLES) {
    const deleted = await tableOf(table).where('deleted').equals(1).toArray();
    for (const r of deleted) {
      const entry = await deletingEntry(r.id);
      items.push({
        table,
        ledger: nameOf(table),
        id: r.id,
        title: titleOf(table, r),
        deletedAt: entry?.at ?? r.updatedAt,
        deletedBy: entry?.actor ?? '',
        summary: entry?.summary ?? '',
      });
    }
  }
  return items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
}

/** Takes a record out of the bin, unless its 案号/文号 is now used by a live record (or its case is deleted). */
export async function restoreRecord(table: LedgerTable, id: string, actor: string): Promise<BaseRecord> {
  const t = tableOf(table);
  const before = await t.get(id);
  if (!before) throw new UserError('该记录已不存在（可能已被永久删除）');
  if (!before.deleted) throw new UserError('该记录不在回收站中，无需恢复');
  const record: BaseRecord = { ...before, deleted: 0, updatedAt: nowIso() };
  return putWithLog(
    t,
    record,
    before,
    { actor, action: 'restore', summary: `从回收站恢复${nameOf(table)}：${titleOf(table, before)}` },
    async () => {
      const problem = await liveConflict(table, record as unknown as Record<string, unknown>);
      if (problem) throw new UserError(`不能恢复：${problem}。`);
    },
    conflictTables(table),
  );
}

/**
 * Deletes a record of the bin for good, with a change-log entry (action 'delete', after null). Refused for a live
 * record, and while a live record still points at it.
 */
export async function purgeRecord(table: LedgerTable, id: string, actor: string): Promise<void> {
  const record = await tableOf(table).get(id);
  if (!record) throw new UserError('该记录已不存在（可能已被永久删除）');
  if (!record.deleted) throw new UserError('只能永久删除回收站中的记录，请先删除该记录');
  await writeChanges(
    [{ table, id, record: null, before: record, action: 'delete', summary: `永久删除${nameOf(table)}：${titleOf(table, record)}` }],
    {
      actor,
      staleMessage: '该记录刚刚已被修改或恢复（可能在另一个窗口），请刷新后重试',
      alsoRead: referenceTables(table),
      check: async () => {
        const ref = await liveReference(table, id);
        if (ref) throw new UserError(`不能永久删除：${ref}。请先修改或删除那条记录。`);
      },
    },
  );
}
