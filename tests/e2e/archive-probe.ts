import type { BrowserContext } from '@playwright/test';
import { readTable } from '../support/in-browser.ts';

/** Every record of one archive table, read in the background's own IndexedDB without Dexie. */
export async function archivedRecords<T>(context: BrowserContext, table: string): Promise<T[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(readTable<T>, table);
}
