import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { archivedRecords, badgeText, putRecords, tabIdOf } from './harness/extension.ts';
import { browserKind, cleanUp, launch, type Session, urlOf } from './harness/launch.ts';
import { useBrowser } from './harness/session.ts';
import { Sidebar, byId, click, count, eventually, testId, text, texts } from './harness/ui.ts';

const ARTICLES = [
  '/northwind-wire/amazon-odyssey-investment.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/margin-moat/aws-trainium-project-rainier.html',
];
const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const TABLES = ['articles', 'articleTexts', 'orgs', 'highlights', 'feeds', 'meta'];

const scenario = useBrowser();

test('the popup describes the tab; the library searches, lists companies and resolves a selection', async () => {
  const { session, demo } = scenario;
  const ui = new Sidebar(session.page);
  for (const path of ARTICLES) await ui.read(demo.origin + path);
  await ui.read(demo.origin + ARTICLE);

  // The popup, for the article's tab: the verdict and why, the companies, the related count,
  // the same count on the toolbar badge.
  const tabId = await tabIdOf(session, session.page);
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await eventually(() => text(popup, testId('popup-verdict'))).toMatch(/^AI-industry/);
  expect(await texts(popup, `${testId('popup-reasons')} li`)).not.toContain('');
  const companies = await text(popup, testId('popup-companies'));
  expect(companies).toContain('Amazon');
  expect(companies).toContain('Odyssey');
  expect(await text(popup, testId('popup-article'))).toContain('Saved in your archive');
  const related = (await text(popup, testId('popup-related-count')))?.match(/^\d+/)?.[0];
  expect(Number(related)).toBeGreaterThan(0);
  expect(await badgeText(session, tabId)).toBe(related);
  // Related coverage opens the sidebar on the page.
  await click(popup, testId('popup-related'));
  await eventually(() => text(popup, testId('popup-notice'))).toBe(
    'Opened the sidebar on the page',
  );
  await eventually(() => count(session.page, Sidebar.panel)).toBe(1);
  await popup.close();

  // Search: the article text, with the matched words marked.
  const library = await session.openExtensionPage('library.html#/search?q=trainium');
  await eventually(() => texts(library, testId('search-hit'))).toContainEqual(
    expect.stringContaining('Trainium'),
  );
  expect(await texts(library, `${testId('search-hit')} mark`)).toContainEqual(
    expect.stringMatching(/^trainium$/i),
  );
  // Companies with their counts, and "Related coverage for 'AWS'" leading to Amazon's page.
  await library.evaluate(() => {
    location.hash = '#/companies';
  });
  await eventually(() => texts(library, testId('company-row'))).toContainEqual(
    expect.stringMatching(/^Amazon4confirmed/),
  );
  await library.evaluate(() => {
    location.hash = `#/related?text=${encodeURIComponent(' AWS’s ')}`;
  });
  await eventually(() => text(library, testId('company-name'))).toBe('Amazon');
  expect(await urlOf(library)).toContain('#/company/amazon');
  await eventually(() =>
    count(library, `${testId('company-articles')} ${byId('history-item')}`),
  ).toBe(4);
});

