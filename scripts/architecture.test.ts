import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * design.md: imports point one way. renderer → shared and electron → shared; never renderer ↔ electron;
 * shared imports nothing of ours outside shared/ and no platform package (DOM, Node, Electron, Dexie, React).
 * Inside renderer/src, Biome checks the file-level rules (biome.json, proved by lint-rules.test.ts); this file
 * checks what a linter sees no file of: cycles between whole features, and where the app-wide pieces live.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_PACKAGES = new Set(['zod', 'vitest']);
const IMPORT_RE =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(c|m)?tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function topFolder(file: string): string {
  return relative(ROOT, file).split(sep)[0];
}

/** Every rule broken by one file, as readable lines. */
function violations(file: string, source: string): string[] {
  const from = topFolder(file);
  const out: string[] = [];
  for (const spec of importsOf(source)) {
    const rel = relative(ROOT, file);
    if (spec.startsWith('.')) {
      const to = topFolder(resolve(dirname(file), spec));
      if (from === 'shared' && to !== 'shared') out.push(`${rel}: shared/ must not import ${spec}`);
      if (from === 'renderer' && to === 'electron') out.push(`${rel}: renderer/ must not import electron/ (${spec})`);
      if (from === 'electron' && to === 'renderer') out.push(`${rel}: electron/ must not import renderer/ (${spec})`);
    } else if (from === 'shared' && !SHARED_PACKAGES.has(spec.split('/')[0])) {
      out.push(`${rel}: shared/ must stay pure, but imports the package ${spec}`);
    }
  }
  return out;
}

describe('import boundaries', () => {
  it('hold for every source file', () => {
    const files = ['shared', 'renderer/src', 'electron'].flatMap((d) => sourceFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const broken = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')));
    expect(broken).toEqual([]);
  });

  it('catch each kind of violation', () => {
    const f = (p: string) => join(ROOT, p);
    expect(violations(f('shared/review/x.ts'), "import { db } from '../../renderer/src/db/db';")).toHaveLength(1);
    expect(violations(f('shared/review/x.ts'), "import Dexie from 'dexie';")).toHaveLength(1);
    expect(violations(f('shared/review/x.ts'), "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(violations(f('shared/x.ts'), "const e = require('electron');")).toHaveLength(1);
    expect(violations(f('renderer/src/a.ts'), "export { x } from '../../electron/main';")).toHaveLength(1);
    expect(violations(f('renderer/src/a.ts'), "const m = await import('../../electron/ipc');")).toHaveLength(1);
    expect(violations(f('electron/main.ts'), "import type { X } from '../renderer/src/db/db';")).toHaveLength(1);
    expect(violations(f('renderer/src/a.ts'), "import { z } from 'zod';\nimport { x } from '../../shared/dates';")).toEqual([]);
    expect(violations(f('shared/review/a.ts'), "import { z } from 'zod';\nimport { x } from '../dates';")).toEqual([]);
  });
});

const FEATURES = join(ROOT, 'renderer/src/features');
/** Tests seed their data through any feature's repositories; only the app's own modules form the feature graph. */
const TEST_FILE = /\.test\.tsx?$|\.test-util\.ts$|(^|[\\/])test-fixtures\.ts$/;

/** feature → the other features its (non-test) files import, from the relative imports of each file. */
function featureGraph(files: { file: string; source: string }[]): Map<string, Set<string>> {
  const featureOf = (file: string) => {
    const rel = relative(FEATURES, file);
    return rel.startsWith('..') ? null : rel.split(sep)[0];
  };
  const graph = new Map<string, Set<string>>();
  for (const { file, source } of files) {
    const from = featureOf(file);
    if (from === null || TEST_FILE.test(file)) continue;
    for (const spec of importsOf(source)) {
      const to = spec.startsWith('.') ? featureOf(resolve(dirname(file), spec)) : null;
      if (to === null || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** The groups of features that import each other round in a circle (strongly connected, more than one), sorted. */
function featureCycles(graph: Map<string, Set<string>>): string[][] {
  const reaches = (a: string, b: string, seen = new Set<string>()): boolean => {
    for (const next of graph.get(a) ?? []) {
      if (next === b) return true;
      if (!seen.has(next)) {
        seen.add(next);
        if (reaches(next, b, seen)) return true;
      }
    }
    return false;
  };
  const nodes = [...graph.keys()].sort();
  const groups = new Map<string, string[]>();
  for (const a of nodes) {
    const group = nodes.filter((b) => b === a || (reaches(a, b) && reaches(b, a)));
    if (group.length > 1) groups.set(group.join(), group);
  }
  return [...groups.values()];
}

/** Cycles between features known today: none (recycle reads the ledger registry, not history's tables). */
const KNOWN_FEATURE_CYCLES: string[][] = [];

/** Pieces every page uses: they live outside any one feature (ui/, app/ or shared/). */
const APP_WIDE = ['PageTitle', 'ErrorNotice', 'useWorkCalendar', 'formatChinaTime'];

function definitions(files: { file: string; source: string }[], name: string): string[] {
  const re = new RegExp(`^export\\s+(?:async\\s+)?(?:function|const|class)\\s+${name}\\b`, 'm');
  return files.filter((f) => re.test(f.source)).map((f) => relative(ROOT, f.file).split(sep).join('/'));
}

describe('renderer features', () => {
  const files = ['shared', 'renderer/src'].flatMap((d) => sourceFiles(join(ROOT, d))).map((file) => ({ file, source: readFileSync(file, 'utf8') }));

  it('import each other in no circle beyond the known one', () => {
    const cycles = featureCycles(featureGraph(files));
    expect(cycles.filter((c) => !KNOWN_FEATURE_CYCLES.some((k) => k.join() === c.join()))).toEqual([]);
  });

  it('have no folder deeper than one level, the depth whose imports biome.json checks', () => {
    const tooDeep = files.map((f) => relative(FEATURES, f.file).split(sep)).filter((parts) => parts[0] !== '..' && parts.length > 3);
    expect(tooDeep).toEqual([]);
  });

  it('leave the app-wide pieces outside every feature', () => {
    for (const name of APP_WIDE) {
      const where = definitions(files, name);
      expect(where, name).toHaveLength(1);
      expect(where[0], name).not.toMatch(/^renderer\/src\/features\//);
    }
  });

  it('catch a cycle between features and an app-wide piece inside one', () => {
    const f = (p: string, source: string) => ({ file: join(ROOT, p), source });
    const graph = featureGraph([
      f('renderer/src/features/todo/TodoPage.tsx', "import { useOpenCases } from '../review';"),
      f('renderer/src/features/review/CasePage.tsx', "import { x } from '../todo';\nimport { y } from '../../ui/PageTitle';"),
      f('renderer/src/features/review/review-repo.test.ts', "import { z } from '../stats/StatsPage';"),
      f('renderer/src/features/stats/charts/ChartBox.tsx', "import { useLiveCases } from '../../review';"),
    ]);
    expect(featureCycles(graph)).toEqual([['review', 'todo']]);
    expect(graph.get('stats')).toEqual(new Set(['review']));
    expect(graph.get('review')).toEqual(new Set(['todo']));
    const moved = [f('renderer/src/features/review/use-review-data.ts', 'export function useWorkCalendar(): WorkCalendar {')];
    expect(definitions(moved, 'useWorkCalendar')).toEqual(['renderer/src/features/review/use-review-data.ts']);
  });
});
