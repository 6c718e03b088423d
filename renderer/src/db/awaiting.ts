import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { LEDGERS, type AnyLedger } from '../../../shared/ledgers/registry';

/**
 * The index-only field `awaiting`: 1 while a live record still waits for the answer its deadline runs for
 * (意见书 not yet answered, 合法性审核 not completed, 行政协议 without an opinion); absent otherwise.
 *
 * Why: 待办 must find those few records among tens of thousands, and IndexedDB does not index an empty date. A
 * record without the field is left out of the `awaiting` index, so that index holds exactly the open records
 * and 待办 reads a few hundred records instead of whole tables.
 *
 * Nobody sets the field by hand: the database middleware below derives it on every put, from whatever path the
 * record comes (forms, import, restore, undo, 回收站), and version 3's upgrade derives it for stored records. Which
 * records wait is each ledger's `awaiting` rule in the registry (shared/ledgers/registry.ts).
 * It is not a ledger field: history, import comparison and exports ignore it.
 */
export const AWAITING_FIELD = 'awaiting';

type Rule = (record: Record<string, unknown>) => boolean;

/** The rule of every ledger that 待办 reads through the `awaiting` index, by table. */
export const AWAITING_RULES: Readonly<Record<string, Rule>> = Object.fromEntries(
  (LEDGERS as readonly AnyLedger[]).flatMap((l) => (l.awaiting?.index === 'awaiting' ? [[l.table, l.awaiting.rule as Rule]] : [])),
);

/**
 * Sets or removes the field on the record itself, so that what a save returns, what the change log records and what
 * is stored are the same object.
 */
export function markAwaiting(table: string, record: object): void {
  const rule = Object.hasOwn(AWAITING_RULES, table) ? AWAITING_RULES[table] : undefined;
  if (!rule) return;
  const r = record as Record<string, unknown>;
  if (rule(r)) r[AWAITING_FIELD] = 1;
  else if (AWAITING_FIELD in r) delete r[AWAITING_FIELD];
}

/** Derives the field on every add and put, whichever path the record comes from. */
export const awaitingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'awaitingIndex',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!Object.hasOwn(AWAITING_RULES, name)) return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (req.type === 'add' || req.type === 'put') for (const v of req.values) markAwaiting(name, v as object);
            return table.mutate(req);
          },
        };
      },
    };
  },
};
