import type { BrowserContext } from '@playwright/test';
import { putRows } from '../support/in-browser.ts';

/** Puts records into one table of the background's archive (see `putRows`). */
export async function putRecords(
  context: BrowserContext,
  table: string,
  records: readonly object[],
): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(putRows, { name: table, rows: records as object[] });
}

/** The reader's stored settings (storage.local), as the background sees them. */
export async function storedSettings(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() => {
    type Chrome = { storage: { local: { get(): Promise<Record<string, unknown>> } } };
    return (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get();
  });
}
