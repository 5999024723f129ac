/**
 * `npm test`: every check CI runs, in order, with a summary. Exits non-zero if any step fails.
 * Steps after a failed build that need its output are reported as skipped, not run.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  readonly name: string;
  readonly command: string;
  readonly needs?: string;
}

const STEPS: readonly Step[] = [
  { name: 'format', command: 'biome format .' },
  { name: 'lint', command: 'biome lint .' },
  { name: 'typecheck', command: 'wxt prepare && tsc --noEmit' },
  { name: 'unit tests', command: 'vitest run' },
  { name: 'build chrome', command: 'wxt build' },
  // The same code with its in-page shadow roots open, for Playwright (content/shadow-mode.ts).
  { name: 'build e2e', command: 'wxt build --mode e2e', needs: 'build chrome' },
  { name: 'build firefox', command: 'wxt build -b firefox' },
  {
    name: 'web-ext lint',
    command: 'web-ext lint --source-dir .output/firefox-mv2 --self-hosted --no-input',
    needs: 'build firefox',
  },
  { name: 'e2e (Chromium)', command: 'playwright test', needs: 'build e2e' },
];

type Outcome = 'passed' | 'FAILED' | 'skipped';
const results: { name: string; outcome: Outcome; seconds: number }[] = [];
const started = Date.now();

for (const step of STEPS) {
  const dependency = results.find((result) => result.name === step.needs);
  if (dependency && dependency.outcome !== 'passed') {
    results.push({ name: step.name, outcome: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command}`);
  const t0 = Date.now();
  const run = spawnSync(step.command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, PATH: `node_modules/.bin:${process.env.PATH}` },
  });
  results.push({
    name: step.name,
    outcome: run.status === 0 ? 'passed' : 'FAILED',
    seconds: (Date.now() - t0) / 1000,
  });
}

const failed = results.filter((result) => result.outcome !== 'passed');
console.log('\n━━ Summary');
for (const { name, outcome, seconds } of results) {
  console.log(`  ${outcome.padEnd(8)} ${name.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s`);
}
const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nTotal ${total} s`);
console.log(`checks: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
