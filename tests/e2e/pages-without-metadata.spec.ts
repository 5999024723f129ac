/**
 * The open web beyond news sites: a lab's blog post with no article metadata at all, and a Korean
 * article whose companies are written in Hangul, both get the tab and their companies.
 */
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

test('a blog post without any article metadata gets the tab and its companies', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  await ui.visit(`${demo.origin}/quarry-lab/why-we-opened-the-weights.html`);
  // The page declares nothing: no og:type, no JSON-LD, no <article>.
  expect(
    await page
      .locator('meta[property="og:type"], script[type="application/ld+json"], article')
      .count(),
  ).toBe(0);
  await expect(ui.tab).toBeVisible();
  await ui.open();
  await expect(ui.title).toHaveText('Why we opened the weights of Quarry-7');
  const chips = ui.sidebar.getByTestId('company-chip');
  await expect(chips.filter({ hasText: 'Mistral AI' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'Anthropic' })).toHaveCount(1);
  await expect(ui.sidebar.getByTestId('detection-reasons')).toContainText('a run of paragraphs');
});

test('a Korean article gets the tab, with its companies named in Hangul', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/hanbit-tech/sk-hynix-hbm4-nvidia.html`);
  await ui.open();
  await expect(ui.title).toContainText('SK하이닉스');
  const chips = ui.sidebar.getByTestId('company-chip');
  // 엔비디아, SK하이닉스 and 삼성전자 in the text; the chips carry their English names.
  await expect(chips.filter({ hasText: 'Nvidia' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'SK Hynix' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'Samsung' })).toHaveCount(1);
});
