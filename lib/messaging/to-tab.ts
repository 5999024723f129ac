/**
 * Messages from the background to a tab's content script. The content script carries no zod, so
 * each message here comes with a hand-written guard; the content script also checks that the
 * sender is our own background (our id, no tab).
 */

/** The browser command (rebindable in the browser's shortcut settings) that toggles the sidebar. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export const toggleSidebarMessage = { type: 'background/toggle-sidebar' } as const;

export function isToggleSidebar(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === toggleSidebarMessage.type
  );
}

/** Whether a message comes from our background (not a page, not another extension). */
export function fromOwnBackground(sender: { id?: string; tab?: unknown }, ownId: string): boolean {
  return sender.id === ownId && sender.tab === undefined;
}

/** The popup's "Related coverage": open the sidebar (never close it, unlike the shortcut). */
export const openSidebarMessage = { type: 'background/open-sidebar' } as const;

export function isOpenSidebar(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === openSidebarMessage.type
  );
}

/**
 * The reader's correction of the tab's page changed (from the popup or the library): the content
 * script looks at its page again. `verdict` is the page's own correction now, null when undone.
 */
export interface PageCorrectedMessage {
  readonly type: 'background/page-corrected';
  readonly verdict: 'ai' | 'not-ai' | null;
}

export function pageCorrectedMessage(verdict: 'ai' | 'not-ai' | null): PageCorrectedMessage {
  return { type: 'background/page-corrected', verdict };
}

export function isPageCorrected(message: unknown): message is PageCorrectedMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, verdict } = message as { type?: unknown; verdict?: unknown };
  return (
    type === 'background/page-corrected' &&
    (verdict === 'ai' || verdict === 'not-ai' || verdict === null)
  );
}

/**
 * The popup asks for the address of a tab the browser does not tell it (opened for a given tab,
 * without the toolbar click that grants activeTab): the tab's content script answers `{ url }`.
 */
export const pageAddressMessage = { type: 'background/page-address' } as const;

export function isPageAddress(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === pageAddressMessage.type
  );
}

/** The content script's answer to `pageAddressMessage`, or undefined when it is none. */
export function addressFromAnswer(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const { url } = answer as { url?: unknown };
  return typeof url === 'string' && url.length <= 8_192 && /^https?:\/\//i.test(url)
    ? url
    : undefined;
}
