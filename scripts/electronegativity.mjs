// `npm run security:report`: runs Electronegativity (Doyensec's Electron linter) over electron/ and, when
// built, dist-electron/, and prints one table of findings. It is a report, not a gate: it always exits 0.
// README §安全 explains every finding that remains; a finding not listed in KNOWN_FINDINGS is marked 新.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Checks left out: this one downloads Electron's release list from GitHub (unreachable from here and from
 * most government networks) and, on Node 24, crashes the process when the download fails. Electron updates
 * are tracked by pinning electron in package.json instead.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Findings that README §安全 explains, as `CHECK_ID file` (no line numbers: they move with every edit).
 * Anything else is printed as 新 (new) so that it gets looked at and explained.
 */
export const KNOWN_FINDINGS = new Set([
  'CSP_GLOBAL_CHECK N/A',
  'CONTEXT_ISOLATION_JS_CHECK electron/main.ts',
  'SANDBOX_JS_CHECK electron/main.ts',
  'AUXCLICK_JS_CHECK electron/main.ts',
  'OPEN_EXTERNAL_JS_CHECK electron/main.ts',
  'OPEN_EXTERNAL_JS_CHECK electron/host-handlers.ts',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK electron/host-handlers.ts',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK dist-electron/main.cjs',
  'CONTEXT_ISOLATION_JS_CHECK dist-electron/main.cjs',
  'SANDBOX_JS_CHECK dist-electron/main.cjs',
  'AUXCLICK_JS_CHECK dist-electron/main.cjs',
  'OPEN_EXTERNAL_JS_CHECK dist-electron/main.cjs',
]);

/**
 * Electronegativity reads only .js/.jsx/.ts/.tsx/.html files, so the CommonJS preload (.cts) and the bundles
 * (.cjs) would be skipped silently. They are scanned from a copy with an extension it reads appended.
 * Tests, source maps and configuration are not shipped and are left out. Returns null for a skipped file.
 */
/** @param {string} name @returns {string | null} */
export function stagedName(name) {
  if (/\.test\.[cm]?[jt]sx?$/.test(name) || name.endsWith('.map') || name.endsWith('.d.ts')) return null;
  if (/^vite\.config\./.test(name) || name === 'tsconfig.json') return null;
  if (/\.(ts|tsx|js|jsx|html)$/.test(name)) return name;
  if (/\.(cts|mts)$/.test(name)) return `${name}.ts`;
  if (/\.(cjs|mjs)$/.test(name)) return `${name}.js`;
  return null;
}

/** The inverse of stagedName, for the report. */
/** @param {string} staged */
export function originalName(staged) {
  return staged.replace(/\.(cts|mts)\.ts$/, '.$1').replace(/\.(cjs|mjs)\.js$/, '.$1');
}

function stageTree(from, to) {
  let count = 0;
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    if (statSync(source).isDirectory()) {
      if (name !== 'node_modules' && !name.startsWith('.')) count += stageTree(source, path.join(to, name));
      continue;
    }
    const target = stagedName(name);
    if (target === null) continue;
    copyFileSync(source, path.join(to, target));
    count++;
  }
  return count;
}

/**
 * @typedef {{ check: string, severity: string, confidence: string, where: string, known: boolean, description: string }} Row
 * @typedef {{ id: string, file?: string, location?: { line?: number }, severity?: { name: string }, confidence?: { name: string }, description?: string }} Issue
 */

/**
 * One row per finding. `target` is the scanned folder relative to the app root ('electron', 'dist-electron');
 * `result` is what Electronegativity's runner returns ({ issues, errors }).
 */
/**
 * @param {string} target
 * @param {{ issues: Issue[], errors?: { file: string, message: string, tolerable: boolean }[] }} result
 * @returns {Row[]}
 */
export function toRows(target, result) {
  const rows = result.issues.map((issue) => {
    const file = issue.file && issue.file !== 'N/A' ? `${target}/${originalName(issue.file.replace(/\\/g, '/'))}` : 'N/A';
    const line = issue.location?.line ?? 0;
    return {
      check: issue.id,
      severity: issue.severity?.name ?? String(issue.severity),
      confidence: issue.confidence?.name ?? String(issue.confidence),
      where: file === 'N/A' ? `${target}/（全局）` : `${file}:${line}`,
      known: KNOWN_FINDINGS.has(`${issue.id} ${file}`),
      description: String(issue.description ?? ''),
    };
  });
  for (const error of result.errors ?? []) {
    if (error.tolerable) continue;
    rows.push({
      check: 'PARSE_ERROR',
      severity: '-',
      confidence: '-',
      where: `${target}/${originalName(path.basename(String(error.file)))}`,
      known: false,
      description: `not scanned: ${error.message}`,
    });
  }
  const order = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 };
  return rows.sort((a, b) => (order[a.severity] ?? 4) - (order[b.severity] ?? 4) || a.where.localeCompare(b.where));
}

