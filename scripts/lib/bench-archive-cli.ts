/**
 * The archive part of `npm run bench` alone, with a breakdown of a related query's time:
 * `npx tsx scripts/lib/bench-archive-cli.ts [size …]` (default 1000 10000). BENCH_QUERIES sets
 * the queries per size (60); SLOWEST=n lists the phases of the n slowest. A development tool
 * for work on lib/archive and lib/related; `npm run bench` prints the figures of record.
 */
import { build } from 'esbuild';
import { startDemoServer } from './demo-server.ts';
import { launchWithExtension } from './launch.ts';
import { median, percentile, round } from './stats.ts';

interface Profile {
  insertPerSec: number;
  bytesPerArticle: number;
  times: number[];
  phases: Record<string, number[]>;
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
  const queries = Number(process.env.BENCH_QUERIES ?? 60);
  const bundled = await build({
    stdin: {
      contents: "import './scripts/lib/bench-archive-profile.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  const demo = await startDemoServer();
  const { context } = await launchWithExtension({ withExtension: false });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await page.goto(`${demo.origin}/`);
  await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? '' });
  for (const size of sizes.length ? sizes : [1_000, 10_000]) {
    const r = await page.evaluate(
      ({ size, queries }) =>
        (
          window as unknown as {
            __backstoryArchiveProfile: (s: number, q: number) => Promise<Profile>;
          }
        ).__backstoryArchiveProfile(size, queries),
      { size, queries },
    );
    const phases = Object.entries(r.phases)
      .map(([name, values]) => `${name} ${round(median(values), 1)}`)
      .join(' · ');
    console.log(
      `${size.toLocaleString('en')} articles: p50 ${round(median(r.times), 1)} / p95 ${round(percentile(r.times, 95), 1)} ms` +
        ` (median ${phases}) · insert ${Math.round(r.insertPerSec)}/s · ${Math.round(r.bytesPerArticle)} B/article`,
    );
    if (process.env.SLOWEST) {
      const slowest = r.times
        .map((time, i) => ({ time, i }))
        .sort((a, b) => b.time - a.time)
        .slice(0, Number(process.env.SLOWEST));
      for (const { time, i } of slowest) {
        const parts = Object.entries(r.phases).map(([name, v]) => `${name} ${round(v[i] ?? 0, 1)}`);
        console.log(`  slow: ${round(time, 1)} ms (${parts.join(' · ')})`);
      }
    }
  }
  await context.close();
  await demo.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
