import { browser } from 'wxt/browser';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import { ImportStaging } from '../../lib/library/import-staging.ts';
import type { LibraryDeps } from '../../lib/library/handlers.ts';
import { cleanSelection } from '../../lib/library/resolve-selection.ts';
import {
  addressFromAnswer,
  openSidebarMessage,
  pageAddressMessage,
} from '../../lib/messaging/to-tab.ts';
import type { PopupDeps } from '../../lib/popup/handlers.ts';
import { TabPages } from '../../lib/popup/tab-pages.ts';
import { ArchiveSearch } from '../../lib/search/archive-search.ts';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings/settings.ts';
import type { MenuItem } from './context-menus.ts';

/** Opens the library at a route, reusing an open library tab. */
async function openLibrary(route: string): Promise<void> {
  const base = browser.runtime.getURL('/library.html');
  const url = `${base}${route}`;
  const [open] = await browser.tabs.query({ url: `${base}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { url, active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}

/** The browser-facing adapters of the popup and the library (issue 7). */
export function popupLibraryDeps(db: ArchiveDb): { popup: PopupDeps; library: LibraryDeps } {
  const tabPages = new TabPages();
  browser.tabs.onRemoved.addListener((tabId) => tabPages.forget(tabId));
  return {
    popup: {
      tabPages,
      // The browser tells after the toolbar click (activeTab); else the tab's content script.
      tabUrl: async (tabId) =>
        (await browser.tabs.get(tabId).catch(() => undefined))?.url ??
        addressFromAnswer(
          await browser.tabs.sendMessage(tabId, pageAddressMessage).catch(() => undefined),
        ),
      readSettings: async () =>
        parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
      openSidebar: async (tabId) => {
        try {
          await browser.tabs.sendMessage(tabId, openSidebarMessage);
          return true;
        } catch {
          // No content script with a sidebar answered (the page was not analysed as an article).
          return false;
        }
      },
      openLibrary,
    },
    library: {
      search: new ArchiveSearch(db),
      staging: new ImportStaging(),
      clearSettings: async () => {
        await browser.storage.local.clear();
        await browser.storage.session.clear();
      },
      estimate: async () => {
        const estimate = await navigator.storage?.estimate?.();
        return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
      },
    },
  };
}

/**
 * "Related coverage for '<selection>'" on selected text: opens the library's resolver route,
 * which leads to the company's page (aliases resolved) or to a full-text search.
 */
export const relatedCoverageMenu: MenuItem = {
  id: 'backstory-related-selection',
  title: "Related coverage for '%s'",
  onClick: (info) => {
    if (!info.selectionText) return;
    void openLibrary(`#/related?text=${encodeURIComponent(cleanSelection(info.selectionText))}`);
  },
};
