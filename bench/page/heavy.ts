/**
 * The file-sized steps: the year-end .xlsx export and its exceljs floor, the import of a 10,000-row sheet and its
 * exceljs floor, and a full backup. Each returns null when the app module it measures is not there.
 */
import { dateStrToUtcDate, FIRST_DATA_ROW, HEADER_ROW, REVIEW_CASE_COLUMNS, reviewCaseRow, TITLE_ROW } from '../../shared/ledger-columns';
import { HOST_API_GLOBAL, type HostApi } from '../../shared/host-api';
import type { ExportContent } from '../../renderer/src/features/export/export-content';
import { DB_NAME, getDb } from '../../renderer/src/db/db';
import { loadSettings } from '../../renderer/src/db/settings-repo';
import { browserHost } from '../../renderer/src/host/browser-host';
import type { LedgerRecords } from '../../shared/year-records';
import type { BaseRecord } from '../../shared/record';
import { generateCases } from '../gen/cases';
import { openExisting, readAllInBatches } from './raw-idb';
import { backupFns, exportFns, importFns } from './optional';

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
type Value = string | number | Date | null;

/** The workbook's rows as plain values (dates as Date), prepared before the floor is timed. */
function plainSheets(c: ExportContent): { name: string; rows: Value[][] }[] {
  const sheets: { name: string; rows: Value[][] }[] = [
    {
      name: '汇总',
      rows: [['项目', '数值', '统计口径'], ...c.summary.flatMap((s) => [[s.title, null, null], ...s.rows.map((r) => [r.label, r.value, r.rule])])],
    },
    ...c.tables.map((t) => ({ name: t.sheetName, rows: [t.columns, ...t.rows] as Value[][] })),
  ];
  for (const l of c.ledgers) {
    const kinds = l.spec.columns.map((col) => col.kind);
    sheets.push({
      name: l.spec.sheetName,
      rows: [
        l.spec.columns.map((col) => col.header),
        ...l.rows.map((row) => row.map((v, i) => (kinds[i] === 'date' && typeof v === 'string' ? dateStrToUtcDate(v) : v))),
      ],
    });
  }
  return sheets;
}

/**
 * The longest task of the page's main thread (PerformanceObserver 'longtask', tasks over 50 ms) while `run` runs:
 * how long the page froze at worst. 0 when no task took over 50 ms.
 */
async function withLongestTask<T>(run: () => Promise<T>): Promise<{ result: T; longestTaskMs: number; longTasks: number }> {
  let longest = 0;
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      count += 1;
      longest = Math.max(longest, e.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    const result = await run();
    // Entries of the last task are delivered after it.
    await new Promise((r) => setTimeout(r, 50));
    for (const e of observer.takeRecords()) {
      count += 1;
      longest = Math.max(longest, e.duration);
    }
    return { result, longestTaskMs: Math.round(longest), longTasks: count };
  } finally {
    observer.disconnect();
  }
}

/** A host that keeps the backup's bytes in memory instead of downloading them (the last backup, for the restore). */
function capturingHost(chunks: Uint8Array[]): HostApi {
  return {
    ...browserHost,
    beginBackup: async () => ({ ok: true, token: 'bench' }),
    async appendBackup(req) {
      chunks.push(req.chunk);
      return { ok: true };
    },
    finishBackup: async () => ({ saved: true, name: 'bench_手动.fzbak' }),
  };
}

let lastBackup: Uint8Array[] = [];

let importSheet: Uint8Array | null = null;
let exportRows: { name: string; rows: Value[][] }[] | null = null;
/** What the 年度统计 page holds once open: every live record (its hooks' queries, read once, not timed). */
let pageRecords: LedgerRecords | null = null;
/** The records the last import wrote, to time writing them with plain IndexedDB. */
let imported: { table: string; record: BaseRecord }[] = [];

function idbDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function heavySteps() {
  return {
    /** The app's export path without the save dialog: load the year, build the content, lay out the workbook. */
    async exportXlsx(year: number) {
      const fns = await exportFns();
      if (!fns) return null;
      const t0 = performance.now();
      const data = await fns.loadYearData(year);
      const t1 = performance.now();
      const content = fns.buildExportContent(data);
      const t2 = performance.now();
      const bytes = await fns.buildXlsx(content);
      const took = ms(t0);
      exportRows ??= plainSheets(content);
      const parts = { loadYearData: Math.round(t1 - t0), buildExportContent: Math.round(t2 - t1), buildXlsx: Math.round(performance.now() - t2) };
      return { ms: took, parts, bytes: bytes.length, ledgerRows: content.ledgers.reduce((n, l) => n + l.rows.length, 0) };
    },

    /**
     * The export as a click on the 年度统计 page starts it when the page passes the records it holds (no database
     * read): compute the year, build the content, lay out the workbook.
     */
    async exportXlsxFromPage(year: number) {
      const fns = await exportFns();
      if (!fns) return null;
      pageRecords ??= fns.loadYearRecords ? await fns.loadYearRecords(year) : await fns.loadLedgerRecords();
      const settings = await loadSettings();
      const t0 = performance.now();
      const content = fns.buildExportContent(fns.computeYearData(pageRecords, settings, year));
      const t1 = performance.now();
      const bytes = await fns.buildXlsx(content);
      const parts = { computeAndContent: Math.round(t1 - t0), buildXlsx: Math.round(performance.now() - t1) };
      return { ms: ms(t0), parts, bytes: bytes.length };
    },

    /** exceljs writing the same rows as the last export, with no formatting at all. */
    async exportFloor() {
      const fns = await importFns();
      if (!exportRows || !fns) return null;
      const ExcelJS = await fns.loadExcelJS();
      const t0 = performance.now();
      const wb = new ExcelJS.Workbook();
      for (const sheet of exportRows) {
        const ws = wb.addWorksheet(sheet.name);
        for (const row of sheet.rows) ws.addRow(row);
      }
      const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
      return { ms: ms(t0), bytes: bytes.byteLength };
    },

    /** A 行政复议 ledger sheet of 10,000 new cases, in the layout of the export (title row, header row, rows). */
    async prepareImport(today: string, rows: number) {
      const fns = await importFns();
      if (!fns) return null;
      const cases = generateCases({ count: rows, today, years: 10, seed: 4_242, caseNoPrefix: '丹政复导', deletedShare: 0 });
      const ExcelJS = await fns.loadExcelJS();
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('行政复议台账');
      ws.getCell(TITLE_ROW, 1).value = '丹阳市人民政府行政复议台账（导入基准）';
      ws.getRow(HEADER_ROW).values = REVIEW_CASE_COLUMNS.map((c) => c.header);
      cases.forEach((c, i) => {
        ws.getRow(FIRST_DATA_ROW + i).values = reviewCaseRow(c).map((v, j) =>
          REVIEW_CASE_COLUMNS[j]!.kind === 'date' && typeof v === 'string' ? dateStrToUtcDate(v) : v === '' ? null : v,
        );
      });
      importSheet = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      return { bytes: importSheet.length, rows };
    },

    /**
     * The app's import path: read the file, plan it against the stored records, commit it. Then undone (not timed).
     * The parts are the app's own User Timing measures (features/import/timing.ts), where the app has them.
     */
    async importSheet() {
      const fns = await importFns();
      if (!fns || !importSheet) return null;
      const db = getDb();
      const lastSeq = (await db.changeLog.orderBy('seq').last())?.seq ?? 0;
      const name = '行政复议台账导入基准.xlsx';
      const isStep = (e: PerformanceEntry) => e.name.startsWith('import:');
      for (const e of performance.getEntriesByType('measure').filter(isStep)) performance.clearMeasures(e.name);
      const t0 = performance.now();
      const opened = await fns.openFile(importSheet, name);
      const t1 = performance.now();
      const settings = await loadSettings();
      const plan = await fns.planSelections(name, opened.selections, settings);
      const t2 = performance.now();
      const counts = await fns.commitImport(plan, {
        mode: 'validOnly',
        actor: settings.operatorName,
        layouts: fns.layoutsToRemember(opened.selections),
      });
      const took = ms(t0);
      const parts: Record<string, number> = {
        openFile: Math.round(t1 - t0),
        planSelections: Math.round(t2 - t1),
        commitImport: Math.round(performance.now() - t2),
      };
      const steps = performance.getEntriesByType('measure').filter(isStep);
      for (const e of steps) parts[e.name] = Math.round((parts[e.name] ?? 0) + e.duration);
      if (steps.length) for (const e of steps) performance.clearMeasures(e.name);
      const created = plan.writes.filter((w) => !w.before);
      imported = plan.writes.map((w) => ({ table: w.table, record: w.record }));
      await db.transaction('rw', [db.reviewCases, db.changeLog], async () => {
        await db.reviewCases.bulkDelete(created.filter((w) => w.table === 'reviewCases').map((w) => w.record.id));
        await db.changeLog.where('seq').above(lastSeq).delete();
      });
      return { ms: took, parts, counts, firstIssues: plan.issues.slice(0, 3) };
    },

    /** Writing the records of the last import with plain IndexedDB, one transaction (then removed, not timed). */
    async importWriteFloor() {
      if (imported.length === 0) return null;
      const db = await openExisting(DB_NAME);
      try {
        const stores = [...new Set(imported.map((w) => w.table))];
        const t0 = performance.now();
        const tx = db.transaction(stores, 'readwrite');
        for (const w of imported) tx.objectStore(w.table).put(w.record);
        await idbDone(tx);
        const took = ms(t0);
        const undo = db.transaction(stores, 'readwrite');
        for (const w of imported) undo.objectStore(w.table).delete(w.record.id);
        await idbDone(undo);
        return { ms: took, records: imported.length };
      } finally {
        db.close();
      }
    },

    /** exceljs reading the same file. */
    async importFloor() {
      const fns = await importFns();
      if (!fns || !importSheet) return null;
      const ExcelJS = await fns.loadExcelJS();
      const t0 = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(importSheet.slice().buffer as ArrayBuffer);
      return { ms: ms(t0), rows: wb.worksheets[0]!.actualRowCount };
    },

    /**
     * A full backup through the app's backup service (streamed .fzbak, in a worker); the host keeps the bytes
     * instead of downloading them. With the longest main-thread task meanwhile.
     */
    async backup() {
      const fns = await backupFns();
      if (!fns) return null;
      const chunks: Uint8Array[] = [];
      const w = window as unknown as Record<string, unknown>;
      w[HOST_API_GLOBAL] = capturingHost(chunks);
      try {
        const t0 = performance.now();
        const { result: out, longestTaskMs, longTasks } = await withLongestTask(() => fns.takeBackup('手动'));
        const took = ms(t0);
        lastBackup = chunks;
        return { ms: took, bytes: chunks.reduce((n, c) => n + c.byteLength, 0), counts: out.counts, longestTaskMs, longTasks };
      } finally {
        delete w[HOST_API_GLOBAL];
      }
    },

    /**
     * Restores the last backup through the app's path (check and stage in a worker, the 恢复前 backup of the current
     * data, then the replacement), with the longest main-thread task meanwhile. The data afterwards is the same.
     */
    async restore() {
      const fns = await backupFns();
      if (!fns || lastBackup.length === 0) return null;
      const file = new Blob(lastBackup as BlobPart[]);
      const w = window as unknown as Record<string, unknown>;
      w[HOST_API_GLOBAL] = capturingHost([]);
      try {
        const t0 = performance.now();
        let prepareMs = 0;
        const { result, longestTaskMs, longTasks } = await withLongestTask(async () => {
          const prepared = await fns.prepareRestore(file.stream());
          prepareMs = ms(t0);
          return fns.applyRestore(prepared, 'bench_手动.fzbak');
        });
        const took = ms(t0);
        return {
          ms: took,
          bytes: file.size,
          counts: result.counts,
          longestTaskMs,
          longTasks,
          parts: { prepare: prepareMs, backupAndApply: Math.round(took - prepareMs) },
        };
      } finally {
        delete w[HOST_API_GLOBAL];
      }
    },

    /**
     * Every row of every store read (in batches of 5,000: the change log is too large for one getAll): what any
     * whole-database backup must at least do. (Serialising it all to one string no longer fits V8's string limit.)
     */
    async backupFloor() {
      const db = await openExisting(DB_NAME);
      try {
        const t0 = performance.now();
        let rows = 0;
        for (const name of [...db.objectStoreNames]) rows += await readAllInBatches(db, name);
        return { ms: ms(t0), rows };
      } finally {
        db.close();
      }
    },
  };
}
