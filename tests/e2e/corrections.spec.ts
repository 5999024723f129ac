/**
 * The reader's word over the detector's, in a real Chromium with the built extension: "not an
 * AI-industry article" from the sidebar and "it is an AI-industry article" from the popup take
 * effect at once (tab, archive), survive a reload, and are undone from the popup and the library.
 * With BACKSTORY_SCREENSHOTS=1 the new UI is also captured into .scratch/.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { archivedRecords } from './archive-probe.ts';
import { expect, test } from './fixtures.ts';
import { openPopupFor, tabIdOf } from './popup-page.ts';
import { SidebarPage } from './sidebar-page.ts';

const AI_ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
/** An article the detector rightly takes for no AI-industry story (the demo's negatives). */
const OTHER_ARTICLE = '/margin-moat/amazon-delivery-logistics.html';
/** A page the pre-filter always stops, whatever the detector learns: og:type product. */
const SHOP_PAGE = '/shop/noise-cancelling-headphones.html';

interface ArticleRow {
  id: number;
  url: string;
  readCount: number;
}
interface CorrectionRow {
  id: number;
  url: string;
  verdict: string;
}

const SCREENSHOTS = process.env.BACKSTORY_SCREENSHOTS === '1';
async function shoot(target: Locator | Page, name: string) {
  if (!SCREENSHOTS) return;
  mkdirSync('.scratch', { recursive: true });
  await target.screenshot({ path: `.scratch/corrections-${name}.png` });
}

/** Sets the tab's toolbar badge to a mark that only an analysis of the page replaces. */
async function markBadge(context: BrowserContext, tabId: number) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (id) => {
    type Chrome = { action: { setBadgeText(d: object): Promise<void> } };
    await (globalThis as unknown as { chrome: Chrome }).chrome.action.setBadgeText({
      tabId: id,
      text: '?',
    });
  }, tabId);
  return () =>
    worker.evaluate(async (id) => {
      type Chrome = { action: { getBadgeText(d: object): Promise<string> } };
      return (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({
        tabId: id,
      });
    }, tabId);
}

/** Opens the popup once Backstory has analysed the tab's page (it describes what it knows). */
async function popupOnceAnalysed(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  verdict: RegExp,
) {
  const popup = await openPopupFor(context, extensionId, page);
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByTestId('popup-verdict')).toHaveText(verdict, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  return popup;
}

test('"Not an AI-industry article" from the sidebar: the tab goes, the record goes, both survive a reload, and undo brings them back', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  const ui = new SidebarPage(page);
  const url = demo.origin + AI_ARTICLE;
  await ui.read(url);
  await page.reload();
  await expect(ui.tab).toHaveAttribute('data-saved', 'true');
  // Read twice: undo must bring back both reads.
  await expect
    .poll(async () => (await archivedRecords<ArticleRow>(context, 'articles'))[0]?.readCount)
    .toBe(2);
  const [saved] = await archivedRecords<ArticleRow>(context, 'articles');
  expect(saved).toMatchObject({ url, readCount: 2 });

  // The popup offers the same on a page Backstory shows.
  const offer = await openPopupFor(context, extensionId, page);
  await expect(offer.getByTestId('popup-not-ai')).toHaveText('Not an AI-industry article');
  await shoot(offer.getByTestId('backstory-popup'), 'popup-not-ai');
  await offer.close();
  await page.bringToFront();
  await ui.open();
  await shoot(ui.sidebar, 'sidebar');
  await ui.sidebar.getByTestId('not-an-article').click();
  await expect(ui.tab).toHaveCount(0);
  await expect(ui.sidebar).toHaveCount(0);
  await expect.poll(() => archivedRecords<ArticleRow>(context, 'articles')).toEqual([]);
  const [correction] = await archivedRecords<CorrectionRow>(context, 'corrections');
  expect(correction).toMatchObject({ url, verdict: 'not-ai' });

  // After a reload the page is analysed again (the badge mark is replaced) and left alone.
  const tabId = await tabIdOf(context, page);
  const badge = await markBadge(context, tabId);
  await page.reload();
  await expect.poll(badge).toBe('');
  await page.waitForTimeout(1_000);
  await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
  expect(await archivedRecords(context, 'articles')).toEqual([]);

  // The popup says why, and undoes it: the tab and the record (with both reads) come back.
  const popup = await popupOnceAnalysed(context, extensionId, page, /not about the AI industry/);
  await expect(popup.getByTestId('popup-reasons').locator('li').first()).toHaveText(
    'Not an AI-industry article: you said so',
  );
  await expect(popup.getByTestId('popup-correction')).toContainText(
    'You said this is not an AI-industry article.',
  );
  await shoot(popup.getByTestId('backstory-popup'), 'popup-undo');
  await popup.getByTestId('popup-undo-correction').click();
  await expect(popup.getByTestId('popup-notice')).toHaveText(
    'Undone: Backstory decides this page again.',
  );
  await expect(popup.getByTestId('popup-not-ai')).toBeVisible();
  await expect(ui.tab).toBeVisible();
  await expect
    .poll(() => archivedRecords<ArticleRow>(context, 'articles'))
    .toEqual([expect.objectContaining({ id: saved?.id, url, readCount: expect.any(Number) })]);
  const [restored] = await archivedRecords<ArticleRow>(context, 'articles');
  // Both reads came back (a third may follow: the page is shown again and read at once).
  expect(restored?.readCount).toBeGreaterThanOrEqual(2);
  expect(await archivedRecords(context, 'corrections')).toEqual([]);
  await page.reload();
  await expect(ui.tab).toBeVisible();
});

