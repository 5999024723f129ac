import type { BrowserContext } from '@playwright/test';

/**
 * Puts records into one table of the background's archive (IndexedDB, without Dexie), for
 * records another feature writes (highlights). The archive must exist already (read an article
 * first); never creates or upgrades it.
 */
export async function putRecords(
  context: BrowserContext,
  table: string,
  records: readonly object[],
): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    { name: table, rows: records as object[] },
  );
}

/** The reader's stored settings (storage.local), as the background sees them. */
export async function storedSettings(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() => {
    type Chrome = { storage: { local: { get(): Promise<Record<string, unknown>> } } };
    return (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get();
  });
}
