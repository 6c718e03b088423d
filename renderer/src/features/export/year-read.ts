/**
 * Reading what one year of 年度统计 and the year-end export can count (the `yearSpan` index, db/year-span.ts), and
 * the live read the page holds: a module of its own, without the figure code, so that the page's first visit can
 * start reading while that code is still being fetched (app/AppShell.tsx).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { LEDGER_TABLES, LEDGERS, isLedgerTable, type AnyLedger, type LedgerTable, type RecordOf } from '../../../../shared/ledgers/registry';
import { OPEN_SPAN } from '../../../../shared/ledgers/year';
import type { BaseRecord } from '../../../../shared/record';
import { ledgerRecords, type LedgerRecords } from '../../../../shared/year-records';
import { getDb, type FazhiDb } from '../../db/db';
import { YEAR_SPAN_FIELD } from '../../db/year-span';

const byId = (a: BaseRecord, b: BaseRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The live records year Y can read, through the `yearSpan` index (db/year-span.ts): each ledger's records whose
 * dates span Y and the open ones (carried over into Y), then the live records they point at (a cleanup batch's
 * documents, a letter's case, an appeal's first instance: titles on the sheets). In primary-key order, as
 * loadLedgerRecords reads them, so that every figure, list and sheet of Y is the same as from every record (a test
 * compares them year by year).
 */
export async function loadYearRecords(year: number, db: FazhiDb = getDb()): Promise<LedgerRecords> {
  return db.transaction(
    'r',
    LEDGER_TABLES.map((t) => db.table(t)),
    async () => {
      const read = new Map<string, Map<string, BaseRecord>>();
      await Promise.all(
        LEDGER_TABLES.map(async (t) => {
          // Two equals() (one getAll each) rather than anyOf(), which walks a cursor record by record: 4× slower.
          const index = db.table(t).where(YEAR_SPAN_FIELD);
          const [open, ofYear] = await Promise.all([index.equals(OPEN_SPAN).toArray(), index.equals(year).toArray()]);
          const rows = [...open, ...ofYear] as BaseRecord[];
          read.set(t, new Map(rows.filter((r) => r.deleted === 0).map((r) => [r.id, r])));
        }),
      );
      // The records they point at, once (a linked record that itself counts in Y is read already).
      const wanted = new Map<string, Set<string>>();
      for (const l of LEDGERS as readonly AnyLedger[]) {
        for (const ref of l.references) {
          if (!isLedgerTable(ref.target)) continue;
          const have = read.get(ref.target)!;
          const ids = wanted.get(ref.target) ?? new Set<string>();
          for (const r of read.get(l.table)!.values()) for (const id of ref.ids(r)) if (!have.has(id)) ids.add(id);
          wanted.set(ref.target, ids);
        }
      }
      await Promise.all(
        [...wanted].map(async ([t, ids]) => {
          if (ids.size === 0) return;
          const have = read.get(t)!;
          for (const r of (await db.table(t).bulkGet([...ids])) as (BaseRecord | undefined)[]) if (r && r.deleted === 0) have.set(r.id, r);
        }),
      );
      const live = {} as { [T in LedgerTable]: RecordOf<T>[] };
      for (const t of LEDGER_TABLES) (live as Record<string, unknown>)[t] = [...read.get(t)!.values()].sort(byId);
      return ledgerRecords(live);
    },
  );
}

/**
 * The years any live record spans, from the `yearSpan` index's keys (the 年度统计 picker): every ledger but the
 * 文件库, whose span reaches a document's expiry, which no year section names.
 */
export async function loadRecordYears(db: FazhiDb = getDb()): Promise<number[]> {
  const tables = LEDGER_TABLES.filter((t) => t !== 'normativeDocuments');
  const keys = await Promise.all(tables.map((t) => db.table(t).orderBy(YEAR_SPAN_FIELD).uniqueKeys()));
  return [...new Set(keys.flat() as number[])].filter((y) => y !== OPEN_SPAN);
}

/**
 * One live read of the records year Y can read (loadYearRecords), shared by whoever asks for it: the 年度统计 page
 * and the read started with the page's code on its first visit (prefetchYearRecords), so that the page does not
 * wait for its code and React's 300 ms Suspense hold before it starts reading (issue 15). Read again by Dexie
 * whenever one of them changes; dropped a moment after its last user leaves.
 */
interface YearQuery {
  year: number;
  /** Replaced on every result (a snapshot for useSyncExternalStore). */
  state: { value?: LedgerRecords; error?: unknown };
  listeners: Set<() => void>;
  unsubscribe: () => void;
  release: ReturnType<typeof setTimeout> | undefined;
}

const yearQueries = new Map<number, YearQuery>();

function yearQuery(year: number): YearQuery {
  const have = yearQueries.get(year);
  if (have) return have;
  const q: YearQuery = { year, state: {}, listeners: new Set(), unsubscribe: () => undefined, release: undefined };
  yearQueries.set(year, q);
  const notify = () => {
    for (const l of q.listeners) l();
  };
  const sub = liveQuery(() => loadYearRecords(year)).subscribe({
    next: (v) => {
      q.state = { value: v };
      notify();
    },
    error: (e: unknown) => {
      q.state = { error: e };
      notify();
    },
  });
  q.unsubscribe = () => sub.unsubscribe();
  return q;
}

/** Drops the query `ms` after it is left without users (a user coming back in time keeps it). */
function releaseLater(q: YearQuery, ms: number): void {
  clearTimeout(q.release);
  q.release = setTimeout(() => {
    if (q.listeners.size > 0 || yearQueries.get(q.year) !== q) return;
    yearQueries.delete(q.year);
    q.unsubscribe();
  }, ms);
}

/** Starts reading year Y's records for the 年度统计 page about to be drawn (kept 10 s if it never asks for them). */
export function prefetchYearRecords(year: number): void {
  const q = yearQuery(year);
  if (q.listeners.size === 0) releaseLater(q, 10_000);
}

/** The records year Y can read (loadYearRecords), read again whenever one changes; undefined while loading Y. */
export function useLiveYearRecords(year: number): LedgerRecords | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      const q = yearQuery(year);
      clearTimeout(q.release);
      q.listeners.add(listener);
      // Subscribed after the first render: the read may have ended in between.
      if (q.state.value !== undefined || q.state.error !== undefined) listener();
      return () => {
        q.listeners.delete(listener);
        if (q.listeners.size === 0) releaseLater(q, 1_000);
      };
    },
    [year],
  );
  const state = useSyncExternalStore(subscribe, () => yearQueries.get(year)?.state);
  if (state?.error !== undefined) throw state.error;
  return state?.value;
}

/** The years the records span (loadRecordYears), read again whenever one changes. */
export function useLiveRecordYears(): number[] | undefined {
  return useLiveQuery(() => loadRecordYears(), []);
}
