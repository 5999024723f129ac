/**
 * Hostile content through import into the library and the popup: titles, bylines, site names,
 * company names, notes and tags that carry script and style injection, event handlers, direction
 * overrides and huge strings are shown as text; no script runs and no unsafe link is clickable.
 * A backup whose URLs are `javascript:` or `data:` is refused whole.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/launch.ts';
import { archivedRecords } from './archive-probe.ts';
import { putRecords } from './archive-write.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const PWN = 'window.__bsPwned=(window.__bsPwned||0)+1';
const HOSTILE = {
  img: `<img src=x onerror="${PWN}">`,
  script: `<script>${PWN}</script>`,
  svg: `"><svg onload="${PWN}">`,
  style: '<style>*{display:none!important}</style>',
  rtl: 'Nvidia \u202Egnp.exe\u202C news',
  link: '[click me](javascript:alert(1))',
};
const HOSTILE_TEXT = Object.values(HOSTILE).join(' ');

interface Backup {
  tables: {
    articles: { title: string; siteName: string; byline: string | null; excerpt: string | null }[];
    orgs: { id: string; name: string }[];
    highlights: { note: string; tags: string[]; title: string; url: string }[];
    corrections?: unknown[];
  };
}

/** No script ran, nothing was injected, and every link is http(s) or our own. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __bsPwned?: number }).__bsPwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count()).toBe(0);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href).toMatch(/^(https?|chrome-extension):/);
}

test('hostile records imported from a backup render inertly in the library and the popup', async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await ui.read(`${demo.origin}/northwind-wire/amazon-odyssey-investment.html`);
  const [first] = await archivedRecords<{ id: number; url: string; urlKeys: string[] }>(
    context,
    'articles',
  );
  if (!first) throw new Error('nothing archived');
  await putRecords(context, 'highlights', [
    {
      id: 'e2e-hostile-highlight',
      url: first.url,
      urlKeys: first.urlKeys,
      articleId: first.id,
      title: 'a title',
      siteName: 'The Circuit Ledger',
      quote: { exact: 'world models', prefix: '', suffix: '' },
      position: { start: 4, end: 16 },
      color: 'claim',
      tags: ['odyssey'],
      note: 'a note',
      orgIds: ['amazon'],
      state: 'orphan',
      createdAt: 10,
      updatedAt: 20,
      checkedAt: 20,
    },
  ]);
  const library = await openExtensionPage('library.html#/backup');
  const download = library.waitForEvent('download');
  await library.getByTestId('export-backup').click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Backup;

  for (const article of backup.tables.articles) {
    article.title = `${HOSTILE_TEXT} ${'long '.repeat(120)}`.slice(0, 1_000);
    article.siteName = HOSTILE.svg;
    article.byline = HOSTILE.script;
    article.excerpt = HOSTILE_TEXT;
  }
  for (const org of backup.tables.orgs) org.name = `${HOSTILE.img} ${org.name}`;
  for (const highlight of backup.tables.highlights) {
    highlight.note = `${HOSTILE_TEXT}\n${'note '.repeat(3_000)}`;
    highlight.tags = [HOSTILE.img.slice(0, 60), HOSTILE.rtl];
    highlight.title = HOSTILE.script;
  }
  // A reader's correction whose page title and section carry the same.
  backup.tables.corrections = [
    {
      id: 1,
      url: 'https://evil.example/a',
      urlKeys: ['https://evil.example/a'],
      title: HOSTILE_TEXT,
      site: 'evil.example',
      section: `evil.example/${HOSTILE.svg}/`,
      verdict: 'ai',
      leaning: null,
      createdAt: 5,
      removed: null,
      addedArticleId: null,
    },
  ];

  const fresh = await launchWithExtension();
  try {
    const other = await fresh.context.newPage();
    const base = `chrome-extension://${fresh.extensionId}/library.html`;
    await other.goto(`${base}#/backup`);
    // URLs that are not http(s) are refused, whole file, with the field named.
    const unsafe = structuredClone(backup);
    const [highlight] = unsafe.tables.highlights;
    if (!highlight) throw new Error('expected the highlight in the backup');
    highlight.url = 'javascript:alert(1)';
    await other.getByTestId('import-backup').setInputFiles({
      name: 'unsafe.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(unsafe)),
    });
    await expect(other.getByTestId('backup-error')).toContainText('highlights[0].url');
    expect(await archivedRecords(fresh.context, 'articles')).toEqual([]);

    await other.getByTestId('import-backup').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect(other.getByTestId('backup-result')).toContainText('Imported 2 new articles');

    const views = ['#/history', '#/companies', '#/company/amazon', '#/highlights', '#/settings'];
    for (const hash of views) {
      await other.goto(`${base}${hash}`);
      await expect(other.getByTestId('backstory-library')).toBeVisible();
      await expect(other.locator('body')).toContainText(
        hash === '#/companies' || hash === '#/company/amazon' ? '<img src=x' : '<script>',
      );
      await expectInert(other);
    }
    await expect(
      other.getByTestId('corrections').getByTestId('correction-item').first(),
    ).toContainText('<img src=x');
    await expectInert(other);
    await other.goto(`${base}#/search?q=odyssey`);
    await expect(other.getByTestId('search-hit').first()).toBeVisible();
    await expect(other.getByTestId('search-results')).toContainText('<img src=x onerror=');
    await expectInert(other);
  } finally {
    await fresh.context.close();
  }
});
