import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';

test('the sidebar shows the companies of the article and why it was detected', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  // Another outlet's report of the same event is in the archive already.
  await ui.read(`${demo.origin}/northwind-wire/amazon-odyssey-investment.html`);
  await ui.read(demo.origin + ARTICLE);
  await ui.open();
  const chips = ui.sidebar.getByTestId('company-chip');
  await expect(chips.filter({ hasText: 'Amazon' })).toHaveAttribute('data-about', 'true');
  // Each chip counts the company's archived articles, this one included now that it is saved.
  await expect(chips.filter({ hasText: 'Amazon' }).getByTestId('company-chip-count')).toHaveText(
    '2',
  );
  await expect(chips.filter({ hasText: 'Amazon' })).toHaveAttribute(
    'title',
    /^Amazon: 2 articles in your archive, \d+ mentions here, the article is about it$/,
  );
  await expect(chips.filter({ hasText: 'Odyssey' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'Anthropic' })).toHaveCount(1);
  const why = ui.sidebar.getByTestId('detection-reasons');
  await expect(why.locator('li').first()).toBeHidden();
  await why.getByText('Why this article').click();
  await expect(why).toContainText(/AI-industry article \(score 0\.\d+\)/);
  await expect(why).toContainText('JSON-LD type NewsArticle');
});

for (const path of [
  '/northwind-wire/amazon-rainforest-deforestation.html',
  '/margin-moat/amazon-delivery-logistics.html',
  '/kitchen/apple-crumble.html',
]) {
  test(`no tab and nothing stored on the non-AI article ${path}`, async ({
    page,
    demo,
    openExtensionPage,
  }) => {
    const ui = new SidebarPage(page);
    await ui.visit(demo.origin + path);
    await page.waitForLoadState('load');
    // The same profile then shows a tab on an AI article: the extension was live all along.
    await page.waitForTimeout(1_500);
    await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
    await ui.read(demo.origin + ARTICLE);
    const library = await openExtensionPage('library.html');
    await expect(library.getByTestId('library-stats')).toHaveText('1 article from 1 site');
  });
}

test('the toolbar badge shows the related count on an AI article and nothing elsewhere', async ({
  page,
  demo,
  context,
}) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const badge = () =>
    worker.evaluate(async () => {
      type Chrome = {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        action: { getBadgeText(d: { tabId?: number }): Promise<string> };
      };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ active: true });
      return chrome.action.getBadgeText({ tabId: tab?.id });
    });
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/circuit-ledger/anthropic-new-funding-round.html`);
  await ui.visit(`${demo.origin}/margin-moat/anthropic-valuation-round.html`);
  const count = (await ui.tab.innerText()).match(/(\d+) related/)?.[1];
  expect(Number(count)).toBeGreaterThan(0);
  await expect.poll(badge).toBe(count);
  await ui.visit(`${demo.origin}/northwind-wire/amazon-rainforest-deforestation.html`);
  await expect.poll(badge).toBe('');
});
