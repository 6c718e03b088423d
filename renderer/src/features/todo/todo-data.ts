import { useLiveQuery } from 'dexie-react-hooks';
import { LEDGERS, type AnyLedger, type LedgerTable, type RecordOf } from '../../../../shared/ledgers/registry';
import { AWAITING_FIELD } from '../../db/awaiting';
import { getDb, type FazhiDb } from '../../db/db';

/**
 * What 待办 reads besides the open cases: the records in the `awaiting` index (db/awaiting.ts) of every ledger whose
 * registry `awaiting` rule uses it, i.e. the live 意见书 not yet answered, 合法性审核 not completed and 行政协议
 * without an opinion — a few hundred records, however many thousands the ledgers hold.
 */
export type AwaitingRecords = { [T in LedgerTable]?: RecordOf<T>[] };

const AWAITING_TABLES = (LEDGERS as readonly AnyLedger[]).filter((l) => l.awaiting?.index === 'awaiting').map((l) => l.table);

export async function readAwaiting(db: FazhiDb = getDb()): Promise<AwaitingRecords> {
  const lists = await Promise.all(AWAITING_TABLES.map((t) => db.table(t).where(AWAITING_FIELD).equals(1).toArray()));
  return Object.fromEntries(AWAITING_TABLES.map((t, i) => [t, lists[i]])) as AwaitingRecords;
}

export function useAwaiting(): AwaitingRecords | undefined {
  return useLiveQuery(() => readAwaiting(), []);
}
