import type { BrowserContext, Page } from '@playwright/test';

/** The id of the tab showing `page`: the active tab once it is brought to the front. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens the popup page in its own tab, describing the tab of `page` (`?tab=`). */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<Page> {
  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The toolbar badge's text on one tab. */
export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (id) => {
    type Chrome = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    return (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}
