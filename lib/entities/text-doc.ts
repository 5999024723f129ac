import { foldWidth } from '../text/width.ts';
import { HAN, NONE, SPACED, scriptAt, wordEndsAt, wordStartsAt } from './script.ts';

/** A run of letters and digits of one script in the document (one character of Chinese), with its offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

/**
 * The article as one string (title, then lead when the text does not contain it, then text)
 * with its tokens and where each part lies, so every scanner works on the same offsets.
 */
export interface TextDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** End of the title; the title starts at 0. */
  readonly titleEnd: number;
  readonly leadStart: number;
  readonly leadEnd: number;
  /** Whether most words of the title are capitalised ("Meta Buys a Stake in Scale"). */
  readonly titleCase: boolean;
}

const ALNUM = /[\p{L}\p{N}]/u;
export const HYPHENS = '-‐‑';
export const APOSTROPHES = "'’";

export const isAlnum = (ch: string | undefined): boolean => ch !== undefined && ALNUM.test(ch);
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean =>
  /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u.test(word);

/** Whether a token of these letters needs lowercasing (anything but a-z and 0-9). */
const needsLower = (c: number): boolean => !((c >= 97 && c <= 122) || (c >= 48 && c <= 57));

/**
 * Runs of letters and digits of one script (./script.ts): a change of script ends a token, so
 * "OpenAI는" and "OpenAI周二" give "OpenAI" and the rest. Each Chinese character is a token of
 * its own: Chinese and Japanese have no spaces, and a name may start at any character.
 * (Intl.Segmenter's dictionary splits names it does not know, "英伟|达", "腾|讯", so it cannot
 * decide where a registry name starts.) Hand-written (a Unicode regular expression per token is
 * several times slower), and lowercases only tokens that have something to lowercase.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const script = scriptAt(text, i);
    if (script === NONE) {
      i += 1;
      continue;
    }
    const start = i;
    let plain = true;
    if (script === HAN) i += 1;
    else {
      while (i < n && scriptAt(text, i) === script) {
        if (plain && script === SPACED && needsLower(text.charCodeAt(i))) plain = false;
        i += 1;
      }
    }
    const word = text.slice(start, i);
    tokens.push({ start, end: i, text: word, lower: plain ? word : word.toLowerCase() });
  }
  return tokens;
}

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of on or over the to up via vs with'.split(' '),
);

function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3) return false;
  return content.filter((w) => isCapitalised(w)).length / content.length >= 0.75;
}

/**
 * Offsets where `name` is written as a whole word (case-sensitive). A change of script counts as
 * a word boundary, and Korean particles may follow ("Odyssey는"): see ./script.ts.
 */
export function wordOccurrences(text: string, name: string): number[] {
  const out: number[] = [];
  if (!name) return out;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (wordStartsAt(text, i) && wordEndsAt(text, i + name.length)) out.push(i);
  }
  return out;
}

/** Escapes a string for use inside a regular expression. */
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the lead lies in the text, ignoring differences of spacing (extracted text and the
 * lead often wrap lines differently): its first words, then its whole length.
 */
function findLead(lead: string, text: string): [number, number] | undefined {
  const words = lead.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const m = new RegExp(words.slice(0, 12).map(escapeRegex).join('\\s+'), 'u').exec(text);
  return m ? [m.index, Math.min(text.length, m.index + lead.length)] : undefined;
}

/**
 * Joins title, lead and text into one scannable document, with full-width Latin letters and
 * digits folded to ASCII ("ＯｐｅｎＡＩ" is OpenAI; offsets are unchanged).
 */
export function buildDoc(title: string, lead: string, text: string): TextDoc {
  const head = `${title.trim()}\n\n`;
  const trimmed = lead.trim();
  const inText = trimmed ? findLead(trimmed, text) : undefined;
  const full = foldWidth(trimmed && !inText ? `${head}${trimmed}\n\n${text}` : head + text);
  const [leadStart, leadEnd] = !trimmed
    ? [head.length, head.length]
    : inText
      ? [head.length + inText[0], head.length + inText[1]]
      : [head.length, head.length + trimmed.length];
  return {
    text: full,
    tokens: tokenize(full),
    titleEnd: title.trim().length,
    leadStart,
    leadEnd,
    titleCase: isTitleCase(title),
  };
}

/** True when the character at `pos` starts a sentence, a paragraph or a heading. */
export function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“‘'([*•–—「『（]/u.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') return true;
    i -= 1;
  }
  if (i < 0) return true;
  return '.!?:|。！？：'.includes(text.charAt(i));
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
