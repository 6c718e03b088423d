import { savingClash } from '../../../shared/ledgers/checks';
import type { Lookup } from '../../../shared/ledgers/definition';
import type { LedgerTable } from '../../../shared/ledgers/registry';
import { getDb } from './db';
import { UserError } from './write';

/**
 * The registry's Lookup over Dexie: the records of a table whose index equals a value ('id': the primary key). Run
 * inside a transaction, it reads in that transaction (Dexie's zone), so a check and the write it guards see one state.
 */
export const dexieLookup: Lookup = async (table, index, value) => {
  const t = getDb().table(table);
  if (index === 'id') {
    const record = await t.get(value);
    return record ? [record] : [];
  }
  return t.where(index).equals(value).toArray();
};

/** Refuses to save `record` when a live record holds the key it claims (the ledger's uniqueness rule in the registry). */
export async function assertUnique(table: LedgerTable, record: object): Promise<void> {
  const clash = await savingClash(table, record as Record<string, unknown>, dexieLookup);
  if (clash) throw new UserError(clash.message, clash.field);
}
