/**
 * `npm test`: every check CI runs, in order, with a summary. Exits non-zero if any step fails.
 * Steps after a failed build that need its output are reported as skipped, not run.
 */
import { spawnSync } from 'node:child_process';
import { browserVersion } from './lib/find-browser.ts';

interface Step {
  readonly name: string;
  readonly command: string;
  /** Steps whose output this one uses: it is skipped when one of them did not pass. */
  readonly needs?: readonly string[];
}

const STEPS: readonly Step[] = [
  { name: 'format', command: 'biome format .' },
  { name: 'lint', command: 'biome lint .' },
  { name: 'typecheck', command: 'wxt prepare && tsc --noEmit' },
  { name: 'unit tests', command: 'vitest run' },
  // The quality gate on real outlets' pages (../shared/corpus); says so and passes when absent.
  { name: 'real pages', command: 'tsx scripts/eval.ts --real --gate' },
  { name: 'build chrome', command: 'wxt build' },
  // The same code with its in-page shadow roots open, for Playwright (content/shadow-mode.ts).
  { name: 'build e2e', command: 'wxt build --mode e2e', needs: ['build chrome'] },
  // The store package and its sources archive (docs/adr/0003-firefox-manifest-v2.md).
  { name: 'package firefox', command: 'wxt zip -b firefox' },
  { name: 'build firefox e2e', command: 'wxt build -b firefox --mode e2e' },
  {
    // What the package holds, under the store's rules.
    name: 'web-ext lint',
    command: 'web-ext lint --source-dir .output/firefox-mv2 --no-input',
    needs: ['package firefox'],
  },
  // Chromium-only depth (Playwright), then one set of scenarios in Chromium and in Firefox.
  { name: 'e2e (Chromium)', command: 'playwright test', needs: ['build e2e'] },
  {
    name: 'e2e (both)',
    command: 'vitest run --config vitest.browsers.config.ts',
    needs: ['build e2e', 'build firefox e2e'],
  },
];

type Outcome = 'passed' | 'FAILED' | 'skipped';
const results: { name: string; outcome: Outcome; seconds: number }[] = [];
const started = Date.now();
// The browsers the end-to-end steps run on: Debian's versions move, so a failure names its browser.
const browsers = [browserVersion('chrome'), browserVersion('firefox')];
console.log(`browsers: ${browsers.join(' · ')}`);

for (const step of STEPS) {
  const unmet = results.filter(
    (result) => step.needs?.includes(result.name) && result.outcome !== 'passed',
  );
  if (unmet.length > 0) {
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
  console.log(`  ${outcome.padEnd(8)} ${name.padEnd(18)} ${seconds.toFixed(1).padStart(6)} s`);
}
for (const browser of browsers) console.log(`  on ${browser}`);
const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nTotal ${total} s`);
console.log(`checks: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
