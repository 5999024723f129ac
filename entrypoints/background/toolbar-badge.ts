import { browser } from 'wxt/browser';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
const button = browser.action ?? browser.browserAction;

/** Shows the related count on the toolbar button of one tab; a closed tab is no error. */
export async function toolbarBadge(tabId: number, text: string): Promise<void> {
  try {
    await button.setBadgeBackgroundColor({ tabId, color: '#2f5bd3' });
    await button.setBadgeText({ tabId, text });
  } catch {
    // The tab closed (or navigated away) while its page was being analysed.
  }
}
