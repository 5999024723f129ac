/**
 * One refresh: fetch (conditionally), parse, classify every item, store the AI-industry ones, and
 * write the feed's status. A failure at any step is that feed's status and nothing else: the
 * archive is written only after the whole document parsed, in one transaction.
 */
import type { ArchiveDb } from '../archive/db.ts';
import type { FeedRecord } from '../archive/feed.ts';
import { analyzeItem } from './analyze-item.ts';
import { dueFeeds, recordFailure, recordSuccess } from './feed-store.ts';
import { type FetchOptions, fetchFeed } from './fetch-feed.ts';
import { ingestDrafts } from './ingest.ts';
import { parseFeedBody } from './parse-feed.ts';

export interface RefreshDeps {
  readonly db: ArchiveDb;
  readonly now: () => number;
  readonly intervalMs: number;
  readonly fetchOptions?: FetchOptions;
  /** Whether the reader allowed requests to the feed's origin; assumed when absent. */
  readonly canFetch?: (url: string) => Promise<boolean>;
}

/** The status of a feed whose origin the reader has not allowed (or has revoked). */
export const NOT_ALLOWED =
  'Backstory is not allowed to read this site: follow the feed again from the library to allow it';

export type RefreshResult =
  | {
      readonly status: 'updated';
      readonly items: number;
      readonly added: number;
      readonly merged: number;
    }
  | { readonly status: 'unchanged' }
  | { readonly status: 'failed'; readonly error: string };

/** Refreshes one feed and records its status. Never throws. */
export async function refreshFeed(feed: FeedRecord, deps: RefreshDeps): Promise<RefreshResult> {
  const { db, now, intervalMs } = deps;
  const fail = async (error: string): Promise<RefreshResult> => {
    await recordFailure(db, feed.id, error, now(), intervalMs);
    return { status: 'failed', error };
  };
  try {
    if (deps.canFetch && !(await deps.canFetch(feed.url))) return fail(NOT_ALLOWED);
    const validators = { etag: feed.etag, lastModified: feed.lastModified };
    const fetched = await fetchFeed(feed.url, validators, deps.fetchOptions);
    if (fetched.kind === 'failed') return fail(fetched.error);
    if (fetched.kind === 'not-modified') {
      await recordSuccess(db, feed.id, { validators: null }, now(), intervalMs);
      return { status: 'unchanged' };
    }
    const parsed = parseFeedBody(fetched.body, fetched.contentType, fetched.url, now());
    if (!parsed.ok) return fail(parsed.error);
    const context = { feedId: feed.id, outlet: parsed.feed.title, now: now() };
    const drafts = parsed.feed.items.flatMap((item) => {
      const verdict = analyzeItem(item, context);
      return verdict.kind === 'stored' ? [verdict.draft] : [];
    });
    const stored = await ingestDrafts(db, drafts, now());
    await recordSuccess(
      db,
      feed.id,
      {
        validators: fetched.validators,
        title: feed.title === new URL(feed.url).hostname ? parsed.feed.title : undefined,
        siteUrl: parsed.feed.siteUrl,
        itemCount: parsed.feed.items.length,
        stored: stored.added,
      },
      now(),
      intervalMs,
    );
    return {
      status: 'updated',
      items: parsed.feed.items.length,
      added: stored.added,
      merged: stored.merged,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`the feed could not be stored (${detail.slice(0, 200)})`);
  }
}

/**
 * Refreshes every due feed (every unpaused feed with `all`, for "refresh now"), a few at a time;
 * one feed's failure never touches another.
 */
export async function refreshDue(
  deps: RefreshDeps,
  concurrency = 4,
  all = false,
): Promise<Map<number, RefreshResult>> {
  const due = await dueFeeds(deps.db, all ? Number.POSITIVE_INFINITY : deps.now());
  const results = new Map<number, RefreshResult>();
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const feed = due[next++] as FeedRecord;
      results.set(feed.id, await refreshFeed(feed, deps));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
  return results;
}
