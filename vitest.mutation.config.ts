import { mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Stryker's vitest runner (npm run test:mutation) uses this config: the same tests as vitest.config.ts, with a longer
// per-test timeout, since the instrumented code (every mutant behind a switch, coverage counted per test) runs slower
// and the largest import tests take seconds even uninstrumented.
export default mergeConfig(base, { test: { testTimeout: 60_000 } });
