/**
 * W3C Web Annotation selectors over a text map's text: a TextQuoteSelector (the exact passage
 * with some context on each side) and a TextPositionSelector (its offsets). The quote is what
 * survives edits; the position is a fast first guess.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../archive/highlight.ts';

/** Characters of context kept on each side (the record allows up to 128). */
export const CONTEXT_CHARS = 32;

export interface Described {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/** The selectors of `[start, end)` in `text`, with surrounding spaces trimmed off the quote. */
export function describe(text: string, start: number, end: number): Described | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && text[s] === ' ') s += 1;
  while (e > s && text[e - 1] === ' ') e -= 1;
  if (e <= s) return null;
  return {
    quote: {
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
      suffix: text.slice(e, e + CONTEXT_CHARS),
    },
    position: { start: s, end: e },
  };
}
