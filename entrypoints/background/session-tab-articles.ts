import { browser } from 'wxt/browser';
import type { TabArticles } from '../../lib/messaging/handlers.ts';

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * Which article each tab shows, in session storage: it survives the service worker being
 * stopped, and is gone when the browser closes.
 */
export function sessionTabArticles(): TabArticles {
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(keyOf(tabId)));
  return {
    async set(tabId, url) {
      await browser.storage.session.set({ [keyOf(tabId)]: url });
    },
    async get(tabId) {
      const stored = await browser.storage.session.get(keyOf(tabId));
      const url = stored[keyOf(tabId)];
      return typeof url === 'string' ? url : undefined;
    },
  };
}
