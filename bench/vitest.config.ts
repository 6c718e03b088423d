import { defineConfig } from 'vitest/config';

/** The benchmark's own unit tests (the data generator), until the root config includes bench/. */
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: { include: ['bench/**/*.test.ts'], environment: 'node' },
});
