import { defineConfig } from '@playwright/test';

/** Electron e2e: runs the built app (npm run build) where the Electron binary exists; skips with a reason elsewhere. */
export default defineConfig({
  testDir: './electron',
  testMatch: /.*\.spec\.ts$/,
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../test-results/electron',
});
