import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

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
