/**
 * The benchmark's page (bench/run.mjs serves it at /__bench/ next to the app, same origin, so it sees the app's
 * IndexedDB). It imports the app's own modules — the measured paths are the app's real code, built by the same
 * Vite — and exposes the steps bench/run.mjs drives through Playwright as `window.__bench`. Nothing here is part
 * of the app's build.
 *
 * The export, import and backup modules are looked up with import.meta.glob, so that the benchmark still builds
 * (and reports "not available") while one of them does not exist yet.
 */
import { computeAgreementYearFigures } from '../../shared/agreements/counts';
import { computeNormativeYearFigures } from '../../shared/normative/counts';
import { computeReviewYearFigures } from '../../shared/review/counts';
import type { ReviewCase } from '../../shared/review/types';
import type { LedgerRecords } from '../../shared/year-records';
import { markAwaiting } from '../../renderer/src/db/awaiting';
import { markYearSpan } from '../../renderer/src/db/year-span';
import { DB_NAME, getDb } from '../../renderer/src/db/db';
import { loadSettings } from '../../renderer/src/db/settings-repo';
import { generateChangeLog } from '../gen/change-log';
import { generateDataset, tablesOf } from '../gen/dataset';
import { appendRows, getAllStores, getYearRecords, LEDGER_STORES, openExisting, putRow, replaceRows } from './raw-idb';
import { heavySteps } from './heavy';
import { backupFns, exportFns, importFns } from './optional';

const OPERATOR = '基准测试';

let raw: IDBDatabase | null = null;
async function rawDb(): Promise<IDBDatabase> {
  raw ??= await openExisting(DB_NAME);
  return raw;
}

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

/** The list's default order (ReviewListPage): newest receipt first, then the higher 案号 number. */
function newestFirst(a: ReviewCase, b: ReviewCase): number {
  return b.receivedDate.localeCompare(a.receivedDate) || (b.caseSeq ?? 0) - (a.caseSeq ?? 0);
}

/** ReviewListPage's search predicate. */
const matches = (c: ReviewCase, q: string) => `${c.caseNo}\n${c.applicant}\n${c.respondent}`.toLowerCase().includes(q.toLowerCase());

