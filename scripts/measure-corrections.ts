/**
 * How later pages of a section are decided after the reader corrected k of them:
 * `npx tsx scripts/measure-corrections.ts` (`--json` for one JSON object).
 */
import { measureLearning, SITE_KINDS } from './lib/correction-learning.ts';

const rows = measureLearning();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(7);
  for (const [kind, { about }] of Object.entries(SITE_KINDS)) {
    console.log(`\n${kind}: ${about}`);
    console.log('   k  sites  reader’s way  detector alone  turned wrong');
    for (const row of rows.filter((r) => r.kind === kind)) {
      console.log(
        `${String(row.k).padStart(4)}  ${String(row.sites).padStart(5)}  ${pct(row.withCorrections)}       ${pct(row.detectorAlone)}         ${pct(row.turnedWrong)}`,
      );
    }
  }
}
