/**
 * Privacy: the network audit. Chromium logs every request any context makes while a reader uses
 * Backstory on the demo site; the extension's own contexts may only ever fetch the feeds the
 * reader configured, and nothing started from a page (where the content script runs) leaves the
 * local servers.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { FeedsPage } from './feeds-page.ts';
import { expect, test } from './fixtures.ts';
import { HighlightPage } from './highlight-page.ts';
import { loggedRequests } from './net-log.ts';
import { SidebarPage } from './sidebar-page.ts';

/**
 * Chromium's own services, which run in any profile (account, autofill and device check-ins)
 * and start without an initiating origin. The extension cannot send requests through them.
 */
const BROWSER_SERVICES = /^https:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)\//;

test.use({ netLog: join(tmpdir(), `backstory-netlog-${process.pid}-${Date.now()}.json`) });
let feedServer: FeedServer;
test.beforeAll(async () => {
  const body = readFileSync(
    new URL('../fixtures/feeds/e2e/harbour-wire.xml', import.meta.url),
    'utf8',
  );
  feedServer = await startFeedServer({ '/harbour-wire.xml': { body, etag: '"hw1"' } });
});
test.afterAll(() => feedServer.close());
test.afterEach(async ({ netLog }) => {
  if (netLog) await rm(netLog, { force: true });
});

test('using every feature sends no request but the configured feeds', async ({
  context,
  extensionId,
  demo,
  netLog,
}) => {
  test.setTimeout(120_000);
  // The reader follows one feed; refreshing it is the only request the extension may make.
  const feedUrl = feedServer.url('/harbour-wire.xml');
  const library = new FeedsPage(await context.newPage());
  await library.page.goto(`chrome-extension://${extensionId}/library.html#/section/feeds`);
  await library.follow(feedUrl);
  await library.panel.getByTestId('feeds-refresh').click();
  await expect.poll(() => feedServer.notModified.get('/harbour-wire.xml') ?? 0).toBe(1);

  const page = await context.newPage();
  const ui = new SidebarPage(page);
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
  await expect(ui.tab).toContainText(/\d+ related/);
  // A highlight with a note (stored, painted, listed).
  const hl = new HighlightPage(page);
  await hl.select('Amazon is putting money into Odyssey, a startup developing world models');
  await hl.toolbar.getByTestId('note-button').click();
  await hl.toolbar.getByTestId('note-input').fill('Picks and shovels again.');
  await hl.toolbar.getByTestId('highlight-button').click();
  await expect(hl.toolbar).toHaveCount(0);
  await ui.open();
  await expect(ui.sidebar.getByTestId('highlight-item')).toContainText('Picks and shovels');
  await expect(ui.sidebar.getByTestId('related-item').first()).toBeVisible();
  await ui.sidebar.getByTestId('company-chip').first().click();
  // A single-page app navigating between articles.
  await ui.visit(`${demo.origin}/spa/index.html`);
  // The extension's pages: the popup, and the library's views (search builds its index).
  for (const path of [
    'popup.html',
    'library.html',
    'library.html#/search?q=odyssey',
    'library.html#/companies',
    'library.html#/company/amazon',
    'library.html#/highlights',
    'library.html#/settings',
  ]) {
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/${path}`);
    await extensionPage.waitForLoadState('load');
    await extensionPage.close();
  }
  await context.close();

  if (!netLog) throw new Error('no net log configured');
  const requests = await loggedRequests(netLog);
  const own = `chrome-extension://${extensionId}`;
  const fromExtension = requests.filter((r) => r.initiator === own && !r.url.startsWith(own));
  expect(fromExtension.map((r) => r.url).filter((url) => url !== feedUrl)).toEqual([]);
  // The log does see the extension's own requests: the feed's first fetch and its refresh.
  expect(fromExtension.length).toBeGreaterThanOrEqual(2);

  // From pages (and so from the content script): only the local demo server.
  const fromPages = requests.filter((r) => r.initiator !== null && r.initiator !== own);
  expect(fromPages.length).toBeGreaterThan(0);
  expect(fromPages.filter((r) => !r.url.startsWith(`${demo.origin}/`))).toEqual([]);

  // Without an initiator: navigations (to the demo site) and the browser's own services.
  const unattributed = requests.filter((r) => r.initiator === null);
  expect(
    unattributed.filter(
      (r) =>
        !r.url.startsWith(`${demo.origin}/`) &&
        !r.url.startsWith(`${own}/`) &&
        !BROWSER_SERVICES.test(r.url),
    ),
  ).toEqual([]);
  console.log(
    `network audit: ${requests.length} requests logged, ${fromExtension.length} from the extension, ${fromPages.length} from pages`,
  );
});
