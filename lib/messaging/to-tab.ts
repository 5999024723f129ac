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
