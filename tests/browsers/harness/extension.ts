/**
 * Reads and writes in the extension's own context (an extension page: same origin as the
 * background, so the same IndexedDB and storage), the way the Chromium-only suite does in the
 * service worker.
 */
import type { Page } from 'puppeteer-core';
import { putRows, readTable } from '../../support/in-browser.ts';
import type { Api, Session } from './launch.ts';

/** Every record of one archive table, read in the extension's own IndexedDB (see `readTable`). */
export function archivedRecords<T>(session: Session, table: string): Promise<T[]> {
  return session.inExtension(readTable<T>, table);
}

/** Puts records into one table of the archive, for records another feature writes (`putRows`). */
export function putRecords(session: Session, table: string, records: readonly object[]) {
  return session.inExtension(putRows, { name: table, rows: records as object[] });
}

/** The id of the tab showing `page`: the active tab once it is brought to the front. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  return session.inExtension(async () => {
    const api =
      (globalThis as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  }, null);
}

/** The toolbar badge's text on one tab (`action` in MV3, `browserAction` in Firefox's MV2). */
export function badgeText(session: Session, tabId: number): Promise<string> {
  return session.inExtension((id) => {
    const api =
      (globalThis as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome;
    return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
  }, tabId);
}

/**
 * Whether the extension has a context-menu item with this id: updating an unknown id fails in
 * both browsers (`menus` in Firefox, `contextMenus` in Chromium).
 */
export function hasMenuItem(session: Session, id: string): Promise<boolean> {
  return session.inExtension(async (menuId) => {
    const api =
      (globalThis as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome;
    const menus = (api as { menus?: Api['contextMenus'] }).menus ?? api.contextMenus;
    try {
      await menus.update(menuId, {});
      return true;
    } catch {
      return false;
    }
  }, id);
}
