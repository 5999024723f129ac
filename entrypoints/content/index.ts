import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  looksPrivate,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
} from '../../lib/settings/settings.ts';
import { fromOwnBackground, isPageAddress, isPageCorrected } from '../../lib/messaging/to-tab.ts';
import { watchNavigation } from './navigation.ts';
import { type ReaderSays, runPage } from './page-session.tsx';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    // Private windows and intranet-looking hosts are never looked at.
    if (browser.extension.inIncognitoContext || looksPrivate(location.hostname)) return;
    // Read once, and only when a page passes the pre-filter.
    let settings: Promise<Settings> | undefined;
    const readSettings = () => {
      settings ??= browser.storage.local
        .get(SETTINGS_KEY)
        .then((s) => parseSettings(s[SETTINGS_KEY]));
      return settings;
    };
    // One session per article: single-page apps navigate without a page load, and each
    // navigation ends the previous session (its UI and listeners) and starts a new one.
    let session = new AbortController();
    const changeSettings = async (change: (current: Settings) => Settings) => {
      const next = change(await readSettings());
      await browser.storage.local.set({ [SETTINGS_KEY]: next });
      settings = Promise.resolve(next);
      session.abort();
    };
    const start = (navigated: boolean, readerSays: ReaderSays = null) => {
      session.abort();
      session = new AbortController();
      void runPage({
        ctx,
        readSettings,
        changeSettings,
        signal: session.signal,
        navigated,
        readerSays,
        restart: () => start(false),
      });
    };
    start(false);
    watchNavigation(ctx, () => start(true));
    // Whatever the session (the pre-filter may have stopped it): the popup asks for the page's
    // address when the browser does not tell it; the reader corrected this page from the popup,
    // or undid a correction: look at it again (past the pre-filter when they say it is one).
    const onBackground = (
      message: unknown,
      sender: { id?: string; tab?: unknown },
      sendResponse: (answer: unknown) => void,
    ) => {
      if (!fromOwnBackground(sender, browser.runtime.id)) return;
      if (isPageAddress(message)) {
        sendResponse({ url: location.href });
      } else if (isPageCorrected(message)) {
        start(false, message.verdict);
        sendResponse({ ok: true });
      }
    };
    browser.runtime.onMessage.addListener(onBackground);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onBackground));
  },
});
