import { describe, expect, it } from 'vitest';

// Every renderer source file (tests excluded), as text, keyed by its path relative to this folder.
const sources = import.meta.glob(['../../**/*.ts', '../../**/*.tsx', '!../../**/*.test.ts', '!../../**/*.test-util.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const STATIC_IMPORT = /^\s*import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm;

function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

describe('export code stays out of the first screen', () => {
  it('reads the renderer sources', () => {
    expect(Object.keys(sources)).toContain('../stats/StatsPage.tsx');
    expect(Object.keys(sources)).toContain('./ExportButtons.tsx');
    expect(Object.keys(sources)).toContain('../../main.tsx');
  });

  it('imports exceljs and docx only from the builders, and the builders only with import()', () => {
    const offenders: string[] = [];
    for (const [path, source] of Object.entries(sources)) {
      const isBuilder = /^\.\/(xlsx|docx)-builder\.ts$/.test(path);
      for (const spec of staticImports(source)) {
        if ((spec === 'exceljs' || spec === 'docx') && !isBuilder) offenders.push(`${path} → ${spec}`);
        if (/(xlsx|docx)-builder$/.test(spec)) offenders.push(`${path} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(sources['./ExportButtons.tsx']).toMatch(/import\('\.\/xlsx-builder'\)/);
    expect(sources['./ExportButtons.tsx']).toMatch(/import\('\.\/docx-builder'\)/);
  });
});
