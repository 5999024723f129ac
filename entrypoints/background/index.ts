import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { dispatch } from '../../lib/messaging/dispatch.ts';
import { createHandlers } from '../../lib/messaging/handlers.ts';
import { TOGGLE_SIDEBAR_COMMAND, toggleSidebarMessage } from '../../lib/messaging/to-tab.ts';
import { createAnalyzer } from './analyzer.ts';
import { correctionsRuntime } from './corrections.ts';
import { registerMenus } from './context-menus.ts';
import { startFeedRefresh } from './feed-refresh.ts';
import { highlightMenu, registerHighlightCommand } from './highlight-commands.ts';
import { popupLibraryDeps, relatedCoverageMenu } from './popup-library.ts';
import { sessionTabArticles } from './session-tab-articles.ts';
import { toolbarBadge } from './toolbar-badge.ts';

export default defineBackground({
  type: 'module',
  main() {
    const db = new ArchiveDb();
    const handlers = createHandlers({
      db,
      tabs: sessionTabArticles(),
      now: Date.now,
      analyze: createAnalyzer(),
      badge: toolbarBadge,
      ...popupLibraryDeps(db),
      feeds: startFeedRefresh(db, Date.now),
      corrections: correctionsRuntime(),
    });
    const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    // First, so that a failure in an optional feature below cannot leave pages without answers.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void dispatch(message, sender, own, handlers).then(sendResponse);
      return true;
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === TOGGLE_SIDEBAR_COMMAND && tab?.id !== undefined) {
        // A tab without our content script (a browser page, an excluded site) cannot answer.
        browser.tabs.sendMessage(tab.id, toggleSidebarMessage).catch(() => undefined);
      }
    });
    registerHighlightCommand();
    registerMenus([highlightMenu, relatedCoverageMenu]).catch((error: unknown) => {
      console.error('Backstory: the context menu could not be registered', error);
    });
  },
});
