import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/launch.ts';
import { archivedRecords } from './archive-probe.ts';
import { putRecords } from './archive-write.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLES = [
  '/circuit-ledger/amazon-backs-odyssey-world-models.html',
  '/northwind-wire/amazon-odyssey-investment.html',
  '/margin-moat/anthropic-valuation-round.html',
];
const TABLES = ['articles', 'articleTexts', 'orgs', 'highlights', 'feeds', 'meta'];

async function archive(context: BrowserContext): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await archivedRecords(context, table);
  return out;
}

test('a backup exported here and imported into a fresh profile gives the same archive; a corrupted one changes nothing', async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  const ui = new SidebarPage(page);
  for (const path of ARTICLES) await ui.read(demo.origin + path);
  const [first] = await archivedRecords<{
    id: number;
    url: string;
    urlKeys: string[];
    title: string;
  }>(context, 'articles');
  if (!first) throw new Error('nothing archived');
  await putRecords(context, 'highlights', [
    {
      id: 'e2e-backup-highlight',
      url: first.url,
      urlKeys: first.urlKeys,
      articleId: first.id,
      title: first.title,
      siteName: 'The Circuit Ledger',
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
  const original = await archive(context);

  const library = await openExtensionPage('library.html#/backup');
  const download = library.waitForEvent('download');
  await library.getByTestId('export-backup').click();
  const file = await (await download).path();
  await expect(library.getByTestId('backup-result')).toContainText('Backup saved');
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'backstory-backup', version: 1 });

  // A fresh profile: import, and the archive is the same, record for record.
  const fresh = await launchWithExtension();
  try {
    const other = await fresh.context.newPage();
    await other.goto(`chrome-extension://${fresh.extensionId}/library.html#/backup`);
    await other.getByTestId('import-backup').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(other.getByTestId('backup-result')).toContainText(
      'Imported 3 new articles, 1 highlights',
    );
    expect(await archive(fresh.context)).toEqual(original);
  } finally {
    await fresh.context.close();
  }

  // A corrupted backup is refused with its first problems named, and nothing changes.
  const corrupted = JSON.parse(text) as {
    tables: { articles: { url: string }[]; orgs: { name: string }[] };
  };
  const second = corrupted.tables.articles[1];
  if (!second) throw new Error('expected three articles in the backup');
  second.url = 'not a url';
  corrupted.tables.articles.push({ ...second, url: 'https://example.com/fine' } as never);
  await library.getByTestId('import-backup').setInputFiles({
    name: 'corrupted.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(corrupted)),
  });
  await expect(library.getByTestId('backup-error')).toContainText(
    'Backup rejected, nothing was imported',
  );
  await expect(library.getByTestId('backup-error')).toContainText('articles[1].url: Invalid URL');
  expect(await archive(context)).toEqual(original);

  await library.getByTestId('import-backup').setInputFiles({
    name: 'not-json.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "backstory-backup", '),
  });
  await expect(library.getByTestId('backup-error')).toContainText('not JSON');
  expect(await archive(context)).toEqual(original);
});
