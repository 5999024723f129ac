/**
 * Exclusions: on the reader's excluded sites and on intranet-looking hosts Backstory shows
 * nothing and stores nothing; the same article on an ordinary host is recorded, so it is the
 * exclusion at work and not a broken page.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { archivedRecords } from './archive-probe.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';

const archivedUrls = async (context: BrowserContext) =>
  (await archivedRecords<{ url: string }>(context, 'articles')).map((a) => a.url);

test.use({ settings: { dwellSeconds: 0, excludedHosts: ['localhost'] } });

test('excluded and intranet-looking hosts get no tab and nothing stored', async ({
  page,
  demo,
  context,
}) => {
  const port = new URL(demo.origin).port;
  for (const origin of [`http://localhost:${port}`, `http://wiki.corp.internal:${port}`]) {
    await page.goto(origin + ARTICLE);
    await page.waitForLoadState('load');
    // Absence cannot be awaited: give the content script more than its idle deadline to act.
    await page.waitForTimeout(1_500);
    await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
  }
  expect(await archivedUrls(context)).toEqual([]);

  const ui = new SidebarPage(page);
  await ui.read(demo.origin + ARTICLE);
  expect(await archivedUrls(context)).toHaveLength(1);
});
