import { type TextDoc, type Token, tokenAt } from './text-doc.ts';

const DOMAIN_ENDINGS = new Set(['ai', 'io', 'com', 'dev', 'co', 'so']);

/** "Odyssey", "1X": a capital letter first, or digits then a letter. */
export function isNameWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return /\p{L}/u.test(t.text);
  return t.text.charAt(0) !== t.lower.charAt(0);
}

/** First token of the word ending with token `k`: "Mercedes-Benz" and "Cresta.ai" are one word. */
function wordStart(doc: TextDoc, k: number): number {
  const { tokens, text } = doc;
  let j = k;
  for (;;) {
    const cur = tokens[j];
    const prev = tokens[j - 1];
    if (!cur || !prev) return j;
    const gap = text.slice(prev.end, cur.start);
    if (gap === '-' && isNameWord(cur)) j -= 1;
    else if (gap === '.' && DOMAIN_ENDINGS.has(cur.text)) j -= 1;
    else return j;
  }
}

/**
 * The name (up to four capitalised words, "&" allowed between them) that ends exactly at
 * `end`, with its start offset. Walks tokens backwards: no regular expression over the text.
 */
export function nameEndingAt(
  doc: TextDoc,
  end: number,
  singleWord = false,
): [string, number] | undefined {
  const { tokens, text } = doc;
  let k = tokenAt(tokens, end) - 1;
  if (tokens[k]?.end !== end) return undefined;
  let start = -1;
  for (let words = 0; words < (singleWord ? 1 : 4); words += 1) {
    const j = wordStart(doc, k);
    const head = tokens[j];
    if (!head || !isNameWord(head)) break;
    start = head.start;
    const prev = tokens[j - 1];
    const gap = prev ? text.slice(prev.end, head.start) : '';
    if (gap !== ' ' && gap !== ' & ') break;
    k = j - 1;
  }
  return start < 0 ? undefined : [text.slice(start, end), start];
}
