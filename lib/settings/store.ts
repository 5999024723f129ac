import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

/** The reader's settings as stored (extension pages; the content script reads them itself). */
export async function readStoredSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Reads, changes and stores the settings. */
export async function changeStoredSettings(
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = change(await readStoredSettings());
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
