/**
 * The same 案号 (or 文号) registered on two PCs while they were apart: each PC refused a duplicate of its own, but
 * after sync both records are here. Found with each ledger's uniqueness rule (the registry's `unique`), over the
 * live records; listed on the 同步冲突 page with both records, for the clerk to correct one.
 */
import { LEDGERS, type AnyLedger } from '../../../../shared/ledgers/registry';
import type { BaseRecord } from '../../../../shared/record';
import { getDb } from '../../db/db';

export interface DuplicateRecord {
  record: BaseRecord & Record<string, unknown>;
  /** Who saved it last, where: from the record's last change-log entry. */
  actor: string;
  pc: string;
  at: string;
}

export interface DuplicateGroup {
  table: string;
  ledgerName: string;
  /** The key they share, as the clerk reads it (the first record's title). */
  title: string;
  field: string;
  records: DuplicateRecord[];
}

export async function findDuplicates(thisPc: string): Promise<DuplicateGroup[]> {
  const db = getDb();
  const out: DuplicateGroup[] = [];
  for (const ledger of LEDGERS as readonly AnyLedger[]) {
    const rule = ledger.unique;
    if (!rule) continue;
    const live = (await db.table(ledger.table).where('deleted').equals(0).toArray()) as (BaseRecord & Record<string, unknown>)[];
    const byKey = new Map<string, (BaseRecord & Record<string, unknown>)[]>();
    for (const r of live) {
      const where = rule.candidates(r);
      if (!where) continue;
      const key = `${where.index}|${where.value}`;
      byKey.set(key, [...(byKey.get(key) ?? []), r]);
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      const clashing = group.filter((r) => group.some((o) => o.id !== r.id && rule.clashes(r, o)));
      if (clashing.length < 2) continue;
      const records: DuplicateRecord[] = [];
      for (const record of clashing) {
        const last = await db.changeLog.where('recordId').equals(record.id).last();
        records.push({ record, actor: last?.actor ?? '', pc: last?.origin?.pc ?? thisPc, at: last?.at ?? record.updatedAt });
      }
      out.push({ table: ledger.table, ledgerName: ledger.name, title: ledger.title(clashing[0]), field: rule.field, records });
    }
  }
  return out;
}
