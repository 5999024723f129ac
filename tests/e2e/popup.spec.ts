import type { BrowserContext, Page } from '@playwright/test';
import { archivedRecords } from './archive-probe.ts';
import { FeedsPage } from './feeds-page.ts';
import { expect, test } from './fixtures.ts';
import { badgeText, openPopupFor, tabIdOf } from './popup-page.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const OTHER = '/northwind-wire/amazon-odyssey-investment.html';

test.use({ settings: { dwellSeconds: 0, autoSave: false } });

/** Visits an AI-industry article, waits for Backstory's tab, and opens the popup for its tab. */
async function popupOnArticle(
  page: Page,
  context: BrowserContext,
  extensionId: string,
  url: string,
) {
  const ui = new SidebarPage(page);
  await ui.visit(url);
  await expect(ui.tab).toBeVisible();
  return { ui, popup: await openPopupFor(context, extensionId, page) };
}

test('on an article the popup says why, lists companies, saves and forgets in one click', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  const { popup } = await popupOnArticle(page, context, extensionId, demo.origin + ARTICLE);
  await expect(popup.getByTestId('popup-verdict')).toHaveText(/^AI-industry/);
  await expect(popup.getByTestId('popup-reasons').locator('li').first()).not.toBeEmpty();
  await expect(popup.getByTestId('popup-companies')).toContainText('Amazon');
  await expect(popup.getByTestId('popup-companies')).toContainText('Odyssey');
  await expect(popup.getByTestId('popup-related-count')).toBeVisible();
  // The toolbar badge shows the same related count as the popup.
  const countText = (await popup.getByTestId('popup-related-count').innerText()).match(
    /^\d+|^No/,
  )?.[0];
  const badge = await badgeText(context, await tabIdOf(context, page));
  expect(badge).toBe(countText === 'No' ? '0' : countText);

  // Not saved (auto-save is off): Save records it, Forget removes it.
  await popup.getByTestId('popup-save').click();
  await expect(popup.getByTestId('popup-article')).toContainText('Saved in your archive');
  expect(
    (await archivedRecords<{ title: string }>(context, 'articles')).map((a) => a.title),
  ).toEqual([await page.locator('h1').first().innerText()]);
  await popup.getByTestId('popup-forget').click();
  await expect(popup.getByTestId('popup-save')).toBeVisible();
  expect(await archivedRecords(context, 'articles')).toEqual([]);
});

test('the Related coverage button opens the sidebar on the page', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  const ui = new SidebarPage(page);
  await ui.visit(demo.origin + OTHER);
  await expect(ui.tab).toBeVisible();
  await ui.visit(demo.origin + ARTICLE);
  await expect(ui.tab).toBeVisible();
  const popup = await openPopupFor(context, extensionId, page);
  await popup.getByTestId('popup-related').click();
  await expect(popup.getByTestId('popup-notice')).toHaveText('Opened the sidebar on the page');
  await expect(ui.sidebar).toBeVisible();
  // A second click keeps it open (the shortcut toggles; the button opens).
  await popup.getByTestId('popup-related').click();
  await expect(popup.getByTestId('popup-notice')).toHaveText('Opened the sidebar on the page');
  await expect(ui.sidebar).toBeVisible();
});

test('pause on this site from the popup stops Backstory there', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  const { ui, popup } = await popupOnArticle(page, context, extensionId, demo.origin + ARTICLE);
  await popup.getByTestId('popup-pause').click();
  await expect(popup.getByTestId('popup-notice')).toContainText('Paused on 127.0.0.1');
  await expect(popup.getByTestId('popup-no-sidebar')).toHaveText(
    'Backstory is paused on this site.',
  );
  await expect(popup.getByTestId('popup-pause')).toHaveCount(0);
  await ui.visit(demo.origin + OTHER);
  await page.waitForTimeout(1_500);
  await expect(ui.tab).toHaveCount(0);
});

test("the popup offers to follow the outlet's feed, and following it brings its stories in", async ({
  page,
  demo,
  context,
  extensionId,
  openExtensionPage,
}) => {
  const { popup } = await popupOnArticle(
    page,
    context,
    extensionId,
    `${demo.origin}/compute-notes/week-in-ai-infrastructure.html`,
  );
  const offer = popup.getByTestId('popup-follow-feeds');
  await expect(offer).toContainText('Compute Notes');
  // Chromium grants 127.0.0.1 without a prompt: the content script's patterns cover it.
  await offer.getByRole('button', { name: 'Follow Compute Notes' }).click();
  await expect(offer.getByRole('status')).toHaveText('Following Compute Notes.');
  await expect(offer).toContainText('Following');
  await expect(offer.getByRole('button', { name: 'Follow Compute Notes' })).toHaveCount(0);

  const library = new FeedsPage(await openExtensionPage('library.html#/section/feeds'));
  await expect(library.status(`${demo.origin}/compute-notes/feed.xml`)).toContainText(
    /3 items in the feed · \d AI-industry stor(y|ies) kept/,
  );
  const stories = await archivedRecords<{ url: string; source: string }>(context, 'articles');
  expect(stories.map((a) => a.url)).toContain(
    `${demo.origin}/compute-notes/microsoft-openai-what-changed.html`,
  );
});
