/**
 * The feeds part of `npm run bench` alone: `npx tsx scripts/lib/bench-feeds-cli.ts [runs]`
 * (default 3). A development tool for work on lib/feeds; `npm run bench` prints the figures of
 * record.
 */
import { benchFeeds, feedRows } from './bench-feeds.ts';
import { launchWithExtension } from './launch.ts';

async function main() {
  const runs = Number(process.argv[2] ?? 3);
  const { context } = await launchWithExtension({ withExtension: false });
  try {
    const figures = await benchFeeds(context, runs, console.log);
    for (const [name, value, target] of feedRows(figures)) {
      console.log(`${name.padEnd(40)}${value.padStart(20)}  ${target}`);
    }
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
