/**
 * The feeds benchmark for `npm run bench`: a feed server on 127.0.0.1 serves the bench page, one
 * feed of 1,000 items and 50 small feeds with validators; the real feeds code runs in a Chromium
 * page (same origin, so no host permission is involved) on a real IndexedDB archive.
 */
import type { BrowserContext } from 'playwright-core';
import { startFeedServer } from './feed-server.ts';
import type { FeedBenchResult } from './bench-feeds-entry.ts';
import { median } from './stats.ts';
import { syntheticRss } from './synthetic-feed.ts';
import { pageBundle } from './page-bundle.ts';

export interface FeedBenchFigures {
  readonly ingest1000Ms: number;
  readonly parseMs: number;
  readonly classifyMs: number;
  readonly storeMs: number;
  readonly storedOf1000: number;
  readonly unchanged50Ms: number;
  readonly notModified: number;
  readonly firstFetch50Ms: number;
  readonly summaryIngest1000Ms: number;
  readonly summaryStoredOf1000: number;
}

export async function benchFeeds(
  context: BrowserContext,
  runs: number,
  log: (line: string) => void,
): Promise<FeedBenchFigures> {
  const server = await startFeedServer({
    '/': { body: '<!doctype html><title>feeds bench</title>', type: 'text/html' },
    '/big.xml': { body: syntheticRss(1_000, 7) },
    '/summaries.xml': { body: syntheticRss(1_000, 8, 'https://bench-wire.test', true) },
  });
  for (let i = 0; i < 50; i += 1) {
    server.set(`/f-${i}.xml`, {
      body: syntheticRss(20, 100 + i),
      etag: `"f${i}"`,
      lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT',
    });
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.goto(server.url('/'));
  await page.addScriptTag({ content: await pageBundle('scripts/lib/bench-feeds-entry.ts') });
  const results: FeedBenchResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    server.notModified.clear();
    results.push(
      await page.evaluate(
        ({ big, summaries, feeds }) =>
          (
            window as unknown as {
              __backstoryFeedBench: (b: string, s: string, f: string[]) => Promise<FeedBenchResult>;
            }
          ).__backstoryFeedBench(big, summaries, feeds),
        {
          big: server.url('/big.xml'),
          summaries: server.url('/summaries.xml'),
          feeds: Array.from({ length: 50 }, (_, i) => server.url(`/f-${i}.xml`)),
        },
      ),
    );
  }
  const notModified = [...server.notModified.values()].reduce((a, b) => a + b, 0);
  await page.close();
  await server.close();
  const med = (pick: (r: FeedBenchResult) => number) => Math.round(median(results.map(pick)));
  return {
    ingest1000Ms: med((r) => r.ingestMs),
    parseMs: med((r) => r.parseMs),
    classifyMs: med((r) => r.classifyMs),
    storeMs: med((r) => r.storeMs),
    storedOf1000: results[0]?.stored ?? 0,
    unchanged50Ms: med((r) => r.unchangedRefreshMs),
    notModified,
    firstFetch50Ms: med((r) => r.firstRefreshMs),
    summaryIngest1000Ms: med((r) => r.summaryIngestMs),
    summaryStoredOf1000: results[0]?.summaryStored ?? 0,
  };
}

/** The table rows `npm run bench` prints for feeds. */
export function feedRows(f: FeedBenchFigures): [string, string, string][] {
  return [
    ['feed ingest, 1,000 full-text items', `${f.ingest1000Ms} ms`, '< 2,000 ms'],
    [
      '  parse / classify / store',
      `${f.parseMs} / ${f.classifyMs} / ${f.storeMs} ms`,
      `${f.storedOf1000} AI items kept`,
    ],
    [
      'feed ingest, 1,000 summary items',
      `${f.summaryIngest1000Ms} ms`,
      `< 2,000 ms; ${f.summaryStoredOf1000} AI items kept`,
    ],
    ['refresh, 50 unchanged feeds', `${f.unchanged50Ms} ms`, `${f.notModified} answered 304`],
    ['refresh, 50 feeds first fetch', `${f.firstFetch50Ms} ms`, ''],
  ];
}
