/** A piece of a snippet; `match` marks a searched term. Rendered as text, never as HTML. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Characters shown around the first match. */
const AROUND = 90;

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The passage of `text` around the first occurrence of any of `terms` (matched as word
 * prefixes, ignoring case, as the search does), cut into plain and matched segments.
 * With no occurrence, the start of the text.
 */
export function snippet(text: string, terms: readonly string[], around = AROUND): Segment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  if (words.length === 0 || text.length === 0) {
    return text ? [{ text: clip(text, around * 2), match: false }] : [];
  }
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const first = pattern.exec(text);
  if (!first) return [{ text: clip(text, around * 2), match: false }];
  let start = Math.max(0, first.index - around);
  let end = Math.min(text.length, first.index + first[0].length + around);
  // Cut at word boundaries so no word is shown half.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > first.index ? text.lastIndexOf(' ', end) : end;
  const passage = text.slice(start, end);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '…', match: false });
  pattern.lastIndex = 0;
  let at = 0;
  for (let m = pattern.exec(passage); m && segments.length < 38; m = pattern.exec(passage)) {
    if (m.index > at) segments.push({ text: passage.slice(at, m.index), match: false });
    segments.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < passage.length) segments.push({ text: passage.slice(at), match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