test('a backup exported here and imported into a fresh profile gives the same archive; a corrupted one changes nothing', async () => {
  const { session, demo } = scenario;
  const ui = new Sidebar(session.page);
  for (const path of ARTICLES) await ui.read(demo.origin + path);
  const [first] = await archivedRecords<{ id: number; url: string; urlKeys: string[] }>(
    session,
    'articles',
  );
  if (!first) throw new Error('nothing archived');
  await putRecords(session, 'highlights', [
    {
      id: 'e2e-backup-highlight',
      url: first.url,
      urlKeys: first.urlKeys,
      articleId: first.id,
      title: 'Amazon invests in world-model startup Odyssey',
      siteName: 'Northwind Wire',
      quote: { exact: 'world models', prefix: '', suffix: '' },
      position: { start: 4, end: 16 },
      color: 'fact',
      tags: [],
      note: 'kept across machines',
      orgIds: ['amazon'],
      state: 'anchored',
      createdAt: 10,
      updatedAt: 20,
      checkedAt: 20,
      // Derived on every write through the archive (org-times.ts); written raw here.
      noteOrgTimes: [['amazon', 20]],
    },
  ]);
  const archive = async (of: Session) => {
    const tables: Record<string, unknown[]> = {};
    for (const table of TABLES) tables[table] = await archivedRecords(of, table);
    return tables;
  };
  const original = await archive(session);
  expect(original.articles).toHaveLength(3);

  const library = await session.openExtensionPage('library.html#/backup');
  await click(library, testId('export-backup'));
  await eventually(() => text(library, testId('backup-result'))).toContain('Backup saved');
  const saved = () =>
    existsSync(session.downloads)
      ? readdirSync(session.downloads).filter((name) => /^backstory-backup-.*\.json$/.test(name))
      : [];
  await eventually(saved).toHaveLength(1);
  const file = join(session.downloads, saved()[0] ?? '');
  await eventually(() => JSON.parse(readFileSync(file, 'utf8')).format).toBe('backstory-backup');
  const backup = readFileSync(file, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'backstory-backup', version: 1 });

  // A fresh profile: import, and the archive is the same, record for record.
  const fresh = await launch(browserKind());
  try {
    const other = await fresh.openExtensionPage('library.html#/backup');
    await upload(other, file);
    await eventually(() => text(other, testId('backup-result'))).toContain(
      'Imported 3 new articles, 1 highlights',
    );
    expect(await archive(fresh)).toEqual(original);
  } finally {
    await fresh.close();
    cleanUp(fresh);
  }

  // A corrupted backup is refused with its first problems named, and nothing changes.
  const corrupted = JSON.parse(backup) as { tables: { articles: { url: string }[] } };
  const second = corrupted.tables.articles[1];
  if (!second) throw new Error('expected three articles in the backup');
  second.url = 'not a url';
  corrupted.tables.articles.push({ ...second, url: 'https://example.com/fine' });
  const corruptedFile = join(session.downloads, 'corrupted.json');
  writeFileSync(corruptedFile, JSON.stringify(corrupted));
  await upload(library, corruptedFile);
  await eventually(() => text(library, testId('backup-error'))).toContain(
    'Backup rejected, nothing was imported',
  );
  expect(await text(library, testId('backup-error'))).toContain('articles[1].url: Invalid URL');
  expect(await archive(session)).toEqual(original);

  const notJson = join(session.downloads, 'not-json.json');
  writeFileSync(notJson, '{"format": "backstory-backup", ');
  await upload(library, notJson);
  await eventually(() => text(library, testId('backup-error'))).toContain('not JSON');
  expect(await archive(session)).toEqual(original);
});

/** Chooses a file in the library's import field, as the reader's file picker does. */
async function upload(page: Page, file: string): Promise<void> {
  const input = await page.waitForSelector(testId('import-backup'));
  await (input as ElementHandle<HTMLInputElement> | null)?.uploadFile(file);
}

test('on a non-article page the popup says so and opens the library view of the page instead', async () => {
  const { session, demo } = scenario;
  const url = `${demo.origin}/kitchen/apple-crumble.html`;
  await session.page.goto(url);
  const popup = await session.openExtensionPage(
    `popup.html?tab=${await tabIdOf(session, session.page)}`,
  );
  await eventually(() => text(popup, testId('popup-detection'))).not.toBeNull();
  expect(await text(popup, testId('popup-detection'))).not.toContain('AI-industry');
  expect(await count(popup, testId('popup-save'))).toBe(0);
  const before = new Set(await session.browser.pages());
  await click(popup, testId('popup-related'));
  // The background opens the library (or reuses an open library tab) at the page's view.
  const opened = async () => {
    for (const page of await session.browser.pages()) {
      const at = await urlOf(page).catch(() => '');
      if (at.startsWith(`${session.extensionOrigin}/library.html#/page?url=`)) {
        return { at: decodeURIComponent(at), reused: before.has(page) };
      }
    }
    return null;
  };
  await eventually(opened).not.toBeNull();
  expect((await opened())?.at).toContain(url);
  // The harness keeps a library tab open (its helper page): that tab was reused, not a new one.
  expect((await opened())?.reused).toBe(true);
});
