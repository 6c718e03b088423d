import { describe, expect, it } from 'vitest';
import { EXCLUDED_CHECKS, KNOWN_FINDINGS, formatTable, originalName, stagedName, toRows } from './electronegativity.mjs';

describe('stagedName / originalName', () => {
  it.each([
    ['main.ts', 'main.ts'],
    ['preload.cts', 'preload.cts.ts'],
    ['main.cjs', 'main.cjs.js'],
    ['start.mjs', 'start.mjs.js'],
    ['index.html', 'index.html'],
  ])('scans %s as %s and reports it under its own name', (name, staged) => {
    expect(stagedName(name)).toBe(staged);
    expect(originalName(staged)).toBe(name);
  });

  it.each(['main.test.ts', 'preload.test.cts', 'main.cjs.map', 'vite.config.ts', 'tsconfig.json', 'types.d.ts', 'icon.png'])('skips %s', (name) => {
    expect(stagedName(name)).toBeNull();
  });
});

const severity = (name: string) => ({ name, value: 0 });
const confidence = (name: string) => ({ name, value: 0 });

describe('toRows', () => {
  it('maps findings back to the project files and marks the explained ones', () => {
    const rows = toRows('electron', {
      issues: [
        {
          id: 'OPEN_EXTERNAL_JS_CHECK',
          file: 'host-handlers.ts',
          location: { line: 81 },
          severity: severity('MEDIUM'),
          confidence: confidence('TENTATIVE'),
          description: 'Review the use of openExternal',
        },
        {
          id: 'NODE_INTEGRATION_JS_CHECK',
          file: 'preload.cts.ts',
          location: { line: 3 },
          severity: severity('HIGH'),
          confidence: confidence('FIRM'),
          description: 'Disable nodeIntegration',
        },
        {
          id: 'CSP_GLOBAL_CHECK',
          file: 'N/A',
          location: { line: 0 },
          severity: severity('MEDIUM'),
          confidence: confidence('CERTAIN'),
          description: 'No CSP',
        },
      ],
      errors: [{ file: '/tmp/x/new-syntax.ts', message: 'Unexpected token', tolerable: false }],
    });
    expect(rows.map((r) => [r.check, r.where, r.known])).toEqual([
      ['NODE_INTEGRATION_JS_CHECK', 'electron/preload.cts:3', false],
      ['CSP_GLOBAL_CHECK', 'electron/（全局）', true],
      ['OPEN_EXTERNAL_JS_CHECK', 'electron/host-handlers.ts:81', true],
      ['PARSE_ERROR', 'electron/new-syntax.ts', false],
    ]);
  });
});

describe('formatTable', () => {
  it('prints one line per finding, 新 for the unexplained', () => {
    const text = formatTable([
      {
        check: 'AUXCLICK_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        where: 'electron/main.ts:113',
        known: true,
        description: 'Limit navigation flows',
      },
      { check: 'X_CHECK', severity: 'LOW', confidence: 'TENTATIVE', where: 'electron/a.ts:1', known: false, description: 'y'.repeat(100) },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^\s+AUXCLICK_JS_CHECK\s+MEDIUM\/FIRM\s+electron\/main\.ts:113\s+Limit navigation flows$/);
    expect(lines[3].startsWith('新')).toBe(true);
    expect(lines[3]).toContain('…');
  });

  it('says so when there is nothing to report', () => {
    expect(formatTable([])).toBe('No findings.');
  });
});

describe('configuration', () => {
  it('leaves out only the check that needs GitHub', () => {
    expect(EXCLUDED_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck']);
  });

  it('knows the findings README §安全 explains', () => {
    expect(KNOWN_FINDINGS.has('CSP_GLOBAL_CHECK N/A')).toBe(true);
    expect(KNOWN_FINDINGS.has('OPEN_EXTERNAL_JS_CHECK electron/host-handlers.ts')).toBe(true);
  });
});
