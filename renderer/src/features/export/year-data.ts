/**
 * Everything the year-end export needs for one year: the settings, the figures (computed by the same shared
 * functions as the 年度统计 page) and each ledger's records of the year (shared/year-records.ts).
 */
import type { AppSettings } from '../../../../shared/settings';
import { computeYearFigures, type YearFigures } from '../../../../shared/ledgers/year-sections';
import { LEDGER_TABLES, LEDGERS, isLedgerTable, type AnyLedger, type LedgerTable, type RecordOf } from '../../../../shared/ledgers/registry';
import { OPEN_SPAN } from '../../../../shared/ledgers/year';
import type { BaseRecord } from '../../../../shared/record';
import { isYearEmpty, ledgerRecords, selectYearRecords, type LedgerRecords, type YearRecords } from '../../../../shared/year-records';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type FazhiDb } from '../../db/db';
import { YEAR_SPAN_FIELD } from '../../db/year-span';
import { loadSettings } from '../../db/settings-repo';

/** The settings, the figures of every year section (shared/ledgers/year-sections.ts, by key) and the year's records. */
export type YearData = YearFigures & {
  year: number;
  settings: AppSettings;
  records: YearRecords;
  /** Every live record (the titles of linked records on the sheets of ledgers with a yearSheet). */
  all: LedgerRecords;
  /** 案号 of every live case, for the 关联案号 of letters about cases of earlier years. */
  caseNoById: Map<string, string>;
  /** No ledger has a record of the year: the export says so instead of printing tables of zeros. */
  empty: boolean;
};

/** Pure: the figures and the year's records from all live records. */
export function computeYearData(all: LedgerRecords, settings: AppSettings, year: number): YearData {
  const records = selectYearRecords(all, year);
  return {
    year,
    settings,
    ...computeYearFigures(all, settings, year),
    records,
    all,
    caseNoById: new Map(all.cases.filter((c) => c.deleted !== 1).map((c) => [c.id, c.caseNo])),
    empty: isYearEmpty(records),
  };
}

/** Reads every live record in one read transaction, so that the figures and the sheets see the same state. */
export async function loadLedgerRecords(db: FazhiDb = getDb()): Promise<LedgerRecords> {
  return db.transaction(
    'r',
    LEDGER_TABLES.map((t) => db.table(t)),
    async () => {
      const live = {} as { [T in LedgerTable]: RecordOf<T>[] };
      for (const t of LEDGER_TABLES) (live as Record<string, unknown>)[t] = await db.table(t).where('deleted').equals(0).toArray();
      return ledgerRecords(live);
    },
  );
}

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

export async function loadYearData(year: number): Promise<YearData> {
  const [all, settings] = await Promise.all([loadYearRecords(year), loadSettings()]);
  return computeYearData(all, settings, year);
}

/** Every live record of every ledger, read again whenever one changes; undefined while loading. */
export function useLiveLedgerRecords(): LedgerRecords | undefined {
  return useLiveQuery(() => loadLedgerRecords(), []);
}

/** The records year Y can read (loadYearRecords), read again whenever one changes; undefined while loading Y. */
export function useLiveYearRecords(year: number): LedgerRecords | undefined {
  const got = useLiveQuery(async () => ({ year, records: await loadYearRecords(year) }), [year]);
  // While another year loads, the hook still returns the last one's: not Y's records.
  return got && got.year === year ? got.records : undefined;
}

/** The years the records span (loadRecordYears), read again whenever one changes. */
export function useLiveRecordYears(): number[] | undefined {
  return useLiveQuery(() => loadRecordYears(), []);
}
