import { archivedRecords } from './archive-probe.ts';
import { putRecords, storedSettings } from './archive-write.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const AMAZON_ODYSSEY = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const ARTICLES = [
  AMAZON_ODYSSEY,
  '/northwind-wire/amazon-odyssey-investment.html',
  '/margin-moat/aws-trainium-project-rainier.html',
  '/compute-notes/infrastructure-over-models.html',
];

interface OrgRow {
  id: string;
  name: string;
  status: string;
  articleCount: number;
  mergedInto: string | null;
}
interface ArticleRow {
  id: number;
  url: string;
  title: string;
  orgs: { id: string }[];
  orgTimes: [string, number][];
}

async function readAll(ui: SidebarPage, origin: string, paths = ARTICLES) {
  for (const path of paths) await ui.read(origin + path);
}

test("\"Related coverage for 'AWS'\" leads to Amazon's page with its chart and articles", async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  // The menu item exists on selections (updating an unknown id fails).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const updateMenu = (id: string) =>
    worker.evaluate((menuId) => {
      type Chrome = { contextMenus: { update(id: string, p: object): Promise<void> } };
      return (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.update(menuId, {
        contexts: ['selection'],
      });
    }, id);
  await updateMenu('backstory-related-selection');
  await expect(updateMenu('no-such-menu')).rejects.toThrow();
  await readAll(new SidebarPage(page), demo.origin);
  // What the context menu opens for a selection (the browser's menu cannot be clicked here).
  const library = await openExtensionPage(
    `library.html#/related?text=${encodeURIComponent(' AWS’s ')}`,
  );
  await expect(library.getByTestId('company-name')).toHaveText('Amazon');
  expect(library.url()).toContain('#/company/amazon');
  await expect(library.getByTestId('company-chart')).toBeVisible();
  await expect(
    library.getByTestId('company-chart').getByTestId('chart-month').first(),
  ).toBeAttached();
  await expect(library.getByTestId('company-articles').getByTestId('history-item')).not.toHaveCount(
    0,
  );
  await expect(library.getByTestId('company-related')).toContainText('Odyssey');

  // Text that names no company becomes a search.
  await library.goto(library.url().replace(/#.*$/, '#/related?text=world%20models'));
  await expect(library.getByTestId('search-input')).toHaveValue('world models');
  await expect(library.getByTestId('search-hit').first()).toBeVisible();
});

test('search finds article text and a note, with highlighted terms as plain text', async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  await readAll(new SidebarPage(page), demo.origin, [AMAZON_ODYSSEY]);
  const [article] = await archivedRecords<ArticleRow & { urlKeys: string[] }>(context, 'articles');
  if (!article) throw new Error('no article archived');
  await putRecords(context, 'highlights', [
    {
      id: 'e2e-highlight-0001',
      url: article.url,
      urlKeys: article.urlKeys,
      articleId: article.id,
      title: article.title,
      siteName: 'The Circuit Ledger',
      quote: { exact: 'a startup developing world models', prefix: '', suffix: '' },
      position: null,
      color: 'idea',
      tags: ['thesis'],
      note: 'Zephyrine pattern: <b>infrastructure</b> over models again',
      orgIds: ['amazon'],
      state: 'orphan',
      createdAt: 1,
      updatedAt: 2,
      checkedAt: 2,
    },
  ]);
  const library = await openExtensionPage('library.html#/search');
  const input = library.getByTestId('search-input');
  await input.pressSequentially('world mod');
  const articleHit = library.locator('[data-testid="search-hit"][data-kind="article"]').first();
  await expect(articleHit).toBeVisible();
  await expect(articleHit.locator('mark').first()).toHaveText(/^(worlds?|mod\w*)$/i);

  await input.fill('zephyrine');
  const noteHit = library.locator('[data-testid="search-hit"][data-kind="highlight"]');
  await expect(noteHit).toHaveCount(1);
  // The note's markup is text, not elements.
  await expect(noteHit).toContainText('<b>infrastructure</b>');
  await expect(noteHit.locator('b')).toHaveCount(0);

  // The highlights list includes the orphan and filters by colour.
  await library.goto(library.url().replace(/#.*$/, '#/highlights'));
  await expect(library.getByTestId('highlight-item')).toHaveCount(1);
  await expect(library.getByTestId('highlight-item')).toContainText('not found on the page');
  await library.getByLabel('Colour').selectOption('fact');
  await expect(library.getByTestId('highlight-item')).toHaveCount(0);
});

test('merging a discovered company moves its articles and keeps the counts right', async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  await readAll(new SidebarPage(page), demo.origin);
  const before = await archivedRecords<OrgRow>(context, 'orgs');
  const odyssey = before.find((o) => o.status === 'discovered' && /odyssey/i.test(o.name));
  if (!odyssey) throw new Error(`no discovered Odyssey among ${before.map((o) => o.id)}`);
  const amazonBefore = before.find((o) => o.id === 'amazon')?.articleCount ?? 0;

  const library = await openExtensionPage(
    `library.html#/company/${encodeURIComponent(odyssey.id)}`,
  );
  await expect(library.getByTestId('company-name')).toHaveText(odyssey.name);
  await library.getByTestId('merge-into').selectOption('amazon');
  await library.getByTestId('merge').click();
  await expect(library.getByTestId('company-name')).toHaveText('Amazon');

  const after = await archivedRecords<OrgRow>(context, 'orgs');
  expect(after.find((o) => o.id === odyssey.id)).toMatchObject({
    status: 'merged',
    mergedInto: 'amazon',
  });
  const articles = await archivedRecords<ArticleRow>(context, 'articles');
  expect(articles.some((a) => a.orgs.some((o) => o.id === odyssey.id))).toBe(false);
  const amazonArticles = articles.filter((a) => a.orgs.some((o) => o.id === 'amazon')).length;
  expect(after.find((o) => o.id === 'amazon')?.articleCount).toBe(amazonArticles);
  expect(amazonArticles).toBeGreaterThanOrEqual(amazonBefore);
  // The per-company index follows the merge: Odyssey's articles are listed under Amazon.
  expect(articles.some((a) => a.orgTimes.some(([id]) => id === odyssey.id))).toBe(false);
  expect(articles.filter((a) => a.orgTimes.some(([id]) => id === 'amazon'))).toHaveLength(
    amazonArticles,
  );

  await library.goto(library.url().replace(/#.*$/, '#/companies'));
  await expect(library.locator(`[data-org="${odyssey.id}"]`)).toHaveCount(0);
});

test('delete everything empties every table and every setting', async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  await readAll(new SidebarPage(page), demo.origin, ARTICLES.slice(0, 2));
  expect(Object.keys(await storedSettings(context))).toContain('settings');
  const library = await openExtensionPage('library.html#/settings');
  await expect(library.getByTestId('storage-use')).toContainText('2 articles');
  await library.getByTestId('delete-everything').click();
  await library.getByTestId('confirm-delete-everything').click();
  await expect(library.getByTestId('settings-notice')).toContainText('Everything was deleted');
  for (const table of [
    'articles',
    'articleTexts',
    'orgs',
    'terms',
    'meta',
    'highlights',
    'feeds',
  ]) {
    expect(await archivedRecords(context, table), table).toEqual([]);
  }
  expect(await storedSettings(context)).toEqual({});
  await expect(library.getByTestId('storage-use')).toContainText('0 articles');
});
