import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

test('single-page navigation re-runs detection and refreshes or removes the sidebar', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  await ui.visit(`${demo.origin}/spa/index.html`);
  await expect(page.locator('h1')).toHaveText('Briefings');

  // To an article, without a page load.
  await page.getByRole('link', { name: "Google's TPUs for rent" }).click();
  await expect(page).toHaveURL(/story=tpu-rentals/);
  await ui.open();
  await expect(ui.title).toHaveText(/Google starts renting its TPUs/);
  await expect(ui.sidebar.getByTestId('company-chip').filter({ hasText: 'Google' })).toHaveCount(1);

  // To another article: a new analysis replaces the sidebar.
  await page.getByRole('link', { name: "OpenAI's own chips" }).click();
  await expect(page).toHaveURL(/story=openai-broadcom/);
  await expect(ui.sidebar).toHaveCount(0);
  await ui.open();
  await expect(ui.title).toHaveText(/OpenAI and Broadcom/);

  // Away from articles: nothing of Backstory stays on the page.
  await page.getByRole('link', { name: 'Briefings' }).click();
  await expect(page.locator('h1')).toHaveText('Briefings');
  await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);

  // Back to an article with the browser's back button.
  await page.goBack();
  await expect(page).toHaveURL(/story=openai-broadcom/);
  await expect(ui.tab).toBeVisible();
});
