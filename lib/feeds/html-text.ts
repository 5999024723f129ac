/**
 * Item HTML to plain text without a DOM (a service worker has no DOMParser): drop scripts, styles,
 * comments and other non-text blocks with their content, turn block boundaries into line breaks,
 * strip every other tag, decode entities, collapse whitespace. The result is only used as text.
 * Every pattern is written so hostile input (thousands of unclosed tags) stays linear.
 */
import { decodeEntities } from '../extract/text.ts';

/** Openers of content that is never reading text, and comments; CDATA sections are unwrapped. */
const SKIPPED_OPEN =
  /<(script|style|noscript|iframe|object|svg|math|template|form|button|select|textarea)\b|<!--|<!\[CDATA\[/gi;
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|section|article|header|footer|figure|figcaption|hr|dd|dt|dl)\b[^<>]*>/gi;
/** `[^<>]` (not `[^>]`) keeps every match attempt short: a run of unclosed tags stays linear. */
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
/** A tag cut off at the end of the text. */
const OPEN_TAIL = /<\/?[a-zA-Z][^<>]*$/;

/** Longest HTML read per item: a feed item is a summary or one article, never more. */
export const MAX_ITEM_HTML = 400_000;

/**
 * Removes non-text elements and comments with their content, and unwraps CDATA. Closers are found
 * with indexOf, so an unclosed opener costs one scan and drops the rest of the text.
 */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  SKIPPED_OPEN.lastIndex = 0;
  for (let m = SKIPPED_OPEN.exec(html); m; m = SKIPPED_OPEN.exec(html)) {
    out += `${html.slice(from, m.index)} `;
    const opener = m[0];
    if (opener.startsWith('<![')) {
      const close = html.indexOf(']]>', m.index);
      if (close < 0) return out + html.slice(m.index + opener.length);
      out += html.slice(m.index + opener.length, close);
      from = close + 3;
    } else if (opener === '<!--') {
      const close = html.indexOf('-->', m.index);
      if (close < 0) return out;
      from = close + 3;
    } else {
      const close = lower.indexOf(`</${(m[1] ?? '').toLowerCase()}`, m.index);
      const end = close < 0 ? -1 : html.indexOf('>', close);
      if (end < 0) return out;
      from = end + 1;
    }
    SKIPPED_OPEN.lastIndex = from;
  }
  return out + html.slice(from);
}

export function htmlToText(html: string, max = 100_000): string {
  const text = dropBlocks(html.slice(0, MAX_ITEM_HTML))
    .replace(BLOCK, '\n')
    .replace(TAG, '')
    .replace(OPEN_TAIL, '');
  return decodeEntities(text)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim()
    .slice(0, max);
}

/** One line of text from an HTML-or-text field (titles, names). */
export function inlineText(value: string, max = 1_000): string {
  return htmlToText(value, max * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
