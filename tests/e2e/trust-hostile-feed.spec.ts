/**
 * Hostile content through a feed: an AI-industry item whose title carries markup and a direction
 * override and whose summary holds script and event handlers is stored as text (the markup
 * reduced to its words) and shown inertly
 * in the sidebar of a related article; an item whose only link is `javascript:` is not stored.
 */
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { FeedsPage } from './feeds-page.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const PWN = 'window.__bsPwned=1';
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const TITLE = `<img src=x onerror="${PWN}"> OpenAI and Microsoft rewrite their cloud deal \u202Etxt.exe`;
const SUMMARY = `<p>OpenAI and Microsoft signed new terms that end Azure's exclusive hold on OpenAI's API, letting Google Cloud and Amazon Web Services resell OpenAI models to enterprise customers.</p><script>${PWN}</script><p onclick="${PWN}">Microsoft keeps a large stake in OpenAI and access to its AI models until artificial general intelligence is declared, as OpenAI buys compute for larger models in new data centres.</p><svg onload="${PWN}"></svg>`;

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml('<b>Pier</b> Ledger')}</title><link>https://pier-ledger.test/</link>
<item><title>${escapeXml(TITLE)}</title><link>https://pier-ledger.test/2026/10/openai-microsoft-cloud-deal</link><guid>pl-1</guid>
<pubDate>Thu, 08 Oct 2026 09:00:00 GMT</pubDate><description><![CDATA[${SUMMARY}]]></description></item>
<item><title>OpenAI and Microsoft: what the new cloud terms mean for AI models</title><link>javascript:${PWN}</link><guid>pl-2</guid>
<pubDate>Thu, 08 Oct 2026 10:00:00 GMT</pubDate><description><![CDATA[${SUMMARY}]]></description></item>
</channel></rss>`;

let feeds: FeedServer;
test.beforeAll(async () => {
  feeds = await startFeedServer({ '/pier.xml': { body: FEED } });
});
test.afterAll(() => feeds.close());

test('a hostile feed item is stored as text and shown inertly as related coverage', async ({
  openExtensionPage,
  page,
  demo,
}) => {
  const library = new FeedsPage(await openExtensionPage('library.html#/section/feeds'));
  const url = feeds.url('/pier.xml');
  await library.follow(url);
  await expect(library.status(url)).toContainText('2 items in the feed · 1 AI-industry story kept');
  // Feed text is reduced to text: markup in a title is dropped, never rendered.
  await expect(library.row(url)).toContainText('Pier Ledger');
  expect(await library.page.locator('b, img, svg, script:not([src])').count()).toBe(0);

  const ui = new SidebarPage(page);
  await ui.visit(`${demo.origin}/circuit-ledger/microsoft-openai-new-deal.html`);
  await expect(ui.tab).toContainText('1 related');
  await ui.open();
  const item = ui.sidebar.getByTestId('related-item').first();
  await expect(item).toContainText('OpenAI and Microsoft rewrite their cloud deal');
  const hrefs = await ui.sidebar
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('https://pier-ledger.test/2026/10/openai-microsoft-cloud-deal');
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  await expect(ui.sidebar).not.toContainText('what the new cloud terms mean');
  const root = page.locator('[data-backstory-ui]');
  expect(
    await root.evaluate((host) => host.shadowRoot?.querySelectorAll('img, svg, script').length),
  ).toBe(0);
  expect(await page.evaluate(() => (window as { __bsPwned?: number }).__bsPwned)).toBeUndefined();
  expect(
    await library.page.evaluate(() => (window as { __bsPwned?: number }).__bsPwned),
  ).toBeUndefined();
});
