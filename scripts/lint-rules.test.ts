import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The dependency rules of renderer/src live in biome.json (noRestrictedImports per folder, noImportCycles). This
 * lints small fixture trees with the project's own biome.json in a temporary folder and checks that a breaking
 * import is reported, and an allowed one is not: a rule that cannot fail would pass unnoticed.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIOME = join(ROOT, 'node_modules/@biomejs/biome/bin/biome');
const RULES = new Set(['lint/style/noRestrictedImports', 'lint/suspicious/noImportCycles']);

const FIXTURES: Record<string, string> = {
  // (a) ui/ imports neither app/ nor features/.
  'renderer/src/ui/BadShell.tsx': "import { navigate } from '../app/router';\nexport const go = navigate;\n",
  'renderer/src/ui/BadFeature.tsx': "import { useOpenCases } from '../features/review';\nexport const open = useOpenCases;\n",
  'renderer/src/ui/Good.tsx':
    "import { errorText } from './errors';\nimport { todayInChina } from '../../../shared/dates';\nimport { UserError } from '../db/write';\nexport const all = [errorText, todayInChina, UserError];\n",
  // (b) another feature only through its entry, from a feature's top folder and from a sub-folder.
  'renderer/src/features/stats/BadDeep.tsx': "import { useLiveCases } from '../review/use-review-data';\nexport const cases = useLiveCases;\n",
  'renderer/src/features/stats/BadLazy.tsx': "export const page = () => import('../review/CasePage');\n",
  'renderer/src/features/stats/charts/BadDeep.tsx':
    "import { useLiveCases } from '../../review/use-review-data';\nexport const cases = useLiveCases;\n",
  'renderer/src/features/stats/Good.tsx': [
    "import { useLiveCases } from '../review';",
    "import { useLiveAgreements } from '../agreements/index';",
    "import { PageTitle } from '../../ui/PageTitle';",
    "import { navigate } from '../../app/router';",
    "import { ReviewStats } from './ReviewStats';",
    "import { formatChineseDate } from '../../../../shared/dates';",
    'export const all = [useLiveCases, useLiveAgreements, PageTitle, navigate, ReviewStats, formatChineseDate];',
    '',
  ].join('\n'),
  'renderer/src/features/stats/charts/Good.tsx':
    "import { useLiveCases } from '../../review';\nimport { StatsPage } from '../StatsPage';\nexport const all = [useLiveCases, StatsPage];\n",
  // Tests seed their records through any feature's repository.
  'renderer/src/features/stats/stats.test.ts': "import { registerCase } from '../review/review-repo';\nexport const seed = registerCase;\n",
  // (c) no import cycles.
  'renderer/src/app/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;\n",
  'renderer/src/app/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
};

let dir = '';
let reported: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-lint-'));
  copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
  for (const [path, source] of Object.entries(FIXTURES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const run = spawnSync(process.execPath, [BIOME, 'lint', '--reporter=github', '--max-diagnostics=none', '.'], { cwd: dir, encoding: 'utf8' });
  // One line per diagnostic: ::error title=lint/…,file=…,line=…,…::message
  reported = [...run.stdout.matchAll(/^::\w+ title=([^,]+),file=([^,]+),line=(\d+)/gm)]
    .filter((m) => RULES.has(m[1]))
    .map((m) => `${m[2].replace(/\\/g, '/').replace(/^.*?(renderer\/src\/)/, '$1')}:${m[3]} ${m[1].split('/')[2]}`);
}, 30_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('biome.json dependency rules', () => {
  it('(a) refuse ui/ importing app/ or features/', () => {
    expect(reported).toContain('renderer/src/ui/BadShell.tsx:1 noRestrictedImports');
    expect(reported).toContain('renderer/src/ui/BadFeature.tsx:1 noRestrictedImports');
  });

  it('(b) refuse a feature reaching into another past its index.ts, statically or lazily, from any depth', () => {
    expect(reported).toContain('renderer/src/features/stats/BadDeep.tsx:1 noRestrictedImports');
    expect(reported).toContain('renderer/src/features/stats/BadLazy.tsx:1 noRestrictedImports');
    expect(reported).toContain('renderer/src/features/stats/charts/BadDeep.tsx:1 noRestrictedImports');
  });

  it('(c) refuse an import cycle', () => {
    expect(reported).toContain('renderer/src/app/cycle-a.ts:1 noImportCycles');
    expect(reported).toContain('renderer/src/app/cycle-b.ts:1 noImportCycles');
  });

  it('report nothing else: entries, ui/, app/, shared/, own files and tests are allowed', () => {
    expect(reported).toHaveLength(7);
  });
});
