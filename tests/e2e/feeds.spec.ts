/**
 * Feeds end to end, against a feed server on 127.0.0.1. Host permission: the library asks for
 * each feed's origin with `permissions.request` in the click that follows it (ADR 0002). A test
 * cannot click a browser prompt; here the origin (127.0.0.1) is already covered by the content
 * script's match patterns, so Chromium resolves the real request as granted without a prompt, and
 * the service worker's fetch runs with that access. The refusal path is unit-tested.
 */
import { readFileSync } from 'node:fs';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { FeedsPage } from './feeds-page.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

let feeds: FeedServer;
test.beforeAll(async () => {
  feeds = await startFeedServer({
    '/harbour-wire.xml': { body: fixture('e2e/harbour-wire.xml'), etag: '"hw1"' },
    '/lattice.atom': { body: fixture('atom.xml'), type: 'application/atom+xml' },
    '/broken.xml': { body: fixture('html-error.html'), type: 'application/rss+xml' },
    '/loop.xml': { redirect: '/loop.xml' },
  });
});
test.afterAll(() => feeds.close());

test('a broken feed shows its problem in plain words and leaves the other feeds alone', async ({
  openExtensionPage,
}) => {
  const library = new FeedsPage(await openExtensionPage('library.html#/section/feeds'));
  await library.follow(feeds.url('/broken.xml'));
  await library.follow(feeds.url('/loop.xml'));
  await library.follow(feeds.url('/lattice.atom'));
  await expect(library.status(feeds.url('/broken.xml'))).toContainText(
    'Problem: the address serves a web page, not a feed',
  );
  await expect(library.status(feeds.url('/broken.xml'))).toHaveClass(/bs-error/);
  await expect(library.status(feeds.url('/loop.xml'))).toContainText(/Problem: the feed redirects/);
  await expect(library.status(feeds.url('/lattice.atom'))).toContainText(
    '1 AI-industry story kept',
  );
});

test('OPML import adds the listed feeds, says what it left out, and export gives them back', async ({
  openExtensionPage,
}) => {
  const library = new FeedsPage(await openExtensionPage('library.html#/section/feeds'));
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
    <outline text="AI"><outline text="Harbour Wire" type="rss" xmlUrl="${feeds.url('/harbour-wire.xml')}"/>
    <outline text="Lattice" type="rss" xmlUrl="${feeds.url('/lattice.atom')}"/></outline>
    <outline text="Old FTP" type="rss" xmlUrl="ftp://files.test/feed"/></body></opml>`;
  await library.panel.getByTestId('opml-import').setInputFiles({
    name: 'mine.opml',
    mimeType: 'text/x-opml',
    buffer: Buffer.from(opml),
  });
  await expect(library.message).toContainText('Imported 2 feeds.');
  await expect(library.message).toContainText(
    'Old FTP (a feed address must start with http:// or https://)',
  );
  await expect(library.rows).toHaveCount(2);
  await expect(library.status(feeds.url('/lattice.atom'))).toHaveText('Not checked yet');
  await library.panel.getByTestId('feeds-refresh').click();
  await expect(library.status(feeds.url('/lattice.atom'))).toContainText(
    '1 AI-industry story kept',
  );

  const download = library.page.waitForEvent('download');
  await library.panel.getByTestId('opml-export').click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(exported).toContain(`xmlUrl="${feeds.url('/harbour-wire.xml')}"`);
  expect(exported).toContain(`xmlUrl="${feeds.url('/lattice.atom')}"`);
  expect(exported).toContain('text="Harbour Wire"');
  expect(exported).not.toContain('ftp://');
});

test.describe('since you last looked', () => {
  // The article is only looked at, never saved: reading it would count as reading about OpenAI.
  test.use({ settings: { autoSave: false, dwellSeconds: 0 } });

  test('a followed company counts the feed stories that arrived since, until marked as read', async ({
    openExtensionPage,
    page,
    demo,
  }) => {
    const article = `${demo.origin}/circuit-ledger/microsoft-openai-new-deal.html`;
    const ui = new SidebarPage(page);
    await ui.visit(article);
    await ui.open();
    // The empty state offers feeds.
    await expect(ui.sidebar.getByTestId('feeds-offer')).toContainText('Follow feeds');
    const openai = ui.sidebar.getByTestId('company-chip').filter({ hasText: 'OpenAI' });
    await openai.click();
    await ui.sidebar.getByRole('button', { name: 'Follow OpenAI' }).click();
    await expect(ui.sidebar.getByTestId('company-unread')).toContainText(
      'Following OpenAI: no new feed stories since you last looked.',
    );

    const library = new FeedsPage(await openExtensionPage('library.html#/section/feeds'));
    await library.follow(feeds.url('/harbour-wire.xml'));
    await expect(library.status(feeds.url('/harbour-wire.xml'))).toContainText(
      '1 AI-industry story kept',
    );

    await page.bringToFront();
    await ui.visit(article);
    await ui.open();
    await expect(openai.getByTestId('chip-unread')).toHaveText('1 new');
    await openai.click();
    await expect(ui.sidebar.getByTestId('company-unread')).toContainText(
      '1 unread feed story about OpenAI since you last looked.',
    );
    await ui.sidebar.getByRole('button', { name: 'Mark as read' }).click();
    await expect(ui.sidebar.getByTestId('company-unread')).toContainText('no new feed stories');
    await expect(openai.getByTestId('chip-unread')).toHaveCount(0);
  });
});
