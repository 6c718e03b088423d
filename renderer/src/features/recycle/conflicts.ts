/**
 * The rules a record must meet to become live again (restore from the recycle bin, or undo of a delete), and the
 * records that still point at one that is to be deleted for good: the registry's rules (shared/ledgers/checks.ts)
 * read over Dexie. Run inside a transaction that includes `conflictTables` / `referenceTables` of the record's table.
 */
import type { Table } from 'dexie';
import { holdingReference, referenceTables as referencingTables, restoreProblem, restoreTables } from '../../../../shared/ledgers/checks';
import type { LedgerTable } from '../../../../shared/ledgers/registry';
import { getDb } from '../../db/db';
import { dexieLookup } from '../../db/ledger-lookup';

/** The tables `liveConflict` reads for a record of `table`. */
export function conflictTables(table: LedgerTable): Table[] {
  const db = getDb();
  return restoreTables(table).map((t) => db.table(t));
}

/**
 * Why `record` cannot be live next to the records that are live now (a 案号 or 文号 taken meanwhile, a linked case
 * gone), or null. The text completes "不能恢复：" / "不能撤销：".
 */
export function liveConflict(table: LedgerTable, record: Record<string, unknown>): Promise<string | null> {
  return restoreProblem(table, record, dexieLookup);
}

/** The tables `liveReference` reads for a record of `table`. */
export function referenceTables(table: LedgerTable): Table[] {
  const db = getDb();
  return referencingTables(table).map((t) => db.table(t));
}

/** A live record that still points at the record `id` (so deleting it for good would leave a dangling link), or null. */
export function liveReference(table: LedgerTable, id: string): Promise<string | null> {
  return holdingReference(table, id, dexieLookup);
}
