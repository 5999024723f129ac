import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../lib/feeds/discover.ts';
import {
  createFeedHandlers,
  type FeedRuntime,
  memoryFeedRuntime,
} from '../../lib/feeds/handlers.ts';
import { coveredBy, matchesPattern } from '../../lib/feeds/match-pattern.ts';
import { readOpml } from '../../lib/feeds/opml.ts';
import { NOT_ALLOWED } from '../../lib/feeds/refresh.ts';
import { dispatch } from '../../lib/messaging/dispatch.ts';
import { createHandlers } from '../../lib/messaging/handlers.ts';
import type { SenderInfo } from '../../lib/messaging/sender.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { freshDb } from '../support/fresh-db.ts';
import { analyzeHtml, DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';
import { FEED_NOW, feedFixture } from '../support/feed-fixtures.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    '/rss': { body: feedFixture('rss2.xml') },
    '/atom': { body: feedFixture('atom.xml'), type: 'application/atom+xml' },
  });
});
afterAll(() => server.close());

function setup(runtime: FeedRuntime = memoryFeedRuntime()) {
  const db = freshDb();
  let clock = FEED_NOW;
  const tick = (ms: number) => {
    clock += ms;
  };
  return { db, tick, handlers: createFeedHandlers({ db, now: () => clock, runtime }) };
}

describe('feed handlers', () => {
  it('adds feeds, says which addresses were refused, and refreshes them on request', async () => {
    const { handlers } = setup();
    const added = await handlers['library/add-feeds'](
      {
        type: 'library/add-feeds',
        feeds: [
          { url: server.url('/rss') },
          { url: 'javascript:alert(1)' },
          { url: server.url('/rss') },
        ],
      },
      { incognito: false },
    );
    expect(added.added).toBe(1);
    expect(added.errors).toEqual([
      { url: 'javascript:alert(1)', error: 'a feed address must start with http:// or https://' },
    ]);
    const refreshed = await handlers['library/refresh-feeds'](
      { type: 'library/refresh-feeds', ids: [added.feeds[0]?.id ?? 0] },
      { incognito: false },
    );
    expect(refreshed.feeds[0]).toMatchObject({ title: 'Harbour Signal & Compute', storedCount: 1 });
  });

  it('gives a feed whose site the reader has not allowed a plain-words status and fetches nothing', async () => {
    const refusing = { ...memoryFeedRuntime(), canFetch: async () => false };
    const { handlers, db } = setup(refusing);
    await handlers['library/add-feeds'](
      { type: 'library/add-feeds', feeds: [{ url: server.url('/atom') }] },
      { incognito: false },
    );
    const before = server.hits.get('/atom') ?? 0;
    const { feeds } = await handlers['library/refresh-feeds'](
      { type: 'library/refresh-feeds' },
      { incognito: false },
    );
    expect(feeds[0]?.lastError).toBe(NOT_ALLOWED);
    expect(server.hits.get('/atom') ?? 0).toBe(before);
    expect(await db.articles.count()).toBe(0);
  });

  it('imports OPML (nested, deduplicated, non-web addresses left out with a reason) and exports it back', async () => {
    const { handlers } = setup();
    const imported = await handlers['library/import-opml'](
      { type: 'library/import-opml', opml: feedFixture('opml-import.opml') },
      { incognito: false },
    );
    expect(imported.feeds.map((f) => [f.title, f.url])).toEqual([
      ['Harbour Signal', 'https://harbour-signal.test/feed.xml'],
      ['Lattice Review', 'https://lattice-review.test/feed.atom'],
    ]);
    expect(imported.skipped).toEqual([
      { title: 'Not a web address', reason: 'a feed address must start with http:// or https://' },
      { title: 'Harbour Signal again', reason: 'listed twice' },
    ]);
    const { opml } = await handlers['library/export-opml'](
      { type: 'library/export-opml' },
      { incognito: false },
    );
    expect(readOpml(opml).feeds).toEqual([
      { url: 'https://harbour-signal.test/feed.xml', title: 'Harbour Signal' },
      { url: 'https://lattice-review.test/feed.atom', title: 'Lattice Review' },
    ]);
  });

  it('refuses OPML that is not OPML, or that declares entities, and adds nothing', async () => {
    const { handlers, db } = setup();
    const call = (opml: string) =>
      handlers['library/import-opml']({ type: 'library/import-opml', opml }, { incognito: false });
    await expect(call(feedFixture('html-error.html'))).rejects.toThrow(
      /not an OPML outline|lists no feeds/,
    );
    await expect(
      call(`<!DOCTYPE x [<!ENTITY a "b">]>${feedFixture('opml-import.opml')}`),
    ).rejects.toThrow(/entities/);
    expect(await db.feeds.count()).toBe(0);
  });

  it('counts unread feed items of followed companies since the reader last looked, until marked read', async () => {
    const { handlers, db, tick } = setup();
    await db.orgs.put({
      id: 'nvidia',
      name: 'Nvidia',
      status: 'confirmed',
      mergedInto: null,
      articleCount: 0,
      firstSeenAt: 0,
      lastSeenAt: 0,
      followed: true,
      lastLookedAt: FEED_NOW - 1,
    });
    await handlers['library/add-feeds'](
      { type: 'library/add-feeds', feeds: [{ url: server.url('/rss') }] },
      { incognito: false },
    );
    await handlers['library/refresh-feeds'](
      { type: 'library/refresh-feeds' },
      { incognito: false },
    );
    const ask = () =>
      handlers['content/unread-feed-counts'](
        { type: 'content/unread-feed-counts', orgIds: ['nvidia', 'amd'] },
        { incognito: false },
      );
    expect(await ask()).toEqual({ counts: { nvidia: 1, amd: 0 }, followed: ['nvidia'] });
    tick(1_000);
    await handlers['content/mark-org-read'](
      { type: 'content/mark-org-read', orgId: 'nvidia' },
      { incognito: false },
    );
    expect((await ask()).counts).toEqual({ nvidia: 0, amd: 0 });
    // Following a company the archive has not met yet adds it, counting from now.
    await handlers['content/follow-org'](
      { type: 'content/follow-org', orgId: 'amd', followed: true },
      { incognito: false },
    );
    expect(await db.orgs.get('amd')).toMatchObject({
      name: 'AMD',
      followed: true,
      lastLookedAt: FEED_NOW + 1_000,
    });
    expect((await ask()).followed).toEqual(['nvidia', 'amd']);
  });
});

