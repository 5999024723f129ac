import { browser } from 'wxt/browser';
import type { CorrectionsRuntime } from '../../lib/corrections/handlers.ts';
import { CORRECTED_SECTIONS_KEY, MAX_HINT_SECTIONS } from '../../lib/corrections/hint.ts';
import { pageCorrectedMessage } from '../../lib/messaging/to-tab.ts';

/** The corrections' browser side: the content script's hint in storage, messages to tabs. */
export function correctionsRuntime(): CorrectionsRuntime {
  return {
    publishSections: async (sections) => {
      await browser.storage.local.set({
        [CORRECTED_SECTIONS_KEY]: sections.slice(0, MAX_HINT_SECTIONS),
      });
    },
    notifyTab: async (tabId, verdict) => {
      try {
        await browser.tabs.sendMessage(tabId, pageCorrectedMessage(verdict));
        return true;
      } catch {
        // No content script answered (the page loaded before the extension, or cannot host one).
        return false;
      }
    },
  };
}
