import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * design.md: imports point one way. renderer → shared and electron → shared; never renderer ↔ electron;
 * shared imports nothing of ours outside shared/ and no platform package (DOM, Node, Electron, Dexie, React).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_PACKAGES = new Set(['zod', 'vitest']);
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

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

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function topFolder(file: string): string {
  return relative(ROOT, file).split(sep)[0];
}

/** Every rule broken by one file, as readable lines. */
export function violations(file: string, source: string): string[] {
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