test('"It is an AI-industry article" from the popup on an article Backstory passed over: the tab appears, the page is saved, both survive a reload', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  const ui = new SidebarPage(page);
  const url = demo.origin + OTHER_ARTICLE;
  await ui.visit(url);
  const popup = await popupOnceAnalysed(
    context,
    extensionId,
    page,
    /^An article, not about the AI industry$/,
  );
  await expect(ui.tab).toHaveCount(0);
  await shoot(popup.getByTestId('backstory-popup'), 'popup-is-ai');
  await popup.getByTestId('popup-is-ai').click();
  await expect(popup.getByTestId('popup-notice')).toHaveText(
    'Noted: an AI-industry article. Backstory saves it and learns from it.',
  );
  await expect(popup.getByTestId('popup-correction')).toContainText(
    'You said this is an AI-industry article.',
  );
  await expect(ui.tab).toHaveAttribute('data-saved', 'true');
  expect(await archivedRecords<ArticleRow>(context, 'articles')).toEqual([
    expect.objectContaining({ url }),
  ]);

  await page.reload();
  await expect(ui.tab).toBeVisible();
  await ui.open();
  const why = ui.sidebar.getByTestId('detection-reasons');
  await why.getByText('Why this article').click();
  await expect(why.locator('li').first()).toHaveText('AI-industry article: you said so');

  // Undo from the popup: the tab goes, and so does the record the correction added.
  const again = await openPopupFor(context, extensionId, page);
  await again.getByTestId('popup-undo-correction').click();
  await expect(ui.tab).toHaveCount(0);
  await expect.poll(() => archivedRecords(context, 'articles')).toEqual([]);
  await expect(again.getByTestId('popup-is-ai')).toBeVisible();
});

test('"It is an AI-industry article" on a page the pre-filter stops: read anyway, saved, shown after a reload, listed and undone in the library', async ({
  page,
  demo,
  context,
  extensionId,
  openExtensionPage,
}) => {
  const ui = new SidebarPage(page);
  const url = demo.origin + SHOP_PAGE;
  await ui.visit(url);
  await page.waitForLoadState('load');
  const popup = await openPopupFor(context, extensionId, page);
  // The content script stopped at the pre-filter: the popup has no analysis, and still offers it.
  await expect(popup.getByTestId('popup-no-article')).toBeVisible();
  await shoot(popup.getByTestId('backstory-popup'), 'popup-passed-over');
  await popup.getByTestId('popup-is-ai').click();
  await expect(ui.tab).toHaveAttribute('data-saved', 'true');
  expect(await archivedRecords<ArticleRow>(context, 'articles')).toEqual([
    expect.objectContaining({ url }),
  ]);
  await page.reload();
  await expect(ui.tab).toBeVisible();

  // A second correction, the other way, so the library lists both.
  await ui.read(demo.origin + AI_ARTICLE);
  await ui.open();
  await ui.sidebar.getByTestId('not-an-article').click();
  await expect(ui.tab).toHaveCount(0);

  const library = await openExtensionPage('library.html#/settings');
  const list = library.getByTestId('corrections');
  await expect(list.getByTestId('correction-item')).toHaveCount(2);
  await expect(list.getByTestId('correction-item').first()).toContainText(
    'Not an AI-industry article',
  );
  await expect(list.getByTestId('correction-item').nth(1)).toContainText('AI-industry article');
  await expect(list.getByTestId('correction-item').nth(1)).toContainText('127.0.0.1/shop/');
  await shoot(list, 'library');
  await list
    .getByTestId('correction-item')
    .nth(1)
    .getByRole('button', { name: /^Undo your correction of/ })
    .click();
  await expect(list.getByTestId('corrections-notice')).toContainText('Undone');
  await expect(list.getByTestId('correction-item')).toHaveCount(1);
  // The shop page's record was the correction's own: it goes with it.
  await expect
    .poll(async () => (await archivedRecords<ArticleRow>(context, 'articles')).map((a) => a.url))
    .toEqual([]);
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_000);
  await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
});
