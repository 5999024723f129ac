import { spawnSync } from 'node:child_process';

/**
 * Builds the extension with WXT, failing loudly: for Chrome the end-to-end build that tests, the
 * bench and the demo load (`--mode e2e`, see scripts/lib/launch.ts), for Firefox the shipped one.
 */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : ['--mode', 'e2e'])];
  const run = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`wxt build for ${browser} failed (exit ${run.status})`);
}
