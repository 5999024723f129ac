import { defineConfig } from '@playwright/test';

/** End-to-end tests: the built Chrome extension in a real Chromium (see tests/e2e/fixtures.ts). */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
