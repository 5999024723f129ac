import { browser } from 'wxt/browser';
import {
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  highlightSelectionMessage,
} from '../../lib/highlights/to-tab.ts';

/**
 * The keyboard command (Alt+Shift+H) and the context-menu item on a selection both ask the
 * tab's content script to highlight the reader's selection.
 */
export function registerHighlightCommands(): void {
  const ask = (tabId: number | undefined) => {
    // A tab without our content script (a browser page, an excluded site) cannot answer.
    if (tabId !== undefined)
      browser.tabs.sendMessage(tabId, highlightSelectionMessage).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: HIGHLIGHT_MENU_ID,
      title: 'Highlight with Backstory',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID) ask(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === HIGHLIGHT_COMMAND) ask(tab?.id);
  });
}
