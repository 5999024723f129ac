import { browser } from 'wxt/browser';
import {
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  highlightSelectionMessage,
} from '../../lib/highlights/to-tab.ts';
import type { MenuItem } from './context-menus.ts';

/** Asks a tab's content script to highlight the reader's selection. */
function askToHighlight(tabId: number | undefined): void {
  // A tab without our content script (a browser page, an excluded site) cannot answer.
  if (tabId !== undefined)
    browser.tabs.sendMessage(tabId, highlightSelectionMessage).catch(() => undefined);
}

/** "Highlight with Backstory" on a selection in a web page. */
export const highlightMenu: MenuItem = {
  id: HIGHLIGHT_MENU_ID,
  title: 'Highlight with Backstory',
  documentUrlPatterns: ['http://*/*', 'https://*/*'],
  onClick: (_info, tab) => askToHighlight(tab?.id),
};

/** The keyboard command (Alt+Shift+H) does what the context-menu item does. */
export function registerHighlightCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === HIGHLIGHT_COMMAND) askToHighlight(tab?.id);
  });
}