function width(text) {
  // CJK characters take two columns in a terminal.
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text, size) {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/**
 * A plain-text table; long descriptions are cut, the wiki page of each check has the full text.
 * @param {Row[]} rows
 */
export function formatTable(rows) {
  if (rows.length === 0) return 'No findings.';
  const cells = rows.map((row) => [
    row.known ? '' : '新',
    row.check,
    `${row.severity}/${row.confidence}`,
    row.where,
    row.description.length > 70 ? `${row.description.slice(0, 69)}…` : row.description,
  ]);
  const header = ['', 'check', 'severity/confidence', 'where', 'description'];
  const sizes = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c) =>
    c
      .map((text, i) => pad(text, sizes[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(sizes.map((s) => '-'.repeat(s))), ...cells.map(line)].join('\n');
}

/** The package's programmatic runner, resolved from the app (devDependency) or NODE_PATH; null when absent. */
function loadRunner() {
  const require = createRequire(path.join(APP_ROOT, 'package.json'));
  let runnerPath;
  try {
    runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  } catch {
    return null;
  }
  // Offline: the runner fetches translations and release notes with `got`, and an unreachable host leaves a
  // retry timer that throws on Node 24. A stand-in that fails at once keeps the run quick and deterministic.
  const fromRunner = createRequire(runnerPath);
  const gotPath = fromRunner.resolve('got');
  const offline = () => Promise.reject(new Error('offline: network disabled by scripts/electronegativity.mjs'));
  offline.head = offline;
  offline.get = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  Module._cache[gotPath] = stub;
  pinParserTypeScript(fromRunner);
  return fromRunner(runnerPath);
}

/**
 * Electronegativity parses .ts files with @typescript-eslint/typescript-estree 4, which requires whatever
 * `typescript` it finds: in this project that is TypeScript 7, which no longer has the compiler API the parser
 * calls. Electronegativity installs its own TypeScript 4 beside it; point the parser's requires there.
 */
function pinParserTypeScript(fromRunner) {
  let estreeDir;
  let ownTypeScript;
  try {
    estreeDir = path.dirname(fromRunner.resolve('@typescript-eslint/typescript-estree/package.json'));
    ownTypeScript = fromRunner.resolve('typescript');
  } catch {
    return;
  }
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request === 'typescript' && parent?.filename?.startsWith(estreeDir + path.sep)) return ownTypeScript;
    return resolve.call(this, request, parent, ...rest);
  };
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8'));
  return String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '') || undefined;
}

async function scan(run, target) {
  const staging = mkdtempSync(path.join(tmpdir(), 'fazhi-eneg-'));
  try {
    const files = stageTree(path.join(APP_ROOT, target), staging);
    const result = await run({
      input: staging,
      isRelative: true,
      customScan: [],
      excludeFromScan: [...EXCLUDED_CHECKS],
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    });
    return { files, rows: toRows(target, result) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function main() {
  let runner;
  try {
    runner = loadRunner();
  } catch (error) {
    console.log(`Electronegativity could not be loaded: ${error instanceof Error ? error.message : error}`);
    return;
  }
  if (runner === null) {
    console.log('Electronegativity is not installed: add "@doyensec/electronegativity" to devDependencies (npm ci), then run again.');
    return;
  }
  const run = runner.default ?? runner;
  const targets = ['electron', 'dist-electron'].filter((dir) => {
    try {
      return statSync(path.join(APP_ROOT, dir)).isDirectory();
    } catch {
      return false;
    }
  });
  if (!targets.includes('dist-electron'))
    console.log('dist-electron/ not built: scanning the sources only (npm run build:electron adds the bundles).');

  // The runner prints progress through console.log; keep the report itself readable.
  const rows = [];
  for (const target of targets) {
    const log = console.log;
    try {
      console.log = () => {};
      const { files, rows: found } = await scan(run, target);
      console.log = log;
      console.log(`${target}/: ${files} files scanned, ${found.length} findings`);
      rows.push(...found);
    } catch (error) {
      console.log = log;
      console.log(`${target}/: scan failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  console.log('');
  console.log(formatTable(rows));
  const fresh = rows.filter((row) => !row.known).length;
  console.log('');
  console.log(
    fresh === 0
      ? 'Every finding is explained in README.md §安全 (Electron 安全检查表).'
      : `${fresh} finding(s) marked 新 are not yet explained in README.md §安全: fix them, or explain them there and add them to KNOWN_FINDINGS in scripts/electronegativity.mjs.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main()
    .catch((error) => console.log(`Electronegativity report failed: ${error instanceof Error ? error.stack : error}`))
    .finally(() => process.exit(0));
}