/** A person's name that a handful of live cases carry: what a clerk types to find an applicant again. */
function searchTerm(live: ReviewCase[]): { term: string; expected: number } {
  const counts = new Map<string, number>();
  for (const c of live) if (c.applicantType === 'natural' && c.applicant.length === 3) counts.set(c.applicant, (counts.get(c.applicant) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= 3 && n <= 8)
    .map(([name]) => name)
    .sort();
  const term = names[Math.floor(names.length / 2)] ?? live[0]!.applicant;
  return { term, expected: live.filter((c) => matches(c, term)).length };
}

async function settingsOnly(): Promise<void> {
  await putRow(await rawDb(), 'settings', { key: 'app', value: { operatorName: OPERATOR } });
}

/**
 * Generates the issue-9 database and puts it into the app's (already created) database, replacing any rows, with a
 * change log of `logEntries` entries as the app writes them (issue 15: full before/after copies).
 */
async function seed(today: string, logEntries = 0) {
  const t0 = performance.now();
  const data = generateDataset({ today });
  const generateMs = ms(t0);
  const db = await rawDb();
  const missing = [...LEDGER_STORES, 'settings', 'changeLog'].filter((s) => !db.objectStoreNames.contains(s));
  if (missing.length) throw new Error(`the app's database lacks ${missing.join(', ')}: open the app once first`);
  const t1 = performance.now();
  for (const [store, rows] of Object.entries(tablesOf(data))) {
    // Plain IndexedDB puts bypass Dexie's middleware: derive the index-only field the app keeps (db/awaiting.ts).
    for (const row of rows) {
      markAwaiting(store, row as object);
      markYearSpan(store, row as object);
    }
    await replaceRows(db, store, rows);
  }
  await replaceRows(db, 'changeLog', []);
  const t2 = performance.now();
  let logged = 0;
  for (const batch of generateChangeLog(tablesOf(data), logEntries)) {
    await appendRows(db, 'changeLog', batch);
    logged += batch.length;
  }
  const logMs = ms(t2);
  await replaceRows(db, 'settings', [{ key: 'app', value: { operatorName: OPERATOR } }]);
  const putMs = ms(t1);
  const live = data.cases.filter((c) => c.deleted === 0).sort(newestFirst);
  const lastFullYear = Number(today.slice(0, 4)) - 1;
  return {
    generateMs,
    putMs,
    logMs,
    changeLogEntries: logged,
    counts: Object.fromEntries(Object.entries(tablesOf(data)).map(([k, v]) => [k, v.length])),
    cleanupItems: data.cleanupBatches.reduce((n, b) => n + b.items.length, 0),
    liveCases: live.length,
    openCases: live.filter((c) => c.status !== 'concluded' && c.status !== 'notAccepted').length,
    firstCaseNo: live[0]!.caseNo,
    search: searchTerm(live),
    year: lastFullYear,
    casesOfYear: data.cases.filter((c) => c.receivedDate.startsWith(String(lastFullYear))).length,
  };
}

/**
 * The 年度统计 figures the app's way: the page's read (year-data.ts loadYearRecords, through the yearSpan index;
 * loadLedgerRecords before it existed), then every year section's figures.
 */
async function figures(year: number): Promise<{ ms: number; records: number }> {
  const fns = await exportFns();
  const t0 = performance.now();
  const read = fns?.loadYearRecords ? fns.loadYearRecords(year) : fns ? fns.loadLedgerRecords() : loadFallback();
  const [all, settings] = await Promise.all([read, loadSettings()]);
  computeReviewYearFigures({ cases: [...all.cases], letters: [...all.letters], year, correctionRate: settings.correctionRate });
  computeNormativeYearFigures({ ...all, year, filingDays: settings.normativePeriods.filingDays });
  computeAgreementYearFigures({ reviews: [...all.agreements], year });
  const took = ms(t0);
  const records = Object.values(all).reduce((n, rows) => n + ((rows as unknown[] | undefined)?.length ?? 0), 0);
  return { ms: took, records };
}

/** Plain getAll of just the records the year reads (yearSpan keys 0 and Y): the least that read can cost. */
async function yearFloor(year: number): Promise<{ ms: number; records: number }> {
  const db = await rawDb();
  const t0 = performance.now();
  const records = await getYearRecords(
    db,
    LEDGER_STORES.filter((st) => db.objectStoreNames.contains(st)),
    year,
  );
  return { ms: ms(t0), records };
}

/** The 年度统计 page's own hooks' queries, for when year-data.ts is not there. */
async function loadFallback(): Promise<LedgerRecords> {
  const db = getDb();
  const [cases, letters, documents, legalityReviews, filingReviews, cleanupBatches, agreements] = await Promise.all([
    db.reviewCases.where('deleted').equals(0).toArray(),
    db.reviewLetters.where('deleted').equals(0).toArray(),
    db.normativeDocuments.where('deleted').equals(0).toArray(),
    db.legalityReviews.where('deleted').equals(0).toArray(),
    db.filingReviews.where('deleted').equals(0).toArray(),
    db.cleanupBatches.where('deleted').equals(0).toArray(),
    db.agreementReviews.where('deleted').equals(0).toArray(),
  ]);
  return { cases, letters, documents, legalityReviews, filingReviews, cleanupBatches, agreements };
}

async function floor(): Promise<number> {
  const db = await rawDb();
  const t0 = performance.now();
  await getAllStores(
    db,
    LEDGER_STORES.filter((st) => db.objectStoreNames.contains(st)),
  );
  return ms(t0);
}

declare global {
  interface Window {
    __bench: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}

window.__bench = {
  seed,
  settingsOnly,
  figures,
  yearFloor,
  floor,
  available: async () => ({ export: !!(await exportFns()), import: !!(await importFns()), backup: !!(await backupFns()) }),
  ...heavySteps(),
};
document.getElementById('state')!.textContent = 'ready';
