#!/usr/bin/env node
/**
 * npm run bench (issue 9): how fast the app is with ten years of a busy office's records.
 *
 * 1. `npm run build:renderer -- --outDir bench/tmp/app`: the build the users get, written next to the benchmark
 *    instead of dist/renderer, so that a build or an e2e run started meanwhile cannot swap files under it. And the
 *    bench page (bench/page, built by Vite into bench/tmp/page): it imports the app's own modules, so the measured
 *    paths are the app's real code.
 * 2. `vite preview` (renderer/vite.config.ts, outDir bench/tmp/app) on port 4190, with the bench page served
 *    alongside at /__bench/ (same origin, hence the same IndexedDB).
 * 3. Debian's Chromium, headless, twice, each on its own on-disk profile: bench/tmp/profile-empty keeps an empty
 *    database (the floor of opening the app), bench/tmp/profile gets the generated records (bench/gen). In each the
 *    app is opened once so that Dexie creates its schema; the bench page then writes the settings and the records.
 *    The seeded profile is kept (bench/tmp/seeded/) and copied by the next run of the same day.
 * 4. Each measure is the median of several runs, most next to a floor measured in the same run, alternating;
 *    the table is printed and written to bench/results.json.
 *
 * Options (see bench/README.md): --skip-build, --fresh, --reuse-db, --only=…; BENCH_RUNS, BENCH_HEAVY_RUNS,
 * BENCH_PORT, CHROMIUM_PATH, BENCH_APP_DIR, BENCH_OVERRIDE_DIR.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { openReviewList, openStatsPage, searchReviewList, watchFirstList } from './in-page.mjs';
import { initialJs } from './js-size.mjs';
import { printTable, rowOf } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** BENCH_TMP: another working folder (and BENCH_PORT another port), so that two benchmarks can run side by side. */
const TMP = process.env.BENCH_TMP ? resolve(ROOT, process.env.BENCH_TMP) : join(ROOT, 'bench', 'tmp');
const PAGE_OUT = join(TMP, 'page');
const APP_OUT = process.env.BENCH_APP_DIR ? resolve(ROOT, process.env.BENCH_APP_DIR) : join(TMP, 'app');
const OVERRIDE_DIR = process.env.BENCH_OVERRIDE_DIR ? resolve(ROOT, process.env.BENCH_OVERRIDE_DIR) : null;
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HEAVY_RUNS = Number(process.env.BENCH_HEAVY_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];
const IMPORT_ROWS = 10_000;
/** BENCH_LOG_ENTRIES: the change log seeded with the records (issue 15: full before/after copies, as the app writes them). */
const LOG_ENTRIES = Number(process.env.BENCH_LOG_ENTRIES ?? 500_000);
/** BENCH_RESTORE_RUNS: restores of the backup (each minutes long at 500,000 log entries). */
const RESTORE_RUNS = Number(process.env.BENCH_RESTORE_RUNS ?? 1);
/** A first visit of a page: this long after the app started on another page. */
const FIRST_VISIT_AFTER_MS = 3_000;
const skipBuild = process.argv.includes('--skip-build');
/** --only=open,list,figures,export,import,backup: measure just those (with --reuse-db, for working on a fix). */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (step) => !only || only.includes(step);
const SEED_FILE = join(TMP, 'seed.json');
const reuseDb = process.argv.includes('--reuse-db') && existsSync(SEED_FILE);
const fresh = process.argv.includes('--fresh');

const started = performance.now();
const loadAtStart = loadavg()[0];
const log = (msg) => console.log(`[bench ${String(Math.round((performance.now() - started) / 1000)).padStart(3)} s] ${msg}`);

/** Today in China, as the app computes it (shared/dates.ts todayInChina). */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

