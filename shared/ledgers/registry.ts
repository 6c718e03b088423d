/**
 * Every ledger of the app, one line each, in the order they are imported (later ones refer to earlier ones) and
 * exported. Whatever spans ledgers — backup, restore, 回收站, undo, 修改记录, import, export, 待办, 年度统计 —
 * iterates this list. Adding a ledger: README.md "Adding a ledger".
 */
import { agreementLedger } from '../agreements/agreement-ledger';
import { litigationLedger } from '../litigation/litigation-ledger';
import { cleanupLedger } from '../normative/cleanup-ledger';
import { documentLedger } from '../normative/document-ledger';
import { filingLedger } from '../normative/filing-ledger';
import { legalityLedger } from '../normative/legality-ledger';
import { caseLedger } from '../review/case-ledger';
import { letterLedger } from '../review/letter-ledger';
import type { LedgerDefinition } from './definition';

export const LEDGERS = [
  caseLedger,
  letterLedger,
  documentLedger,
  legalityLedger,
  filingLedger,
  cleanupLedger,
  agreementLedger,
  litigationLedger,
] as const;

export type Ledger = (typeof LEDGERS)[number];
/** The name of a ledger everywhere in code: its Dexie table (also the `table` of its change-log entries). */
export type LedgerTable = Ledger['table'];
/** The record type stored in a ledger's table. */
export type RecordOf<T extends LedgerTable> = Extract<Ledger, { table: T }> extends LedgerDefinition<infer R, T, string> ? R : never;
/** A sheet of the workbook (export, template, import): the table name, or `cleanupItems` (one row per batch item). */
export type SheetKind = Ledger['sheet']['kind'];
/** A ledger whose record type does not matter to the caller (code that spans ledgers works on plain records). */
// biome-ignore lint/suspicious/noExplicitAny: a list of ledgers of different record types; each is typed where it is declared.
export type AnyLedger = LedgerDefinition<any>;

export const LEDGER_TABLES: readonly LedgerTable[] = LEDGERS.map((l) => l.table);
export const SHEET_KINDS: readonly SheetKind[] = LEDGERS.map((l) => l.sheet.kind);
/** The ledger sheets of the year-end workbook, in ledger order (the import template repeats their columns). */
export const LEDGER_SHEETS: readonly Ledger['sheet'][] = LEDGERS.map((l) => l.sheet);

/** Each ledger by its table, typed with its own record. */
export const LEDGER_BY_TABLE = Object.fromEntries(LEDGERS.map((l) => [l.table, l])) as { [L in Ledger as L['table']]: L };

const byTable = new Map<string, AnyLedger>(LEDGERS.map((l) => [l.table, l]));
const bySheet = new Map<string, AnyLedger>(LEDGERS.map((l) => [l.sheet.kind, l]));

export function isLedgerTable(table: string): table is LedgerTable {
  return byTable.has(table);
}

/** The ledger stored in `table`, or undefined (settings, the change log, an unknown name). */
export function ledgerOf(table: string): AnyLedger | undefined {
  return byTable.get(table);
}

/** The ledger a sheet kind lists. */
export function ledgerOfSheet(kind: SheetKind): AnyLedger {
  return bySheet.get(kind)!;
}