describe('feed messages through dispatch', () => {
  const own = { id: 'backstory-id', origin: 'chrome-extension://backstory-id/' };
  const page: SenderInfo = {
    id: own.id,
    url: 'https://news.test/story',
    tab: { id: 3 },
    frameId: 0,
  };

  it('refuses feed management from a content script', async () => {
    const db = freshDb();
    const handlers = createHandlers({
      db,
      tabs: { set: async () => undefined, get: async () => undefined },
      now: () => FEED_NOW,
      analyze: async () => {
        throw new Error('unused');
      },
      badge: async () => undefined,
    });
    const result = await dispatch(
      { type: 'library/add-feeds', feeds: [{ url: 'https://x.test/f' }] },
      page,
      own,
      handlers,
    );
    expect(result).toEqual({
      ok: false,
      error: 'Rejected library/add-feeds: not allowed from this sender',
    });
    expect(await db.feeds.count()).toBe(0);
  });
});

describe('discoverFeeds', () => {
  it('finds the feeds a page advertises, absolute, http(s) only, once each', () => {
    const doc = parseHtml(
      `<html><head>
        <link rel="alternate" type="application/rss+xml" title="Wire  RSS" href="/feed.xml">
        <link rel="alternate" type="application/atom+xml" href="https://news.test/atom">
        <link rel="alternate" type="application/rss+xml" href="/feed.xml">
        <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
        <link rel="alternate" hreflang="de" href="/de/">
        <link rel="stylesheet" href="/s.css">
      </head><body></body></html>`,
      'https://news.test/2026/story',
    );
    expect(discoverFeeds(doc, 'https://news.test/2026/story')).toEqual([
      { url: 'https://news.test/feed.xml', title: 'Wire RSS' },
      { url: 'https://news.test/atom', title: 'news.test' },
    ]);
  });
});

describe('matchesPattern', () => {
  it('reads scheme, host and subdomain wildcards like the browser', () => {
    expect(matchesPattern('http://*/*', 'http://127.0.0.1:8080/feed')).toBe(true);
    expect(matchesPattern('http://*/*', 'https://a.test/feed')).toBe(false);
    expect(matchesPattern('*://*.example.com/*', 'https://news.example.com/rss')).toBe(true);
    expect(matchesPattern('*://*.example.com/*', 'https://example.com/rss')).toBe(true);
    expect(matchesPattern('*://*.example.com/*', 'https://badexample.com/rss')).toBe(false);
    expect(matchesPattern('https://a.test/*', 'https://a.test/x')).toBe(true);
    expect(matchesPattern('https://a.test/*', 'https://b.test/x')).toBe(false);
    expect(matchesPattern('<all_urls>', 'ftp://a.test/x')).toBe(false);
    expect(coveredBy(['https://a.test/*'], ['https://a.test/1', 'https://b.test/2'])).toBe(false);
  });
});

describe('feeds a page advertises', () => {
  it('are remembered from the page analysis and offered to the popup, marked when followed', async () => {
    const db = freshDb();
    const runtime = memoryFeedRuntime();
    const handlers = createHandlers({
      db,
      tabs: { set: async () => undefined, get: async () => undefined },
      now: () => FEED_NOW,
      analyze: analyzeHtml,
      badge: async () => undefined,
      feeds: runtime,
    });
    const path = 'circuit-ledger/microsoft-openai-new-deal.html';
    const html = demoHtml(path).replace(
      '</head>',
      '<link rel="alternate" type="application/rss+xml" title="The Circuit Ledger" href="/feed.xml"></head>',
    );
    await handlers['content/analyze-page'](
      { type: 'content/analyze-page', url: `${DEMO_ORIGIN}/${path}`, html },
      { tabId: 5, incognito: false },
    );
    const feedUrl = `${DEMO_ORIGIN}/feed.xml`;
    const ask = () =>
      handlers['popup/page-feeds']({ type: 'popup/page-feeds', tabId: 5 }, { incognito: false });
    expect((await ask()).feeds).toEqual([
      { url: feedUrl, title: 'The Circuit Ledger', followed: false },
    ]);
    await handlers['popup/follow-feed'](
      { type: 'popup/follow-feed', url: feedUrl },
      { incognito: false },
    );
    expect((await ask()).feeds[0]?.followed).toBe(true);
    expect(
      (
        await handlers['popup/page-feeds'](
          { type: 'popup/page-feeds', tabId: 6 },
          { incognito: false },
        )
      ).feeds,
    ).toEqual([]);
  });
});
