import { type Browser, browser } from 'wxt/browser';

type Menus = typeof browser.contextMenus;

/** One item of Backstory's context menu on a selection, with what a click on it does. */
export interface MenuItem {
  readonly id: string;
  readonly title: string;
  readonly documentUrlPatterns?: string[];
  onClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): void;
}

/**
 * The context-menu API of this browser: Chrome's `contextMenus`; Firefox's `menus` (under the
 * `menus` permission that its build asks for, `browser.contextMenus` is undefined). Undefined
 * where there is no context menu at all (Firefox for Android).
 */
export function menusApi(): Menus | undefined {
  return (browser as { menus?: Menus }).menus ?? browser.contextMenus;
}

/**
 * Registers the items on every start of the background. Firefox forgets the items of a
 * persistent background page when the browser restarts; Chrome keeps them across service-worker
 * restarts, so they are removed first (creating an existing id is an error there). The click
 * listener is added at once, as Chrome requires of a service worker's listeners.
 */
export async function registerMenus(items: readonly MenuItem[]): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  menus.onClicked.addListener((info, tab) => {
    items.find((item) => item.id === info.menuItemId)?.onClick(info, tab);
  });
  await menus.removeAll();
  const contexts: ['selection'] = ['selection'];
  for (const { id, title, documentUrlPatterns } of items) {
    menus.create({ id, title, contexts, ...(documentUrlPatterns ? { documentUrlPatterns } : {}) });
  }
}
