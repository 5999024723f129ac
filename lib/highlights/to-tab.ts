/**
 * The background asks a tab to highlight the reader's selection (keyboard command or context
 * menu). Like `lib/messaging/to-tab.ts`: a hand-written guard, no zod in the content script.
 */

/** The browser command (rebindable) and the context-menu item that highlight the selection. */
export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU_ID = 'backstory-highlight-selection';

export const highlightSelectionMessage = { type: 'background/highlight-selection' } as const;

export function isHighlightSelection(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === highlightSelectionMessage.type
  );
}
