/**
 * Runs in a Chromium page served by the feed server (bundled by bench-feeds.ts): the real feeds
 * code on a real IndexedDB archive. Times the ingest of one 1,000-item feed (fetch, parse,
 * classification, storage) and a refresh of 50 unchanged feeds (conditional requests only).
 */
import { ArchiveDb } from '../../lib/archive/db.ts';
import { analyzeItem } from '../../lib/feeds/analyze-item.ts';
import { addFeed, listFeeds } from '../../lib/feeds/feed-store.ts';
import { ingestDrafts } from '../../lib/feeds/ingest.ts';
import { parseFeedBody } from '../../lib/feeds/parse-feed.ts';
import { refreshDue, refreshFeed } from '../../lib/feeds/refresh.ts';

export interface FeedBenchResult {
  ingestMs: number;
  parseMs: number;
  classifyMs: number;
  storeMs: number;
  items: number;
  stored: number;
  firstRefreshMs: number;
  unchangedRefreshMs: number;
  unchangedResults: Record<string, number>;
  summaryIngestMs: number;
  summaryStored: number;
}

const INTERVAL = 30 * 60_000;

async function run(
  bigUrl: string,
  summaryUrl: string,
  feedUrls: readonly string[],
): Promise<FeedBenchResult> {
  const name = `feeds-bench-${Date.now()}`;
  const db = new ArchiveDb(name);
  const now = () => Date.now();
  // The whole refresh path, as the background runs it.
  const big = await addFeed(db, bigUrl, now());
  const t0 = performance.now();
  const result = await refreshFeed(big, { db, now, intervalMs: INTERVAL });
  const ingestMs = performance.now() - t0;
  const dbSummary = new ArchiveDb(`${name}-summary`);
  const summaryFeed = await addFeed(dbSummary, summaryUrl, now());
  const ts = performance.now();
  const summaryResult = await refreshFeed(summaryFeed, {
    db: dbSummary,
    now,
    intervalMs: INTERVAL,
  });
  const summaryIngestMs = performance.now() - ts;
  // The same document again on a fresh archive, phase by phase.
  const body = await (await fetch(bigUrl)).text();
  const db2 = new ArchiveDb(`${name}-phases`);
  const t1 = performance.now();
  const parsed = parseFeedBody(body, 'application/rss+xml', bigUrl);
  const t2 = performance.now();
  const items = parsed.ok ? parsed.feed.items : [];
  const drafts = items.flatMap((item) => {
    const verdict = analyzeItem(item, { feedId: 1, outlet: 'Bench Wire', now: Date.now() });
    return verdict.kind === 'stored' ? [verdict.draft] : [];
  });
  const t3 = performance.now();
  const phases = await ingestDrafts(db2, drafts, Date.now());
  const t4 = performance.now();
  (window as unknown as { __feedPhases: unknown }).__feedPhases = phases;
  for (const url of feedUrls) await addFeed(db, url, now());
  const t5 = performance.now();
  await refreshDue({ db, now, intervalMs: INTERVAL });
  const firstRefreshMs = performance.now() - t5;
  await db.feeds.filter((feed) => feed.url !== big.url).modify({ nextFetchAt: 0 });
  const t6 = performance.now();
  const second = await refreshDue({ db, now, intervalMs: INTERVAL });
  const unchangedRefreshMs = performance.now() - t6;
  const unchangedResults: Record<string, number> = {};
  for (const r of second.values())
    unchangedResults[r.status] = (unchangedResults[r.status] ?? 0) + 1;
  const stored = result.status === 'updated' ? result.added : 0;
  await listFeeds(db);
  db.close();
  db2.close();
  dbSummary.close();
  await Promise.all(
    ['', '-phases', '-summary'].map((suffix) => ArchiveDb.delete(`${name}${suffix}`)),
  );
  return {
    ingestMs,
    parseMs: t2 - t1,
    classifyMs: t3 - t2,
    storeMs: t4 - t3,
    items: items.length,
    stored,
    firstRefreshMs,
    unchangedRefreshMs,
    unchangedResults,
    summaryIngestMs,
    summaryStored: summaryResult.status === 'updated' ? summaryResult.added : 0,
  };
}

(window as unknown as { __backstoryFeedBench: typeof run }).__backstoryFeedBench = run;
