/**
 * Everything the year-end export needs for one year: the settings, the figures (computed by the same shared
 * functions as the 年度统计 page) and each ledger's records of the year (shared/year-records.ts).
 */
import type { AppSettings } from '../../../../shared/settings';
import { computeYearFigures, type YearFigures } from '../../../../shared/ledgers/year-sections';
import { LEDGER_TABLES, type LedgerTable, type RecordOf } from '../../../../shared/ledgers/registry';
import { isYearEmpty, ledgerRecords, selectYearRecords, type LedgerRecords, type YearRecords } from '../../../../shared/year-records';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type FazhiDb } from '../../db/db';
import { loadYearRecords } from './year-read';
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

export { loadRecordYears, loadYearRecords, prefetchYearRecords, useLiveRecordYears, useLiveYearRecords } from './year-read';

export async function loadYearData(year: number): Promise<YearData> {
  const [all, settings] = await Promise.all([loadYearRecords(year), loadSettings()]);
  return computeYearData(all, settings, year);
}

/** Every live record of every ledger, read again whenever one changes; undefined while loading. */
export function useLiveLedgerRecords(): LedgerRecords | undefined {
  return useLiveQuery(() => loadLedgerRecords(), []);
}
