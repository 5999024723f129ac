import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const READ_BEFORE = [
  '/northwind-wire/nvidia-record-quarter.html',
  '/circuit-ledger/anthropic-new-funding-round.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/compute-notes/infrastructure-over-models.html',
  '/northwind-wire/amazon-odyssey-investment.html',
  '/northwind-wire/mistral-asml-round.html',
  '/northwind-wire/amazon-rainforest-deforestation.html',
];

test('related stories come best first with their reasons, stories folded, takes apart', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  for (const path of READ_BEFORE) {
    if (path.includes('rainforest')) await ui.visit(demo.origin + path);
    else await ui.read(demo.origin + path);
  }
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await expect(ui.tab).toContainText(/\d+ related/);
  await ui.open();

  const items = ui.sidebar.getByTestId('related-item');
  const titles = await items.locator(':scope > .bs-item-title').allInnerTexts();
  // The same event from another outlet first, then the same companies' earlier news.
  expect(titles[0]).toMatch(/^Amazon invests in world-model startup Odyssey/);
  expect(titles[1]).toMatch(/^Anthropic valued at \$520bn/);
  expect(titles.slice(2).join('\n')).toMatch(/Nvidia forecasts/);
  expect(titles.join('\n')).not.toMatch(/Deforestation/);

  const first = items.first();
  await expect(first.getByTestId('related-reason')).toContainText('Same story');
  await expect(first.getByTestId('related-reason')).toContainText('Amazon and Odyssey');
  await expect(first.getByRole('link').first()).toHaveAttribute('target', '_blank');
  // Both outlets' reports of Anthropic's round are one entry.
  await expect(items.nth(1).getByTestId('also-covered-by')).toContainText('The Circuit Ledger');
  expect(titles.filter((t) => t.startsWith('Anthropic raises $20 billion'))).toHaveLength(0);

  const takes = ui.sidebar.getByTestId('take-item');
  await expect(takes.first()).toContainText('infrastructure-over-models thesis');
  await expect(takes.first()).toContainText('analysis');
});

test('an empty archive explains how Backstory learns', async ({ page, demo }) => {
  const ui = new SidebarPage(page);
  await ui.visit(`${demo.origin}/circuit-ledger/microsoft-openai-new-deal.html`);
  await expect(ui.tab).toHaveText('Backstory · 0 related');
  await ui.open();
  await expect(ui.sidebar.getByTestId('related-empty')).toContainText(
    'Nothing related in your archive yet',
  );
});

test.describe('with the default reading time', () => {
  test.use({ settings: { dwellSeconds: 2 } });

  test('an article counts as read only after it has been visible for a while', async ({
    page,
    demo,
  }) => {
    const ui = new SidebarPage(page);
    const start = Date.now();
    await ui.visit(`${demo.origin}/circuit-ledger/meta-superintelligence-hiring.html`);
    await expect(ui.tab).toHaveAttribute('data-saved', 'false');
    await expect(ui.tab).toHaveAttribute('data-saved', 'true', { timeout: 6_000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(2_000);
  });
});

test.describe('when the reader turned automatic saving off', () => {
  test.use({ settings: { autoSave: false, dwellSeconds: 0 } });

  test('an article is saved with one click, and only then', async ({
    page,
    demo,
    openExtensionPage,
  }) => {
    const ui = new SidebarPage(page);
    await ui.visit(`${demo.origin}/northwind-wire/mistral-asml-round.html`);
    await ui.open();
    await expect(ui.sidebar.getByTestId('sidebar-site')).toContainText('not saved yet');
    const library = await openExtensionPage('library.html');
    await expect(library.getByTestId('library-stats')).toHaveText('0 articles from 0 sites');
    await ui.sidebar.getByTestId('save-article').click();
    await expect(ui.sidebar.getByTestId('sidebar-site')).toContainText(/· saved$/);
    await expect(ui.sidebar.getByTestId('save-article')).toHaveCount(0);
    await library.reload();
    await expect(library.getByTestId('library-stats')).toHaveText('1 article from 1 site');
  });
});

test('a company chip opens its coverage over time inside the sidebar', async ({ page, demo }) => {
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/northwind-wire/nvidia-record-quarter.html`);
  await ui.read(`${demo.origin}/margin-moat/nvidia-earnings-blackwell.html`);
  await ui.read(`${demo.origin}/compute-notes/week-in-ai-infrastructure.html`);
  await ui.visit(`${demo.origin}/margin-moat/aws-trainium-project-rainier.html`);
  await ui.open();
  await ui.sidebar.getByTestId('company-chip').filter({ hasText: 'Nvidia' }).click();
  const view = ui.sidebar.getByTestId('company-view');
  await expect(view.getByRole('heading', { name: 'Nvidia' })).toBeVisible();
  // The three read before, and this one, saved as soon as it is read.
  await expect(view).toContainText('4 articles in your archive');
  await expect(view.getByTestId('coverage-chart').locator('rect')).not.toHaveCount(0);
  await expect(view.getByTestId('related-item').first()).toContainText(
    'The week in AI infrastructure',
  );
  await view.getByRole('button', { name: '← Back to this article' }).click();
  await expect(ui.sidebar.getByTestId('related-item').first()).toBeVisible();
});
