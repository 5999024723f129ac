/**
 * A followed feed, against a feed server on 127.0.0.1. The library asks for the feed's origin with
 * `permissions.request` in the click that follows it (ADR 0002): Chromium grants 127.0.0.1 without
 * a prompt (the content script's patterns cover it); Firefox is told not to prompt for optional
 * permissions (harness/launch.ts), as BiDi cannot click its doorhanger.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { feedFixture } from '../support/feed-fixtures.ts';
import { useBrowser } from './harness/session.ts';
import { Sidebar, byId, click, eventually, followFeed, testId, text, texts } from './harness/ui.ts';

const scenario = useBrowser();
let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({
    '/harbour-wire.xml': { body: feedFixture('e2e/harbour-wire.xml'), etag: '"hw1"' },
  });
});
afterAll(() => feeds.close());

test('a followed feed brings its AI-industry stories into the sidebar, and refreshes with its validators', async () => {
  const { session, demo } = scenario;
  const url = feeds.url('/harbour-wire.xml');
  const library = await session.openExtensionPage('library.html#/section/feeds');
  const panel = testId('feeds-panel');
  await followFeed(library, url);
  const row = `${panel} [data-testid="feed-row"][data-feed-url="${url}"]`;
  await eventually(() => text(library, row)).toContain('Harbour Wire');
  await eventually(() => text(library, `${row} ${byId('feed-status')}`)).toMatch(
    /^Checked just now · 2 items in the feed · 1 AI-industry story kept$/,
  );

  const ui = new Sidebar(session.page);
  await ui.visit(`${demo.origin}/circuit-ledger/microsoft-openai-new-deal.html`);
  await eventually(() => text(session.page, Sidebar.tab)).toContain('1 related');
  await ui.open();
  await eventually(() => texts(session.page, ui.in('related-item'))).toEqual([
    expect.stringMatching(/OpenAI's new contract with Microsoft.*Harbour Wire/),
  ]);
  const href = await session.page.$eval(`${ui.in('related-item')} a`, (a) =>
    a.getAttribute('href'),
  );
  expect(href).toBe('https://harbour-wire.test/2026/10/openai-microsoft-contract-rival-clouds');
  expect(await text(session.page, Sidebar.panel)).not.toContain('ferry timetable');

  // "Refresh now" asks again with the feed's validators: the server answers 304.
  await library.bringToFront();
  await click(library, `${panel} ${byId('feeds-refresh')}`);
  await eventually(() => feeds.notModified.get('/harbour-wire.xml') ?? 0).toBe(1);
  expect(feeds.hits.get('/harbour-wire.xml')).toBe(2);
  await eventually(() => text(library, `${row} ${byId('feed-status')}`)).toContain(
    '1 AI-industry story kept',
  );
});
