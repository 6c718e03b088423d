import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // bench/tmp holds the benchmark's builds and scratch files, never tests of the app.
    exclude: [...configDefaults.exclude, 'bench/tmp/**'],
    environment: 'node',
  },
});
