import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import {
  addFeed,
  backoffMs,
  editFeed,
  FeedInputError,
  listFeeds,
  removeFeed,
} from '../../lib/feeds/feed-store.ts';
import { ingestDrafts } from '../../lib/feeds/ingest.ts';
import { refreshDue, refreshFeed } from '../../lib/feeds/refresh.ts';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { makeDraft } from '../support/builders.ts';
import { FEED_NOW, feedFixture } from '../support/feed-fixtures.ts';
import { freshArchives } from '../support/databases.ts';

const INTERVAL = 30 * 60_000;
let server: FeedServer;
const open = freshArchives();

/** One story as three outlets' feeds carry it: one link with different tracking, and a wire copy. */
const NVIDIA_TEXT =
  'Nvidia reported record data-centre revenue on Monday, saying demand for its Blackwell GPUs from cloud providers and AI labs still outstrips supply. Microsoft, Amazon and Google bought most of the accelerators for their AI data centres, and OpenAI and Anthropic rented capacity to train larger models.';
function rssWith(title: string, items: Array<{ link: string; text: string }>): string {
  const body = items
    .map(
      (item, i) =>
        `<item><title>Nvidia books record data-centre quarter as Blackwell ships</title><link>${item.link}</link><guid>g-${i}</guid><pubDate>Mon, 07 Dec 2026 09:30:00 GMT</pubDate><description>${item.text}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase().replace(/\W/g, '')}.test/</link>${body}</channel></rss>`;
}

beforeAll(async () => {
  server = await startFeedServer({
    '/rss': { body: feedFixture('rss2.xml'), etag: '"r1"' },
    '/atom': {
      body: feedFixture('atom.xml'),
      type: 'text/html',
      lastModified: 'Sat, 05 Dec 2026 10:00:00 GMT',
    },
    '/rdf': { body: feedFixture('rdf.xml'), type: null },
    '/json': { body: feedFixture('json-feed.json'), type: 'application/feed+json' },
    '/html-error': { body: feedFixture('html-error.html'), type: 'application/rss+xml' },
    '/bomb': { body: feedFixture('entity-bomb.xml') },
    '/malformed': { body: feedFixture('malformed.xml') },
    '/loop': { redirect: '/loop' },
    '/wire-a': {
      body: rssWith('Wire A', [
        {
          link: 'https://harbour-signal.test/2026/12/nvidia-record-quarter?utm_medium=a',
          text: NVIDIA_TEXT,
        },
      ]),
    },
    '/wire-c': {
      body: rssWith('Wire C', [
        {
          link: 'https://harbour-signal.test/2026/12/nvidia-record-quarter?utm_campaign=c',
          text: NVIDIA_TEXT,
        },
      ]),
    },
    '/wire-b': {
      body: rssWith('Wire B', [
        { link: 'https://wire-b.test/nvidia-quarter', text: `${NVIDIA_TEXT} Shares rose.` },
      ]),
    },
  });
});
afterAll(() => server.close());

const deps = (db: ArchiveDb, now = FEED_NOW) => ({ db, now: () => now, intervalMs: INTERVAL });

describe('feeds table', () => {
  it('adds a feed once per address, edits, pauses and removes it', async () => {
    const db = open();
    const feed = await addFeed(db, ' https://lattice-review.test/feed.atom#top ', FEED_NOW);
    expect(feed.url).toBe('https://lattice-review.test/feed.atom');
    expect((await addFeed(db, 'https://lattice-review.test/feed.atom', FEED_NOW)).id).toBe(feed.id);
    await expect(addFeed(db, 'ftp://x.test/feed', FEED_NOW)).rejects.toThrow(FeedInputError);
    await expect(addFeed(db, 'not a url', FEED_NOW)).rejects.toThrow(/not a web address/);
    const paused = await editFeed(db, feed.id, { paused: true, title: 'Lattice' }, FEED_NOW);
    expect(paused).toMatchObject({ paused: true, title: 'Lattice' });
    await removeFeed(db, feed.id);
    expect(await listFeeds(db)).toEqual([]);
  });

  it('backs off exponentially, capped at a day', () => {
    expect(backoffMs(1, INTERVAL)).toBe(2 * INTERVAL);
    expect(backoffMs(3, INTERVAL)).toBe(8 * INTERVAL);
    expect(backoffMs(40, INTERVAL)).toBe(24 * 3_600_000);
  });
});

describe('refresh', () => {
  it('stores the AI-industry items of each format as unread feed coverage, and nothing else', async () => {
    const db = open();
    for (const path of ['/rss', '/atom', '/rdf', '/json'])
      await addFeed(db, server.url(path), FEED_NOW);
    const results = await refreshDue(deps(db));
    expect([...results.values()].map((r) => r.status)).toEqual([
      'updated',
      'updated',
      'updated',
      'updated',
    ]);
    const articles = await db.articles.toArray();
    const titles = articles.map((a) => a.title).sort();
    expect(titles).toEqual([
      'AMD pitches new inference chips to AI labs',
      'Anthropic raises new funding to expand Claude compute',
      'Nvidia books record data-centre quarter as Blackwell ships',
      'OpenAI and Microsoft rewrite their partnership terms',
    ]);
    const nvidia = articles.find((a) => a.title.startsWith('Nvidia'));
    expect(nvidia).toMatchObject({
      source: 'feed',
      read: false,
      readCount: 0,
      siteName: 'Harbour Signal & Compute',
      publishedAt: '2026-12-07T09:30:00.000Z',
      url: 'https://harbour-signal.test/2026/12/nvidia-record-quarter?utm_source=rss',
    });
    expect(nvidia?.orgs.map((o) => o.id)).toContain('nvidia');
    const feeds = await listFeeds(db);
    expect(feeds[0]).toMatchObject({
      title: 'Harbour Signal & Compute',
      itemCount: 2,
      storedCount: 1,
      lastError: null,
    });
    expect(nvidia?.feedIds).toEqual([feeds[0]?.id]);
  });

  it('asks again with validators and stores nothing new when the feed is unchanged', async () => {
    const db = open();
    const feed = await addFeed(db, server.url('/rss'), FEED_NOW);
    await refreshFeed(feed, deps(db));
    const again = (await listFeeds(db))[0];
    if (!again) throw new Error('feed lost');
    expect(again.etag).toBe('"r1"');
    expect(await refreshFeed(again, deps(db, FEED_NOW + INTERVAL))).toEqual({
      status: 'unchanged',
    });
    expect(await db.articles.count()).toBe(1);
  });

  it('merges one story carried by three feeds into one record with three sources', async () => {
    const db = open();
    const ids = [];
    for (const path of ['/wire-a', '/wire-b', '/wire-c'])
      ids.push((await addFeed(db, server.url(path), FEED_NOW)).id);
    await refreshDue(deps(db));
    const nvidia = await db.articles.filter((a) => a.title.startsWith('Nvidia')).toArray();
    expect(nvidia).toHaveLength(1);
    expect([...(nvidia[0]?.feedIds ?? [])].sort()).toEqual([...ids].sort());
    expect(nvidia[0]?.urlKeys).toContain('https://wire-b.test/nvidia-quarter');
  });

  it('merges feed items with an article the reader visited, keeping it read', async () => {
    const db = open();
    const visited = makeDraft({
      url: 'https://harbour-signal.test/2026/12/nvidia-record-quarter',
      urlKeys: ['https://harbour-signal.test/2026/12/nvidia-record-quarter'],
    });
    const { article } = await recordArticle(db, visited, FEED_NOW - 1_000);
    const feed = await addFeed(db, server.url('/rss'), FEED_NOW);
    const result = await refreshFeed(feed, deps(db));
    expect(result).toMatchObject({ status: 'updated', added: 0, merged: 1 });
    const after = await db.articles.get(article.id);
    expect(after).toMatchObject({ read: true, source: 'visit', feedIds: [feed.id] });
    expect(await db.articles.count()).toBe(1);
  });

  it('gives each broken feed a plain-words status, backs off, and leaves the others alone', async () => {
    const db = open();
    const broken = ['/html-error', '/bomb', '/malformed', '/loop', '/missing'];
    for (const path of [...broken, '/atom']) await addFeed(db, server.url(path), FEED_NOW);
    await refreshDue(deps(db));
    const feeds = await listFeeds(db);
    const errors = feeds.map((f) => f.lastError);
    expect(errors[0]).toMatch(/web page, not a feed/);
    expect(errors[1]).toMatch(/declares its own XML entities/);
    expect(errors[2]).toMatch(/malformed|not RSS/);
    expect(errors[3]).toBe('the feed redirects in a loop');
    expect(errors[4]).toMatch(/404/);
    expect(errors[5]).toBeNull();
    expect(feeds[0]).toMatchObject({ failures: 1, nextFetchAt: FEED_NOW + 2 * INTERVAL });
    expect((await db.articles.toArray()).map((a) => a.siteName)).toEqual(['Lattice Review']);
    await refreshDue(deps(db, FEED_NOW + 2 * INTERVAL));
    expect((await listFeeds(db))[0]).toMatchObject({
      failures: 2,
      nextFetchAt: FEED_NOW + 6 * INTERVAL,
    });
  });

  it('skips paused feeds', async () => {
    const db = open();
    const feed = await addFeed(db, server.url('/rss'), FEED_NOW);
    await editFeed(db, feed.id, { paused: true }, FEED_NOW);
    expect((await refreshDue(deps(db))).size).toBe(0);
  });
});

describe('ingestDrafts', () => {
  it('stores nothing of a draft that fails the archive schema, and the rest of the batch', async () => {
    const db = open();
    const good = makeDraft({
      url: 'https://a.test/1',
      urlKeys: ['https://a.test/1'],
      source: 'feed',
      read: false,
      feedIds: [1],
    });
    const badUrl = makeDraft({
      url: 'javascript:alert(1)',
      urlKeys: ['javascript:alert(1)'],
      feedIds: [1],
    });
    const longTitle = makeDraft({
      url: 'https://a.test/2',
      urlKeys: ['https://a.test/2'],
      title: 'x'.repeat(5_000),
    });
    const result = await ingestDrafts(db, [badUrl, good, longTitle], FEED_NOW);
    expect(result).toEqual({ added: 1, merged: 0, invalid: 2 });
    expect((await db.articles.toArray()).map((a) => a.url)).toEqual(['https://a.test/1']);
  });
});
