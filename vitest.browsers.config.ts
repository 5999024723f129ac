import { defineConfig } from 'vitest/config';

/**
 * The cross-browser end-to-end scenarios (`tests/browsers/`): the built extension in a real
 * Chromium and a real Firefox, one set of scenarios run in each (tests/browsers/harness).
 */
export default defineConfig({
  test: {
    environment: 'node',
    // A guard against hangs: each scenario starts its own browser, some twice.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: ['chromium', 'firefox'].map((browser) => ({
      extends: true,
      test: {
        name: browser,
        include: ['tests/browsers/**/*.test.ts'],
        env: { BACKSTORY_BROWSER: browser },
      },
    })),
  },
});
