/**
 * The steps of an import as User Timing measures ('import:read', 'import:plan', 'import:backup', …): where a slow import
 * spends its time shows in DevTools' performance panel, and the benchmark (bench/page/heavy.ts) reads them.
 */
export const IMPORT_MEASURE_PREFIX = 'import:';

export type ImportStep = 'read' | 'detect' | 'load' | 'plan' | 'backup' | 'check' | 'write';

export async function timed<T>(step: ImportStep, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    // Timing must never break an import (e.g. a host without performance.measure).
    try {
      performance.measure(`${IMPORT_MEASURE_PREFIX}${step}`, { start, end: performance.now() });
    } catch {
      /* not measured */
    }
  }
}
