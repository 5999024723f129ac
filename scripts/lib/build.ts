import { spawnSync } from 'node:child_process';

/** Builds the Chrome extension with WXT, failing loudly. */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const run = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`wxt build for ${browser} failed (exit ${run.status})`);
}
