import { useLiveQuery } from 'dexie-react-hooks';
import { LEDGERS, type AnyLedger, type LedgerTable, type RecordOf } from '../../../../shared/ledgers/registry';
import { AWAITING_FIELD } from '../../db/awaiting';
import { getDb, type FazhiDb } from '../../db/db';

/**
 * What 待办 reads: the records still waiting of every ledger with an `awaiting` rule in the registry — through the
 * status index (the open 行政复议 cases) or the `awaiting` index (db/awaiting.ts: the live 意见书 not yet answered,
 * 合法性审核 not completed, 行政协议 without an opinion) — a few hundred records, however many thousands the ledgers hold.
 */
export type AwaitingRecords = { [T in LedgerTable]?: RecordOf<T>[] };

const AWAITING_LEDGERS = (LEDGERS as readonly AnyLedger[]).filter((l) => l.awaiting !== null);

async function readOne(db: FazhiDb, l: AnyLedger): Promise<unknown[]> {
  const rule = l.awaiting!;
  const table = db.table(l.table);
  if (rule.index === 'awaiting') return table.where(AWAITING_FIELD).equals(1).toArray();
  const lists = await Promise.all(rule.values.map((v) => table.where('status').equals(v).toArray()));
  return lists.flat().filter((r: { deleted: 0 | 1 }) => r.deleted === 0);
}

export async function readAwaiting(db: FazhiDb = getDb()): Promise<AwaitingRecords> {
  const lists = await Promise.all(AWAITING_LEDGERS.map((l) => readOne(db, l)));
  return Object.fromEntries(AWAITING_LEDGERS.map((l, i) => [l.table, lists[i]])) as AwaitingRecords;
}

export function useAwaiting(): AwaitingRecords | undefined {
  return useLiveQuery(() => readAwaiting(), []);
}
