/**
 * Running prose versus headings, list items and labels. Discovery takes evidence only from
 * prose: in title-case text ("Exploring Compound AI", "Lumigator Advances Ethical AI") every
 * word is capitalised, so capitalisation says nothing about names there. Also cuts out the
 * sentence that shows a discovered company, for the reader.
 */

/** Words that stay lowercase in title-case headings, in the languages discovery reads. */
const SMALL_WORDS = new Set(
  `a an and as at but by for from in into of on or over the to up via vs with per is are
  der die das den dem des und oder von mit für im am zu auf aus bei ein eine
  le la les l de du des et ou en pour par sur au aux un une
  el los las y o del con para por al su una`.split(/\s+/),
);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'inc corp ltd co mr mrs ms dr st sr jr vs no nos approx etc al dept gov sen rep prof fig e.g i.e u.s u.k'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** How far either side of a position a sentence is looked for. */
const REACH = 600;

function isFullStop(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch === '!' || ch === '?' || ch === '…') return true;
  if (ch !== '.') return false;
  // "Inc.", "U.S.", "Dr." and initials ("J.") do not end sentences.
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  return !/^\p{Lu}$/u.test(before);
}

/** A colon or a spaced dash: what ends a heading's lead-in ("Title: text", "Title - text"). */
const isLeadIn = (text: string, i: number): boolean => {
  const ch = text.charAt(i);
  return ch === ':' || ((ch === '-' || ch === '–' || ch === '—') && text.charAt(i - 1) === ' ');
};

const isSpace = (ch: string): boolean =>
  ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0';
const isBreak = (ch: string): boolean => ch === '\n' || ch === '|' || ch === '•' || ch === '·';

/** Whether a sentence (or, with `cutAtLeadIn`, a heading's lead-in) ends at `i`. */
function endsAt(text: string, i: number, cutAtLeadIn: boolean): boolean {
  const next = text.charAt(i + 1);
  if (next !== '' && !isSpace(next)) return false;
  return isFullStop(text, i) || (cutAtLeadIn && isLeadIn(text, i));
}

/** Start of the sentence containing `pos`: after a line break or a sentence's end. */
function sentenceStart(text: string, pos: number, cutAtLeadIn: boolean): number {
  const floor = Math.max(0, pos - REACH);
  for (let i = pos - 1; i >= floor; i -= 1) {
    if (isBreak(text.charAt(i)) || endsAt(text, i, cutAtLeadIn)) return i + 1;
  }
  return floor;
}

/** End of the sentence containing `pos` (its final punctuation included). */
function sentenceEnd(text: string, pos: number, cutAtLeadIn: boolean): number {
  const ceiling = Math.min(text.length, pos + REACH);
  for (let i = pos; i < ceiling; i += 1) {
    if (isBreak(text.charAt(i))) return i;
    if (endsAt(text, i, cutAtLeadIn)) return i + 1;
  }
  return ceiling;
}

/** Title-case text that does not end as a sentence does. */
function isHeadingText(segment: string): boolean {
  const trimmed = segment.trim();
  if (/[.!?…]["'”’)\]]*$/u.test(trimmed)) return false;
  let content = 0;
  let capitalised = 0;
  for (const word of trimmed.match(WORD) ?? []) {
    if (/^\p{N}/u.test(word) || SMALL_WORDS.has(word.toLowerCase())) continue;
    content += 1;
    if (/^\p{Lu}/u.test(word)) capitalised += 1;
  }
  // German capitalises every noun, so a German line without a full stop can pass for a heading
  // too: evidence there is lost, which costs less than reading title case as names.
  return content > 0 && capitalised / content >= 0.75;
}

/** One line cut into sentences and lead-ins: where each ends, and whether it is a heading. */
interface LineSegments {
  readonly ends: readonly number[];
  readonly headings: readonly boolean[];
}

function segmentLine(text: string, from: number, to: number): LineSegments {
  const ends: number[] = [];
  const headings: boolean[] = [];
  let start = from;
  const close = (end: number) => {
    ends.push(end);
    headings.push(isHeadingText(text.slice(start, end)));
    start = end;
  };
  for (let i = from; i < to; i += 1) {
    if (isBreak(text.charAt(i))) close(i + 1);
    else if (endsAt(text, i, true)) close(i + 1);
  }
  if (start < to || ends.length === 0) close(to);
  return { ends, headings };
}

/**
 * Tells running prose from headings, list items and labels, position by position: title-case
 * text that does not end as a sentence does. A lead-in before a colon or a spaced dash
 * ("Lumigator Advances Ethical AI: members discussed…") is a heading of its own. Each line is
 * cut into sentences once and remembered, as discovery asks about many places on the same line.
 */
export function proseMap(text: string): (pos: number) => boolean {
  const lines = new Map<number, LineSegments>();
  return (pos) => {
    const from = text.lastIndexOf('\n', pos - 1) + 1;
    let to = text.indexOf('\n', pos);
    if (to < 0) to = text.length;
    let line = lines.get(from);
    if (!line) {
      line = segmentLine(text, from, to);
      lines.set(from, line);
    }
    const { ends, headings } = line;
    let k = 0;
    while (k < ends.length - 1 && (ends[k] ?? 0) <= pos) k += 1;
    return !headings[k];
  };
}

/** True when the text around `pos` is a heading, a list item or a label rather than prose. */
export function isHeadingAt(text: string, pos: number): boolean {
  return !proseMap(text)(pos);
}

/** Longest evidence sentence kept; longer ones are cut around the name. */
export const MAX_SENTENCE = 300;

/**
 * The sentence around [start, end) (a name), as the reader will see it: whitespace folded, at
 * most MAX_SENTENCE characters, cut around the name with ellipses when longer.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start, false);
  const to = sentenceEnd(text, Math.max(start, end - 1), false);
  const raw = text.slice(from, to);
  const sentence = raw.replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_SENTENCE) return sentence;
  // Keep the name in view: a window of the sentence around it.
  const at = Math.max(
    0,
    raw
      .slice(0, start - from)
      .replace(/\s+/g, ' ')
      .trimStart().length,
  );
  const room = MAX_SENTENCE - 2;
  const left = Math.max(0, Math.min(at - Math.floor(room / 3), sentence.length - room));
  const cut = sentence.slice(left, left + room).trim();
  return `${left > 0 ? '…' : ''}${cut}${left + room < sentence.length ? '…' : ''}`;
}
