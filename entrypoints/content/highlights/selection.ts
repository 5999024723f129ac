/**
 * Turns the reader's selection into selectors, or into a message saying why it cannot be a
 * highlight (a form field, a frame, our own sidebar, only whitespace, too long).
 */
import { MAX_QUOTE_CHARS as MAX_QUOTE } from '../../../lib/highlights/limits.ts';
import { type Described, describe } from '../../../lib/highlights/selectors.ts';
import { buildTextMap, offsetOf } from '../../../lib/highlights/text-map.ts';

export type SelectionResult =
  | { readonly ok: true; readonly selected: Described; readonly rect: DOMRect }
  | {
      readonly ok: false;
      readonly message: string | null;
      readonly rect?: DOMRect;
      /** Worth saying unasked (not a selection in a form field, or of only spaces). */
      readonly notable?: boolean;
    };

const FIELD = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/** Reads `window.getSelection()`; `message: null` means there is nothing selected. */
export function readSelection(doc: Document = document): SelectionResult {
  const active = doc.activeElement;
  if (active?.matches(FIELD)) {
    const field = active as HTMLInputElement;
    if (field.selectionStart !== field.selectionEnd || !doc.getSelection()?.isCollapsed) {
      return {
        ok: false,
        message: 'Backstory highlights the article’s text, not form fields.',
        rect: active.getBoundingClientRect(),
      };
    }
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
    return { ok: false, message: null };
  const range = selection.getRangeAt(0);
  const rect = range.getBoundingClientRect();
  const element = (n: Node) => (n.nodeType === 1 ? (n as Element) : n.parentElement);
  if (active?.matches(FIELD) || element(range.commonAncestorContainer)?.closest(FIELD)) {
    return {
      ok: false,
      message: 'Backstory highlights the article’s text, not form fields.',
      rect,
    };
  }
  const within = element(range.commonAncestorContainer);
  for (const host of doc.querySelectorAll('[data-backstory-ui]')) {
    if (range.intersectsNode(host) || host.contains(range.commonAncestorContainer)) {
      return {
        ok: false,
        message:
          'The selection reaches into Backstory’s own panel: select only the article’s text.',
        rect,
        notable: true,
      };
    }
  }
  for (const frame of within?.querySelectorAll('iframe, frame, object, embed') ?? []) {
    if (range.intersectsNode(frame)) {
      return {
        ok: false,
        message: 'The selection crosses an embedded frame: select text on one side of it.',
        rect,
        notable: true,
      };
    }
  }
  if (!range.toString().trim())
    return { ok: false, message: 'Select some words to highlight.', rect };
  const map = buildTextMap(doc.body);
  const start = offsetOf(map, range.startContainer, range.startOffset);
  const end = offsetOf(map, range.endContainer, range.endOffset);
  if (start === null || end === null)
    return { ok: false, message: 'This selection is not part of the page’s text.', rect };
  if (end - start > MAX_QUOTE) {
    return {
      ok: false,
      message: `That selection is ${(end - start).toLocaleString('en')} characters; a highlight holds at most ${MAX_QUOTE.toLocaleString('en')}. Select a shorter passage.`,
      rect,
      notable: true,
    };
  }
  const selected = describe(map.text, start, end);
  if (!selected) return { ok: false, message: 'Select some words to highlight.', rect };
  return { ok: true, selected, rect };
}
