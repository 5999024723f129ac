/**
 * Durability of imports: the service worker stopped in the middle of an import, and two library
 * windows importing at once. No partial state, a clear message, the previous data intact.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const A = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const B = '/margin-moat/anthropic-valuation-round.html';
const C = '/northwind-wire/nvidia-record-quarter.html';
const D = '/compute-notes/infrastructure-over-models.html';
const TABLES = ['articles', 'articleTexts', 'orgs', 'highlights', 'feeds', 'meta'];

type Tables = Record<string, unknown[]>;

/** Every table, read from an extension page (same storage as the background, which may be stopped). */
function readTables(page: Page): Promise<Tables> {
  return page.evaluate(
    (names) =>
      new Promise<Tables>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const out: Tables = {};
          const tx = db.transaction(names.filter((n) => db.objectStoreNames.contains(n)));
          for (const name of names) {
            if (!db.objectStoreNames.contains(name)) continue;
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    TABLES,
  );
}

/** Sends one request as the library page does, returning the background's `Result`. */
function send(page: Page, message: object): Promise<{ ok: boolean; error?: string }> {
  return page.evaluate((m) => {
    type Runtime = { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } };
    return (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m);
  }, message);
}

/** Stops the extension's service worker, as the browser does when it is idle or killed. */
async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...status.values()].includes('running')).toBe(true);
  const running = [...status].filter(([, s]) => s === 'running').map(([id]) => id);
  for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await expect.poll(() => running.every((id) => status.get(id) === 'stopped')).toBe(true);
  await cdp.detach();
}

/** A backup of `paths`, exported through the library; then the archive is emptied. */
async function backupOf(ui: SidebarPage, library: Page, origin: string, paths: string[]) {
  for (const path of paths) await ui.read(origin + path);
  await library.goto(library.url().replace(/#.*$/, '#/backup'));
  const download = library.waitForEvent('download');
  await library.getByTestId('export-backup').click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const cleared = await send(library, {
    type: 'library/delete-everything',
    confirm: 'delete everything',
  });
  expect(cleared.ok).toBe(true);
  // Deleting everything also removed the test's settings: read at once again.
  await library.evaluate(() => {
    type Storage = { storage: { local: { set(items: object): Promise<void> } } };
    const { chrome } = globalThis as unknown as { chrome: Storage };
    return chrome.storage.local.set({ settings: { dwellSeconds: 0 } });
  });
  return text;
}

async function stage(library: Page, importId: string, text: string): Promise<void> {
  const { tables, ...header } = JSON.parse(text) as { tables: Record<string, unknown[]> };
  expect(
    (
      await send(library, {
        type: 'library/import-stage',
        importId,
        part: 'header',
        records: [header],
      })
    ).ok,
  ).toBe(true);
  for (const [part, records] of Object.entries(tables)) {
    const staged = await send(library, { type: 'library/import-stage', importId, part, records });
    expect(staged.ok).toBe(true);
  }
}

test('a service worker stopped mid-import: the commit says so, nothing changes, a new import works', async ({
  page,
  demo,
  context,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const ui = new SidebarPage(page);
  const library = await openExtensionPage('library.html#/backup');
  const backup = await backupOf(ui, library, demo.origin, [A, B, C]);
  for (const path of [A, B]) await ui.read(demo.origin + path);
  const before = await readTables(library);
  expect(before.articles).toHaveLength(2);

  await stage(library, 'e2e-import-stopped', backup);
  await stopServiceWorker(context, library);
  const commit = await send(library, {
    type: 'library/import-commit',
    importId: 'e2e-import-stopped',
  });
  expect(commit.ok).toBe(false);
  expect(commit.error).toMatch(/nothing was changed.*import the file again/);
  expect(await readTables(library)).toEqual(before);

  // The restarted background imports the same file whole.
  await library.getByTestId('import-backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await expect(library.getByTestId('backup-result')).toContainText('Imported 1 new articles');
  expect(await readTables(library).then((t) => t.articles?.length)).toBe(3);
});

test('two windows importing at once: both imports land whole, once each', async ({
  page,
  demo,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const ui = new SidebarPage(page);
  const first = await openExtensionPage('library.html#/backup');
  const second = await openExtensionPage('library.html#/backup');
  const one = await backupOf(ui, first, demo.origin, [A, C]);
  const two = await backupOf(ui, first, demo.origin, [B, C, D]);
  await ui.read(demo.origin + A);
  await first.reload();

  await Promise.all([
    first.getByTestId('import-backup').setInputFiles({
      name: 'one.json',
      mimeType: 'application/json',
      buffer: Buffer.from(one),
    }),
    second.getByTestId('import-backup').setInputFiles({
      name: 'two.json',
      mimeType: 'application/json',
      buffer: Buffer.from(two),
    }),
  ]);
  await expect(first.getByTestId('backup-result')).toContainText('Imported');
  await expect(second.getByTestId('backup-result')).toContainText('Imported');
  const after = await readTables(first);
  const urls = (after.articles as { url: string }[]).map((a) => new URL(a.url).pathname).sort();
  expect(urls).toEqual([A, B, C, D].sort());
  const counter = (after.meta as { key: string; value: number }[]).find(
    (m) => m.key === 'articleCount',
  );
  expect(counter?.value).toBe(4);
  expect(after.articleTexts).toHaveLength(4);
});
