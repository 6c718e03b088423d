/**
 * The registry's rules applied to one record: whether it may be live next to the live records (its key, what it
 * points at), and what still points at it. The same functions serve saving, importing, restoring from the 回收站
 * and undo; `lookup` reads the stored records (renderer/src/db/ledger-lookup.ts over Dexie).
 */
import type { Lookup } from './definition';
import { LEDGERS, ledgerOf, type AnyLedger } from './registry';

type Rec = Record<string, unknown>;
/** Any stored record (a record type of a ledger, or a plain object read from the database). */
type AnyRecord = object;

function def(table: string): AnyLedger {
  const ledger = ledgerOf(table);
  if (!ledger) throw new Error(`Not a ledger table: ${table}`);
  return ledger;
}

/** The live record (other than `record` itself) among `candidates` that holds the key `record` claims, or null. */
export function clashAmong<T extends AnyRecord>(table: string, record: T, candidates: readonly T[]): T | null {
  const rule = def(table).unique;
  if (!rule?.candidates(record)) return null;
  const self = (record as Rec).id;
  return candidates.find((o) => (o as Rec).id !== self && (o as Rec).deleted === 0 && rule.clashes(record, o)) ?? null;
}

/** The live record that holds the key `record` claims (案号, 文号 …), or null. */
export async function findClash(table: string, record: AnyRecord, lookup: Lookup): Promise<AnyRecord | null> {
  const rule = def(table).unique;
  const where = rule?.candidates(record);
  if (!rule || !where) return null;
  return clashAmong<AnyRecord>(table, record, await lookup(table, where.index, where.value));
}

export interface Refusal {
  field: string;
  message: string;
}

function savingRefusal(table: string, record: AnyRecord, clash: AnyRecord | null): Refusal | null {
  const rule = def(table).unique;
  return clash && rule ? { field: rule.field, message: rule.savingText(record, clash) } : null;
}

/** Why saving `record` is refused because of its key, with the field to mark, or null. */
export async function savingClash(table: string, record: AnyRecord, lookup: Lookup): Promise<Refusal | null> {
  return savingRefusal(table, record, await findClash(table, record, lookup));
}

/** The same, among records already at hand (the import compares with the records it is planning). */
export function savingClashAmong(table: string, record: AnyRecord, candidates: readonly AnyRecord[]): Refusal | null {
  return savingRefusal(table, record, clashAmong(table, record, candidates));
}

/** The tables restoreProblem reads for a record of `table` (to include in its transaction). */
export function restoreTables(table: string): string[] {
  const ledger = def(table);
  return [table, ...ledger.references.filter((r) => r.requiredOnRestore).map((r) => r.target)];
}

/**
 * Why `record` cannot be live again next to the records that are live now (a 案号 or 文号 taken meanwhile, a linked
 * case gone), or null. The text completes "不能恢复：" / "不能撤销：".
 */
export async function restoreProblem(table: string, record: AnyRecord, lookup: Lookup): Promise<string | null> {
  const ledger = def(table);
  for (const ref of ledger.references) {
    if (!ref.requiredOnRestore) continue;
    for (const id of ref.ids(record)) {
      const [target] = await lookup(ref.target, 'id', id);
      if (target?.deleted !== 0) return ref.goneText(record);
    }
  }
  const clash = await findClash(table, record, lookup);
  return clash && ledger.unique ? ledger.unique.restoringText(record, clash) : null;
}

/** Every reference of another ledger to `table`. */
function referencesTo(table: string) {
  return LEDGERS.flatMap((l: AnyLedger) => l.references.filter((r) => r.target === table).map((ref) => ({ ledger: l, ref })));
}

/** The tables holdingReference reads for a record of `table`. */
export function referenceTables(table: string): string[] {
  return [...new Set(referencesTo(table).map((r) => r.ledger.table))];
}

/** A live record that still points at the record `id` of `table` (so deleting it for good would leave a dangling link), or null. */
export async function holdingReference(table: string, id: string, lookup: Lookup): Promise<string | null> {
  for (const { ledger, ref } of referencesTo(table)) {
    const candidates = ref.index ? await lookup(ledger.table, ref.index, id) : await lookup(ledger.table, 'deleted', 0);
    const holder = candidates.find((r) => r.deleted === 0 && ref.ids(r).includes(id));
    if (holder) return ref.holdsText(holder);
  }
  return null;
}
