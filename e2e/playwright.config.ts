import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side without one reusing the other's server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Browser e2e: the built renderer, served by `vite preview`, in Debian's Chromium (Playwright cannot download its own here). */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  testIgnore: /electron\/.*/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each test has its own browser context (its own IndexedDB), so two workers cannot see each other's data.
  workers: process.env.CI ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app turns antd's animations off for it: a dialog or dropdown still moving can lose a click under load.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
