import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { LEDGERS, type AnyLedger } from '../../../shared/ledgers/registry';
import { yearSpanKeys } from '../../../shared/ledgers/year';

/**
 * The index-only field `yearSpan` (schema version 6): the years whose figures and sheets may read the record
 * (each ledger's `yearSpan` in the registry, shared/ledgers/year.ts), or [0] while it is open. 年度统计 and the
 * year-end export read year Y through `where('yearSpan').anyOf(0, Y)` (features/export/year-data.ts) instead of
 * every record of every year.
 *
 * Like `awaiting` (awaiting.ts), nobody sets it by hand: the middleware below derives it on every put, whatever
 * path the record comes from, and version 6's upgrade derives it for stored records. It is not a ledger field:
 * history, import comparison, undo and exports ignore it.
 */
export const YEAR_SPAN_FIELD = 'yearSpan';

const SPANS: ReadonlyMap<string, AnyLedger['yearSpan']> = new Map((LEDGERS as readonly AnyLedger[]).map((l) => [l.table, l.yearSpan]));

/** Sets the field on the record itself (what a save returns, the change log records and is stored are one object). */
export function markYearSpan(table: string, record: object): void {
  const span = SPANS.get(table);
  if (!span) return;
  const r = record as Record<string, unknown>;
  let keys: number[];
  try {
    keys = yearSpanKeys(span(r as never));
  } catch {
    // A record of a broken shape (a restore validates first; a test may put one): read by every year.
    keys = [0];
  }
  if (keys.length) r[YEAR_SPAN_FIELD] = keys;
  else if (YEAR_SPAN_FIELD in r) delete r[YEAR_SPAN_FIELD];
}

/** Derives the field on every add and put, whichever path the record comes from. */
export const yearSpanMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'yearSpanIndex',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!SPANS.has(name)) return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (req.type === 'add' || req.type === 'put') for (const v of req.values) markYearSpan(name, v as object);
            return table.mutate(req);
          },
        };
      },
    };
  },
};