function serveBenchPage() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  return {
    name: 'fazhi-bench-page',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        const file = resolve(PAGE_OUT, `.${path === '/' ? '/index.html' : path}`);
        if (!file.startsWith(PAGE_OUT + sep) || !existsSync(file) || statSync(file).isDirectory()) return next();
        res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** The full version (the user agent says only the major one). */
function chromiumVersion(userAgent) {
  const out = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /Chromium ([\d.]+)/.exec(out)?.[1] ?? /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent;
}

/** BENCH_OVERRIDE_DIR: a file there replaces the repository's file at the same relative path. */
function overrides() {
  if (!OVERRIDE_DIR) return [];
  return [
    {
      name: 'fazhi-bench-overrides',
      enforce: 'pre',
      load(id) {
        if (id.includes('?') || id.startsWith('\0')) return null;
        const rel = relative(ROOT, id);
        const alt = join(OVERRIDE_DIR, rel);
        return !rel.startsWith('..') && existsSync(alt) ? readFileSync(alt, 'utf8') : null;
      },
    },
  ];
}

async function buildAll() {
  if (skipBuild && existsSync(join(APP_OUT, 'index.html')) && existsSync(join(PAGE_OUT, 'index.html'))) return;
  if (OVERRIDE_DIR && !process.env.BENCH_APP_DIR) {
    log(`building the renderer with the files of ${OVERRIDE_DIR}`);
    await build({
      configFile: join(ROOT, 'renderer/vite.config.ts'),
      logLevel: 'warn',
      plugins: overrides(),
      build: { outDir: APP_OUT, emptyOutDir: true },
    });
  } else if (!process.env.BENCH_APP_DIR) {
    log(`npm run build:renderer -- --outDir ${APP_OUT}`);
    const args = ['run', 'build:renderer', '--silent', '--', '--outDir', APP_OUT, '--emptyOutDir'];
    const r = spawnSync('npm', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    if (r.status !== 0 || !existsSync(join(APP_OUT, 'index.html'))) throw new Error('npm run build:renderer failed');
  }
  log('building the bench page (bench/page → bench/tmp/page)');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  await build({
    configFile: false,
    root: join(ROOT, 'bench/page'),
    base: '/__bench/',
    logLevel: 'warn',
    plugins: [...overrides(), react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: { outDir: PAGE_OUT, emptyOutDir: true, chunkSizeWarningLimit: 10_000, reportCompressedSize: false },
  });
}

/**
 * Seeding puts 85,000 records one by one and takes most of a minute: the seeded profile is kept in
 * bench/tmp/seeded/<key> and copied on the next run of the same day, while the generator and the schema are the same.
 */
function seedCacheDir() {
  const hash = createHash('sha256');
  for (const f of readdirSync(join(ROOT, 'bench/gen')).sort()) hash.update(readFileSync(join(ROOT, 'bench/gen', f)));
  hash.update(readFileSync(join(ROOT, 'renderer/src/db/db.ts')));
  hash.update(today);
  hash.update(String(LOG_ENTRIES));
  return join(TMP, 'seeded', hash.digest('hex').slice(0, 16));
}

async function main() {
  await buildAll();
  const server = await preview({
    configFile: join(ROOT, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: APP_OUT },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
    plugins: [serveBenchPage()],
  });
  /** A browser on its own on-disk profile, with the app opened once (Dexie creates the schema) and the bench page. */
  const launch = async (dir, fresh) => {
    if (fresh) rmSync(dir, { recursive: true, force: true });
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.addInitScript(watchFirstList);
    const first = await context.newPage();
    await first.goto(`${BASE}/#/settings`);
    await first.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const bench = await context.newPage();
    await bench.goto(`${BASE}/__bench/`);
    await bench.waitForFunction(() => document.getElementById('state')?.textContent === 'ready', null, { timeout: 60_000 });
    await first.close();
    return { context, bench };
  };
  log('opening the app in two browsers: one keeps an empty database, the other gets the records');
  // The empty database lives in a browser of its own, so that both are opened turn about under the same conditions.
  const empty = await launch(join(TMP, 'profile-empty'), true);
  const profile = join(TMP, 'profile');
  const cacheDir = seedCacheDir();
  const cached = !reuseDb && !fresh && existsSync(join(cacheDir, 'seed.json'));
  if (cached) {
    rmSync(profile, { recursive: true, force: true });
    cpSync(join(cacheDir, 'profile'), profile, { recursive: true });
  }
  let { context, bench } = await launch(profile, !reuseDb && !cached);
  const rows = [];
  const extra = {};
  // The repository's results are those of a run in the default folder; a side run (BENCH_TMP) keeps its own.
  const resultsFile = process.env.BENCH_TMP ? join(TMP, 'results.json') : join(ROOT, 'bench/results.json');
  const machineInfo = (userAgent) => ({
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium: chromiumVersion(userAgent),
    node: process.version,
    date: new Date().toISOString(),
    today,
    runs: RUNS,
    heavyRuns: HEAVY_RUNS,
    restoreRuns: RESTORE_RUNS,
    changeLogEntries: LOG_ENTRIES,
    loadAverage: [loadAtStart, loadavg()[0]].map((l) => Math.round(l * 100) / 100),
  });
  /** The results so far, after every measure: a run stopped part-way (hours at 500,000 log entries on a busy machine) keeps them. */
  let agent = '';
  const flush = () =>
    writeFileSync(resultsFile, `${JSON.stringify({ machine: { ...machineInfo(agent), partial: true }, results: rows, details: extra }, null, 2)}\n`);
  try {
    await empty.bench.evaluate(() => window.__bench.settingsOnly());
    const userAgent = await bench.evaluate(() => navigator.userAgent);
    agent = userAgent;

    const openApp = async (ctx) => {
      const page = await ctx.newPage();
      await page.goto(`${BASE}/#/`);
      await page.waitForFunction(() => typeof window.__firstList === 'number', null, { timeout: 120_000, polling: 50 });
      const t = await page.evaluate(() => window.__firstList);
      await page.close();
      return t;
    };
    const repeat = async (n, fn) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push(await fn(i));
      return out;
    };

    let seed;
    if (reuseDb) {
      seed = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
      log(`reusing the seeded database of the last run (${seed.liveCases} live cases)`);
    } else if (cached) {
      seed = JSON.parse(readFileSync(join(cacheDir, 'seed.json'), 'utf8'));
      writeFileSync(SEED_FILE, JSON.stringify(seed));
      log(`seeded database copied from ${relative(ROOT, cacheDir)} (same generator, schema and day; --fresh seeds anew)`);
    } else {
      log(`seeding 50,000 cases, 5,000 letters, 20,000 normative records, 10,000 agreements, ${LOG_ENTRIES} change-log entries`);
      seed = await bench.evaluate(([d, n]) => window.__bench.seed(d, n), [today, LOG_ENTRIES]);
      writeFileSync(SEED_FILE, JSON.stringify(seed));
      log(
        `seeded in ${Math.round(seed.generateMs)} ms (generate) + ${Math.round(seed.putMs)} ms (put, ${Math.round(seed.logMs)} ms of it the ${seed.changeLogEntries} log entries): ${JSON.stringify(seed.counts)}`,
      );
      await context.close();
      rmSync(join(TMP, 'seeded'), { recursive: true, force: true });
      mkdirSync(cacheDir, { recursive: true });
      cpSync(profile, join(cacheDir, 'profile'), { recursive: true });
      writeFileSync(join(cacheDir, 'seed.json'), JSON.stringify(seed));
      ({ context, bench } = await launch(profile, false));
    }
    extra.seed = seed;

    if (want('open')) {
      log('opening the app: seeded and empty database, turn about');
      await openApp(empty.context);
      await openApp(context);
      const openEmpty = [];
      const openFull = await repeat(RUNS, async () => {
        openEmpty.push(await openApp(empty.context));
        return openApp(context);
      });
      rows.push(
        rowOf({ key: 'open', label: 'Open the app (待办 list shown) vs. empty DB', runs: openFull, base: openEmpty, target: { ratio: 1.5 } }),
      );
    }

    flush();
    if (want('list')) {
      log('行政复议 list: first screen after the hash change, then the search');
      const app = await context.newPage();
      await app.goto(`${BASE}/#/settings`);
      await app.waitForFunction(() => typeof window.__firstList === 'number' || document.documentElement.dataset.ready === 'true');
      await app.waitForTimeout(500);
      const listRuns = await repeat(RUNS + 1, async () => {
        const r = await app.evaluate(openReviewList, { firstCaseNo: seed.firstCaseNo, total: seed.liveCases, timeoutMs: 60_000 });
        await app.evaluate(() => (location.hash = '#/settings'));
        await app.waitForFunction(() => !document.querySelector('.ant-pagination-total-text'));
        await app.waitForTimeout(300);
        return r;
      });
      listRuns.shift(); // the first one also loads the page's code
      rows.push(
        rowOf({
          key: 'reviewFirstScreen',
          label: '行政复议 list: first rows painted after #/review',
          runs: listRuns.map((r) => r.firstRows),
          target: { ms: 100 },
        }),
      );
      rows.push(rowOf({ key: 'reviewComplete', label: '行政复议 list: all cases loaded (total shown)', runs: listRuns.map((r) => r.complete) }));

      await app.evaluate(openReviewList, { firstCaseNo: seed.firstCaseNo, total: seed.liveCases, timeoutMs: 60_000 });
      await app.waitForTimeout(300);
      const { term, expected } = seed.search;
      const clearRuns = [];
      const searchRuns = await repeat(RUNS, async () => {
        const t = await app.evaluate(searchReviewList, { term, expected, timeoutMs: 60_000 });
        await app.waitForTimeout(200);
        clearRuns.push(await app.evaluate(searchReviewList, { term: '', expected: seed.liveCases, timeoutMs: 60_000 }));
        await app.waitForTimeout(200);
        return t;
      });
      rows.push(
        rowOf({
          key: 'reviewSearch',
          label: `行政复议 search “${term}” (${expected} of ${seed.liveCases}) painted`,
          runs: searchRuns,
          target: { ms: 100 },
        }),
      );
      rows.push(rowOf({ key: 'reviewSearchClear', label: '行政复议 search cleared (all cases again) painted', runs: clearRuns }));
      await app.close();
    }

    flush();
    if (want('firstvisit')) {
      // A first visit: a new page (its own Dexie, no cache of the list), the app opened on 设置, then #/review.
      const firstVisit = async (throttle) => {
        const page = await context.newPage();
        const cdp = throttle > 1 ? await context.newCDPSession(page) : null;
        await page.goto(`${BASE}/#/settings`);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
        // The clerk reads the first page a few seconds before opening the list (the app preloads the list's code
        // 2 s after it starts; its data is not read before the visit).
        await page.waitForTimeout(FIRST_VISIT_AFTER_MS);
        if (cdp) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const r = await page.evaluate(openReviewList, { firstCaseNo: seed.firstCaseNo, total: seed.liveCases, timeoutMs: 120_000 });
        if (cdp) await cdp.detach();
        await page.close();
        return r;
      };
      for (const throttle of [1, 4]) {
        log(`行政复议 list, first visit${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}`);
        const runs = await repeat(RUNS, () => firstVisit(throttle));
        const tag = throttle > 1 ? `, CPU ${throttle}× slower` : '';
        const key = throttle > 1 ? 'Throttled' : '';
        rows.push(
          rowOf({
            key: `reviewFirstVisitRows${key}`,
            label: `行政复议 list, first visit${tag}: first rows painted`,
            runs: runs.map((r) => r.firstRows),
            target: throttle > 1 ? null : { ms: 100 },
          }),
        );
        rows.push(
          rowOf({
            key: `reviewFirstVisitUsable${key}`,
            label: `行政复议 list, first visit${tag}: usable (all cases loaded, search/filter/paging)`,
            runs: runs.map((r) => r.complete),
            target: throttle > 1 ? null : { ms: 300 },
          }),
        );
      }
    }

    flush();
    if (want('stats')) {
      log('年度统计 page, first visit');
      const statsVisit = async () => {
        const page = await context.newPage();
        await page.goto(`${BASE}/#/settings`);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
        await page.waitForTimeout(500);
        const t = await page.evaluate(openStatsPage, { year: seed.year, timeoutMs: 120_000 });
        await page.close();
        return t;
      };
      const runs = await repeat(RUNS, statsVisit);
      rows.push(
        rowOf({ key: 'statsFirstVisit', label: `年度统计 ${seed.year}, first visit: every panel's figures painted`, runs, target: { ms: 500 } }),
      );
    }

    const available = await bench.evaluate(() => window.__bench.available());
    flush();
    if (want('figures')) {
      log('year-end figures');
      await bench.evaluate((y) => window.__bench.figures(y), seed.year);
      const figures = [];
      const floor = [];
      const yearFloor = [];
      for (let i = 0; i < HEAVY_RUNS; i++) {
        floor.push(await bench.evaluate(() => window.__bench.floor()));
        yearFloor.push(await bench.evaluate((y) => window.__bench.yearFloor(y), seed.year));
        figures.push(await bench.evaluate((y) => window.__bench.figures(y), seed.year));
      }
      extra.figures = { recordsRead: figures[0].records, recordsOfYearFloor: yearFloor[0].records };
      rows.push(
        rowOf({
          key: 'figures',
          label: `Year-end figures ${seed.year} (${figures[0].records} records read), all ledgers vs. getAll of just those records`,
          runs: figures.map((r) => r.ms),
          base: yearFloor.map((r) => r.ms),
          target: { ratio: 1.5 },
        }),
      );
      rows.push(
        rowOf({
          key: 'figuresVsFullTables',
          label: `Year-end figures ${seed.year} vs. one getAll of every ledger table (every year)`,
          runs: figures.map((r) => r.ms),
          base: floor,
        }),
      );
    }

    flush();
    if (want('export')) {
      log('xlsx export of one year');
      if (available.export && available.import) {
        const exp = [];
        const click = [];
        const expFloor = [];
        for (let i = 0; i < HEAVY_RUNS; i++) {
          exp.push(await bench.evaluate((y) => window.__bench.exportXlsx(y), seed.year));
          expFloor.push(await bench.evaluate(() => window.__bench.exportFloor()));
          click.push(await bench.evaluate((y) => window.__bench.exportXlsxFromPage(y), seed.year));
        }
        extra.export = { bytes: exp[0].bytes, ledgerRows: exp[0].ledgerRows, floorBytes: expFloor[0].bytes };
        const floorRuns = expFloor.map((r) => r.ms);
        rows.push(
          rowOf({
            key: 'exportXlsx',
            label: `xlsx export ${seed.year} (${exp[0].ledgerRows} ledger rows), records held by 年度统计, vs. plain exceljs`,
            runs: click.map((r) => r.ms),
            base: floorRuns,
            target: { ratio: 1.5 },
            parts: click.map((r) => r.parts),
          }),
        );
        rows.push(
          rowOf({
            key: 'exportXlsxWithRead',
            label: `xlsx export ${seed.year} reading the database first (loadYearData) vs. plain exceljs`,
            runs: exp.map((r) => r.ms),
            base: floorRuns,
            parts: exp.map((r) => r.parts),
          }),
        );
      } else rows.push(rowOf({ key: 'exportXlsx', label: 'xlsx export of one year', unavailable: true, target: { ratio: 1.5 } }));
    }

    flush();
    if (want('backup')) {
      log('full backup, then its restore');
      if (available.backup) {
        const bak = [];
        const bakFloor = [];
        for (let i = 0; i < HEAVY_RUNS; i++) {
          bak.push(await bench.evaluate(() => window.__bench.backup()));
          if (i === 0) bakFloor.push(await bench.evaluate(() => window.__bench.backupFloor()));
        }
        extra.backup = { bytes: bak[0].bytes, counts: bak[0].counts, floorRows: bakFloor[0].rows, longTasks: bak.map((r) => r.longTasks) };
        rows.push(
          rowOf({
            key: 'backup',
            label: `Full backup (${(bak[0].bytes / 1048576).toFixed(1)} MB .fzbak, ${bak[0].counts.changeLog ?? 0} log entries) vs. reading every row`,
            runs: bak.map((r) => r.ms),
            base: bakFloor.map((r) => r.ms),
          }),
        );
        rows.push(
          rowOf({ key: 'backupFreeze', label: 'Full backup: longest main-thread task', runs: bak.map((r) => r.longestTaskMs), target: { ms: 100 } }),
        );
        let res = [];
        try {
          res = await repeat(RESTORE_RUNS, () => bench.evaluate(() => window.__bench.restore()));
        } catch (e) {
          log(`restore failed: ${e?.message ?? e}`);
          rows.push(
            rowOf({ key: 'restore', label: 'Restore of that backup', unavailable: true, note: `failed: ${String(e?.message ?? e).slice(0, 200)}` }),
          );
        }
        if (res[0]) {
          extra.restore = { bytes: res[0].bytes, counts: res[0].counts, longTasks: res.map((r) => r.longTasks) };
          rows.push(
            rowOf({
              key: 'restore',
              label: 'Restore of that backup (check + stage, 恢复前 backup, replace) vs. reading every row',
              runs: res.map((r) => r.ms),
              base: bakFloor.map((r) => r.ms),
              parts: res.map((r) => r.parts),
            }),
          );
          rows.push(
            rowOf({ key: 'restoreFreeze', label: 'Restore: longest main-thread task', runs: res.map((r) => r.longestTaskMs), target: { ms: 100 } }),
          );
        }
      } else rows.push(rowOf({ key: 'backup', label: 'Full backup', unavailable: true }));
    }

    flush();
    if (want('import')) {
      log('import of a 10,000-row sheet');
      const prepared = available.import ? await bench.evaluate(([d, n]) => window.__bench.prepareImport(d, n), [today, IMPORT_ROWS]) : null;
      if (prepared) {
        const imp = [];
        const impFloor = [];
        const writeFloor = [];
        for (let i = 0; i < HEAVY_RUNS; i++) {
          imp.push(await bench.evaluate(() => window.__bench.importSheet()));
          impFloor.push(await bench.evaluate(() => window.__bench.importFloor()));
          // Informative, and seconds long: once.
          if (i === 0) writeFloor.push(await bench.evaluate(() => window.__bench.importWriteFloor()));
        }
        extra.import = { fileBytes: prepared.bytes, counts: imp[0].counts, firstIssues: imp[0].firstIssues };
        const note = imp[0].counts.created === IMPORT_ROWS ? undefined : `only ${imp[0].counts.created} of ${IMPORT_ROWS} rows created`;
        rows.push(
          rowOf({
            key: 'importXlsx',
            label: `Import ${IMPORT_ROWS} 行政复议 rows (read, plan, commit) vs. exceljs read`,
            runs: imp.map((r) => r.ms),
            base: impFloor.map((r) => r.ms),
            target: { ratio: 3 },
            note,
            parts: imp.map((r) => r.parts),
          }),
        );
        // The safety backup of the whole database (import:backup, backup-service.ts) is kept before every import; what the
        // import itself costs is the rest.
        if (imp.every((r) => typeof r.parts['import:backup'] === 'number')) {
          rows.push(
            rowOf({
              key: 'importXlsxWithoutBackup',
              label: `Import ${IMPORT_ROWS} rows less its safety backup (import:backup) vs. exceljs read`,
              runs: imp.map((r) => r.ms - r.parts['import:backup']),
              base: impFloor.map((r) => r.ms),
            }),
          );
        }
        rows.push(
          rowOf({
            key: 'importWriteFloor',
            label: `Writing the ${IMPORT_ROWS} imported records with plain IndexedDB vs. exceljs read`,
            runs: writeFloor.map((r) => r.ms),
            base: impFloor.map((r) => r.ms),
          }),
        );
      } else rows.push(rowOf({ key: 'importXlsx', label: `Import of a ${IMPORT_ROWS}-row sheet`, unavailable: true, target: { ratio: 3 } }));
    }

    flush();
    const js = initialJs(APP_OUT);
    extra.javascript = js;
    rows.push(
      rowOf({
        key: 'initialJs',
        label: `Initial JS (${js.initial.map((f) => f.file).join(', ')}), gzip`,
        size: js.initialGzip,
        rawSize: js.initialRaw,
      }),
    );
    rows.push(rowOf({ key: 'lazyJs', label: `Lazy JS (${js.lazy.length} chunks), gzip`, size: js.lazyGzip, rawSize: js.lazyRaw }));

    const machine = machineInfo(userAgent);
    printTable(rows, machine);
    for (const f of js.lazy) console.log(`  lazy chunk ${f.file}: ${(f.raw / 1024).toFixed(0)} kB, gzip ${(f.gzip / 1024).toFixed(0)} kB`);
    // The repository's results are those of a run in the default folder; a side run (BENCH_TMP) keeps its own.
    writeFileSync(resultsFile, `${JSON.stringify({ machine, results: rows, details: extra }, null, 2)}\n`);
    log(`done; written to ${relative(ROOT, resultsFile)} (median of ${RUNS} runs, ${HEAVY_RUNS} for export, import and backup)`);
  } finally {
    await empty.context.close();
    await context.close();
    await new Promise((r) => server.httpServer.close(r));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
