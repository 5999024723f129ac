import type { BrowserContext } from 'playwright-core';
import { median, percentile } from './stats.ts';

export const ARCHIVE_SIZES = [1_000, 10_000, 100_000] as const;

interface RunResult {
  insertPerSec: number;
  bytesPerArticle: number;
  jsonBytesPerArticle: number;
  times: number[];
  found: number;
}

/** Seeds real IndexedDB archives of each size in a Chromium page and times queries on them. */
export async function benchArchive(
  context: BrowserContext,
  origin: string,
  script: string,
  sizes: readonly number[],
  queries: number,
  log: (line: string) => void,
) {
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.goto(`${origin}/`);
  await page.addScriptTag({ content: script });
  const results = new Map<number, RunResult>();
  for (const size of sizes) {
    log(`  archive of ${size.toLocaleString('en')} articles…`);
    const result = await page.evaluate(
      ({ size, queries }) =>
        (
          window as unknown as {
            __backstoryArchiveBench: (s: number, q: number) => Promise<RunResult>;
          }
        ).__backstoryArchiveBench(size, queries),
      { size, queries },
    );
    results.set(size, result);
  }
  await page.close();
  const bySize = (pick: (r: RunResult) => number) =>
    Object.fromEntries([...results].map(([size, r]) => [String(size), Number(pick(r).toFixed(2))]));
  const largest = results.get(Math.max(...sizes));
  return {
    p50Ms: bySize((r) => median(r.times)),
    p95Ms: bySize((r) => percentile(r.times, 95)),
    avgStories: bySize((r) => r.found / Math.max(1, r.times.length)),
    insertPerSec: Math.round(largest?.insertPerSec ?? 0),
    bytesPerArticle: Math.round(largest?.bytesPerArticle ?? 0),
    jsonBytesPerArticle: Math.round(largest?.jsonBytesPerArticle ?? 0),
  };
}
