/**
 * Privacy: the network audit. The browser logs every request any context makes while a reader
 * uses Backstory on the demo site; the extension's own contexts may only ever fetch the feeds the
 * reader configured, nothing started from a page (where the content script runs) leaves the local
 * servers, and the tabs go only where the reader went. What is left is the browser's own traffic,
 * told apart by attribution (harness/network-log.ts), never by its addresses.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { feedFixture } from '../support/feed-fixtures.ts';
import { tabIdOf } from './harness/extension.ts';
import type { Api } from './harness/launch.ts';
import { attribute, hostCounts } from './harness/network-log.ts';
import { useBrowser } from './harness/session.ts';
import {
  Highlighter,
  Sidebar,
  byId,
  click,
  eventually,
  fill,
  followFeed,
  testId,
  text,
  texts,
} from './harness/ui.ts';

const scenario = useBrowser({ networkLog: true });
let feedServer: FeedServer;
beforeAll(async () => {
  feedServer = await startFeedServer({
    '/harbour-wire.xml': { body: feedFixture('e2e/harbour-wire.xml'), etag: '"hw1"' },
  });
});
afterAll(() => feedServer.close());

test('using every feature sends no request but the configured feeds', async () => {
  const { session, demo } = scenario;
  // The reader follows one feed; fetching it is the only request the extension may make.
  const feedUrl = feedServer.url('/harbour-wire.xml');
  const feeds = await session.openExtensionPage('library.html#/section/feeds');
  await followFeed(feeds, feedUrl);
  await click(feeds, `${testId('feeds-panel')} ${byId('feeds-refresh')}`);
  await eventually(() => feedServer.notModified.get('/harbour-wire.xml') ?? 0).toBe(1);

  const ui = new Sidebar(session.page);
  // Read a few articles: analysis, recording, story linking.
  for (const path of [
    '/northwind-wire/amazon-odyssey-investment.html',
    '/margin-moat/anthropic-valuation-round.html',
    '/circuit-ledger/anthropic-new-funding-round.html',
    '/compute-notes/infrastructure-over-models.html',
  ]) {
    await ui.read(demo.origin + path);
  }
  // A non-article page and a page that is not about AI.
  await ui.visit(`${demo.origin}/kitchen/apple-crumble.html`);
  await ui.visit(`${demo.origin}/northwind-wire/amazon-rainforest-deforestation.html`);
  // The sidebar with related stories, takes and a company's coverage.
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await eventually(() => text(session.page, Sidebar.tab)).toMatch(/\d+ related/);
  // A highlight with a note (stored, painted, listed).
  const hl = new Highlighter(session.page);
  await hl.select('Amazon is putting money into Odyssey, a startup developing world models');
  await click(session.page, `${Highlighter.toolbar} ${byId('note-button')}`);
  await fill(session.page, `${Highlighter.toolbar} ${byId('note-input')}`, 'Picks and shovels.');
  await click(session.page, `${Highlighter.toolbar} ${byId('highlight-button')}`);
  await ui.open();
  await eventually(() => texts(session.page, ui.in('highlight-item'))).toEqual([
    expect.stringContaining('Picks and shovels'),
  ]);
  await eventually(() => texts(session.page, ui.in('related-item'))).not.toEqual([]);
  await click(session.page, ui.in('company-chip'));
  await eventually(() => text(session.page, ui.in('company-view'))).toMatch(/in your archive/);
  // The popup for this tab, and a single-page app navigating between articles.
  const tabId = await tabIdOf(session, session.page);
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await eventually(() => text(popup, testId('popup-verdict'))).toMatch(/^AI-industry/);
  await popup.close();
  await ui.visit(`${demo.origin}/spa/index.html`);
  // The library's views (search builds its index).
  for (const route of ['#/search?q=odyssey', '#/companies', '#/company/amazon', '#/highlights']) {
    const library = await session.openExtensionPage(`library.html${route}`);
    await eventually(() => text(library, testId('library-stats'))).toMatch(/articles? from/);
    await library.close();
  }
  await session.close();

  const own = session.extensionOrigin;
  const { extension, pages, navigations, browser } = attribute(await session.requests(), own);
  // The extension's contexts (background, its pages) fetch only the feed.
  expect(
    extension.map((r) => r.url).filter((url) => url !== feedUrl && !url.startsWith(own)),
  ).toEqual([]);
  // The log does see the extension's own requests: the feed's first fetch and its refresh.
  expect(extension.length).toBeGreaterThanOrEqual(2);

  // From pages (and so from the content script): only the local demo server.
  expect(pages.filter((r) => !r.url.startsWith(`${demo.origin}/`))).toEqual([]);

  // Navigations go to the demo site: none the extension opened elsewhere.
  expect(navigations.length).toBeGreaterThanOrEqual(8);
  expect(navigations.filter((r) => !r.url.startsWith(`${demo.origin}/`))).toEqual([]);

  // What is left the browser sent on its own. In Chromium, where a missing initiator is the only
  // sign, none of it may come from the loaders that serve pages and extension contexts; in
  // Firefox the system principal says so itself.
  if (session.kind === 'chromium') {
    const contextLoaders = new Set([...extension, ...pages].map((r) => r.loader));
    expect(browser.filter((r) => contextLoaders.has(r.loader))).toEqual([]);
  }
  console.log(
    `network audit (${session.version}): ${extension.length} requests from the extension, ` +
      `${pages.length} from pages, ${navigations.length} navigations, ` +
      `${browser.length} from the browser's own services (${hostCounts(browser)})`,
  );
});

test('the audit attributes each request to the context that made it', async () => {
  const { session, demo } = scenario;
  // Requests made on purpose from each context, to a second local server: if the browser stopped
  // logging who started a request, the audit above would pass on nothing; this test would fail.
  const fromExtension = feedServer.url('/probe-from-extension-page');
  const fromBackground = feedServer.url('/probe-from-background');
  const fromPage = feedServer.url('/probe-from-page');
  const opened = feedServer.url('/probe-opened-tab');
  await session.inExtension(
    (url) => fetch(url, { mode: 'no-cors' }).then(() => undefined),
    fromExtension,
  );
  await session.fetchFromBackground(fromBackground);
  await session.page.goto(`${demo.origin}/kitchen/apple-crumble.html`);
  await session.page.evaluate(
    (url) => fetch(url, { mode: 'no-cors' }).then(() => undefined),
    fromPage,
  );
  await session.inExtension(async (url) => {
    const api =
      (globalThis as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome;
    await api.tabs.create({ url });
  }, opened);
  await eventually(() => feedServer.hits.get('/probe-opened-tab') ?? 0).toBe(1);
  await session.close();

  const { extension, pages, navigations, browser } = attribute(
    await session.requests(),
    session.extensionOrigin,
  );
  expect(extension.map((r) => r.url)).toContain(fromExtension);
  expect(extension.map((r) => r.url)).toContain(fromBackground);
  expect(pages.map((r) => r.url)).toContain(fromPage);
  // A tab the extension opens: Chromium logs no initiator for it, Firefox the extension's principal.
  expect([...navigations, ...extension].map((r) => r.url)).toContain(opened);
  expect(browser.map((r) => r.url)).not.toContain(fromExtension);
  expect(browser.map((r) => r.url)).not.toContain(fromBackground);
  expect(browser.map((r) => r.url)).not.toContain(opened);
});
