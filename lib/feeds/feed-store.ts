/**
 * The followed feeds (`feeds` table, v4): add, edit, pause, remove, and the bookkeeping of each
 * refresh (validators, status in plain words, counts, exponential backoff). Pure functions of a
 * db handle and a clock; the background and tests call them alike.
 */
import type { ArchiveDb } from '../archive/db.ts';
import { type FeedRecord, feedRecordSchema } from '../archive/feed.ts';
import type { Validators } from './fetch-feed.ts';

export const DEFAULT_REFRESH_MINUTES = 30;
/** Longest wait between attempts on a failing feed. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1_000;
export const MAX_FEEDS = 500;

export class FeedInputError extends Error {}

/** A feed address as stored: absolute http(s), no fragment; throws a plain-words FeedInputError. */
export function feedAddress(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FeedInputError(`“${raw.trim().slice(0, 80)}” is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedInputError('a feed address must start with http:// or https://');
  }
  url.hash = '';
  if (url.href.length > 4_096) throw new FeedInputError('the feed address is too long');
  return url.href;
}

/** The origin pattern a feed needs host permission for ("https://example.com/*"). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** A feed just followed: never fetched, due at once, titled after its host until it says more. */
export function newFeed(
  url: string,
  title: string | undefined,
  now: number,
): Omit<FeedRecord, 'id'> {
  return {
    url,
    title: (title?.trim() || new URL(url).hostname).slice(0, 500),
    siteUrl: null,
    paused: false,
    addedAt: now,
    etag: null,
    lastModified: null,
    lastFetchedAt: null,
    lastSuccessAt: null,
    lastError: null,
    failures: 0,
    nextFetchAt: now,
    itemCount: 0,
    storedCount: 0,
  };
}

export async function addFeed(
  db: ArchiveDb,
  rawUrl: string,
  now: number,
  title?: string,
): Promise<FeedRecord> {
  const url = feedAddress(rawUrl);
  return db.transaction('rw', db.feeds, async () => {
    const existing = await db.feeds.where('url').equals(url).first();
    if (existing) return existing;
    if ((await db.feeds.count()) >= MAX_FEEDS) {
      throw new FeedInputError(`you follow ${MAX_FEEDS} feeds already; remove one first`);
    }
    const record = newFeed(url, title, now);
    const id = (await db.feeds.add(record as FeedRecord)) as number;
    return { ...record, id };
  });
}

export interface FeedEdit {
  readonly title?: string;
  readonly url?: string;
  readonly paused?: boolean;
}

export async function editFeed(
  db: ArchiveDb,
  id: number,
  edit: FeedEdit,
  now: number,
): Promise<FeedRecord> {
  return db.transaction('rw', db.feeds, async () => {
    const feed = await db.feeds.get(id);
    if (!feed) throw new FeedInputError('that feed is no longer followed');
    const next: FeedRecord = { ...feed };
    if (edit.title !== undefined) next.title = edit.title.trim().slice(0, 500) || feed.title;
    if (edit.url !== undefined) {
      const url = feedAddress(edit.url);
      if (url !== feed.url) {
        const clash = await db.feeds.where('url').equals(url).first();
        if (clash) throw new FeedInputError('you follow that feed already');
        Object.assign(next, { url, etag: null, lastModified: null, failures: 0, nextFetchAt: now });
      }
    }
    if (edit.paused !== undefined) {
      next.paused = edit.paused;
      if (!edit.paused) next.nextFetchAt = Math.min(next.nextFetchAt, now);
    }
    feedRecordSchema.parse(next);
    await db.feeds.put(next);
    return next;
  });
}

/** Stops following a feed. Stories it brought stay in the archive (they are coverage now). */
export async function removeFeed(db: ArchiveDb, id: number): Promise<void> {
  await db.feeds.delete(id);
}

/** Feeds, in the order they were added. */
export function listFeeds(db: ArchiveDb): Promise<FeedRecord[]> {
  return db.feeds.orderBy('id').toArray();
}

/** Feeds due for a refresh: not paused, their next attempt time reached. */
export async function dueFeeds(db: ArchiveDb, now: number): Promise<FeedRecord[]> {
  return (await db.feeds.toArray()).filter((f) => !f.paused && f.nextFetchAt <= now);
}

/** Delay before the next attempt after `failures` failures in a row: doubling, capped at a day. */
export function backoffMs(failures: number, intervalMs: number): number {
  return Math.min(intervalMs * 2 ** Math.min(failures, 16), MAX_BACKOFF_MS);
}

export interface SuccessReport {
  readonly validators: Validators | null;
  readonly title?: string;
  readonly siteUrl?: string | null;
  readonly itemCount?: number;
  readonly stored?: number;
}

export async function recordSuccess(
  db: ArchiveDb,
  id: number,
  report: SuccessReport,
  now: number,
  intervalMs: number,
): Promise<void> {
  await db.feeds
    .where('id')
    .equals(id)
    .modify((feed) => {
      if (report.validators) {
        feed.etag = report.validators.etag;
        feed.lastModified = report.validators.lastModified;
      }
      if (report.title) feed.title = report.title.slice(0, 500);
      if (report.siteUrl !== undefined) feed.siteUrl = report.siteUrl;
      if (report.itemCount !== undefined) feed.itemCount = report.itemCount;
      feed.storedCount += report.stored ?? 0;
      feed.lastFetchedAt = now;
      feed.lastSuccessAt = now;
      feed.lastError = null;
      feed.failures = 0;
      feed.nextFetchAt = now + intervalMs;
    });
}

export async function recordFailure(
  db: ArchiveDb,
  id: number,
  error: string,
  now: number,
  intervalMs: number,
): Promise<void> {
  await db.feeds
    .where('id')
    .equals(id)
    .modify((feed) => {
      feed.lastFetchedAt = now;
      feed.lastError = error.slice(0, 500);
      feed.failures += 1;
      feed.nextFetchAt = now + backoffMs(feed.failures, intervalMs);
    });
}
