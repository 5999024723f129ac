import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    // A guard against hangs, not a speed check (speed is measured by `npm run bench`): huge
    // hostile pages take seconds when CI's two cores are busy.
    testTimeout: 30_000,
  },
});
