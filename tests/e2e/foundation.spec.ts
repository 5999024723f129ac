import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const SAME_SITE = [
  '/circuit-ledger/anthropic-new-funding-round.html',
  '/circuit-ledger/microsoft-openai-new-deal.html',
];
const OTHER_SITE = '/northwind-wire/nvidia-record-quarter.html';

test('the tab appears on a demo article and opens a sidebar with its title and site', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  await ui.visit(demo.origin + ARTICLE);
  await expect(ui.tab).toBeVisible();
  await expect(ui.sidebar).toHaveCount(0);
  await ui.open();
  await expect(ui.title).toContainText('Amazon');
  await expect(ui.title).toHaveText(await page.locator('h1').first().innerText());
  await expect(ui.sidebar.getByTestId('sidebar-site')).toContainText('The Circuit Ledger');
  await expect(ui.earlierFromSite).toHaveText('No earlier articles from this site yet');
});

test('Escape and the close button close the sidebar back to the tab', async ({ page, demo }) => {
  const ui = new SidebarPage(page);
  await ui.visit(demo.origin + ARTICLE);
  await ui.open();
  await page.keyboard.press('Escape');
  await expect(ui.sidebar).toHaveCount(0);
  await expect(ui.tab).toBeVisible();
  await ui.open();
  await ui.sidebar.getByRole('button', { name: 'Close Backstory sidebar' }).click();
  await expect(ui.tab).toBeVisible();
});

for (const path of ['/shop/noise-cancelling-headphones.html', '/circuit-ledger/', '/']) {
  test(`no tab on the non-article page ${path}`, async ({ page, demo }) => {
    const ui = new SidebarPage(page);
    // Prove the extension is live in this profile, then check the page that must stay untouched.
    await ui.visit(demo.origin + ARTICLE);
    await expect(ui.tab).toBeVisible();
    await ui.visit(demo.origin + path);
    await page.waitForLoadState('load');
    // Absence cannot be awaited: give the content script more than its idle deadline to act.
    await page.waitForTimeout(1_500);
    await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
    await expect(ui.tab).toHaveCount(0);
  });
}

test('after reading two articles of one site, the third shows 2 earlier articles', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  for (const path of [...SAME_SITE, OTHER_SITE]) await ui.read(demo.origin + path);
  await ui.visit(demo.origin + ARTICLE);
  await ui.open();
  await expect(ui.earlierFromSite).toHaveText('2 earlier articles from this site');

  // A revisit is not an extra article.
  await ui.read(demo.origin + SAME_SITE[0]);
  await ui.open();
  await expect(ui.earlierFromSite).toHaveText('No earlier articles from this site yet');
});

test('the library lists what was read and the popup renders', async ({
  page,
  demo,
  openExtensionPage,
}) => {
  const ui = new SidebarPage(page);
  await ui.read(demo.origin + ARTICLE);
  const heading = await page.locator('h1').first().innerText();

  const library = await openExtensionPage('library.html');
  await expect(library.getByTestId('library-stats')).toHaveText('1 article from 1 site');
  await expect(library.getByTestId('history-item')).toHaveCount(1);
  await expect(library.getByTestId('history-item').getByRole('link')).toHaveText(heading);

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('backstory-popup')).toBeVisible();
  await expect(popup.getByTestId('popup-no-article')).toBeVisible();
});

test('the library explains an empty archive', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await expect(library.getByTestId('library-stats')).toHaveText('0 articles from 0 sites');
  await expect(library.getByTestId('library-empty')).toBeVisible();
});
