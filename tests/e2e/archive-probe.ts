import type { BrowserContext } from '@playwright/test';

/**
 * Every record of one archive table, read in the background's own IndexedDB without Dexie. Never
 * creates the database (an upgrade is aborted) and closes its connection, so the background's own
 * open and upgrades are never blocked.
 */
export async function archivedRecords<T>(context: BrowserContext, table: string): Promise<T[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
    table,
  );
}
