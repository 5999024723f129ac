import { type Casing, casingAllowed, casingOf, matchAt } from './name-compare.ts';
import { type IndexedName, type NameIndex, nameIndex, tokenKey } from './name-index.ts';
import { wordEndsAt } from './script.ts';
import {
  APOSTROPHES,
  HYPHENS,
  isAllCaps,
  isAlnum,
  type TextDoc,
  type Token,
  tokenAt,
} from './text-doc.ts';
import { scanTickers } from './tickers.ts';

/** One occurrence of a registry string in the document, before disambiguation. */
export interface NameMatch {
  readonly name: IndexedName;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** Index of its first token and of the first token after it. */
  readonly token: number;
  readonly endToken: number;
  readonly casing: Casing;
  /** Followed by 's ("Nvidia's", "Amazon’s"). */
  readonly possessive: boolean;
  /** Lowercase word joined after a hyphen ("backed" in "OpenAI-backed"). */
  readonly hyphenSuffix?: string;
}

/** Words that may be hyphened before any name: "ex-OpenAI", "non-Nvidia". */
const PREFIXES = new Set('ex non anti pro post pre co all mid sino'.split(' '));

function tryName(
  doc: TextDoc,
  i: number,
  tok: Token,
  name: IndexedName,
  lastEnd: number,
): NameMatch | undefined {
  const text = doc.text;
  let end = matchAt(text, tok.start, name.text);
  if (end < 0) return undefined;
  // Whole words, where a change of script and Korean particles end a word ("OpenAI는").
  if (!wordEndsAt(text, end)) {
    if (!(name.plural && text.charAt(end) === 's' && wordEndsAt(text, end + 1))) return undefined;
    end += 1;
  }
  // "Wafer-Scale": a name glued after another word is part of a compound, unless that word
  // is a prefix, an acronym or another registry name ("Microsoft-OpenAI deal").
  const prev = doc.tokens[i - 1];
  if (
    name.ambiguous &&
    HYPHENS.includes(text.charAt(tok.start - 1)) &&
    prev?.end === tok.start - 1
  ) {
    if (lastEnd !== prev.end && !PREFIXES.has(prev.lower) && !isAllCaps(prev.text))
      return undefined;
  }
  const endToken = tokenAt(doc.tokens, end);
  const surface = text.slice(tok.start, end);
  const casing = casingOf(surface, name.text);
  if (!casingAllowed(casing, name, doc, i, endToken)) return undefined;
  const possessive =
    APOSTROPHES.includes(text.charAt(end)) &&
    /[sS]/.test(text.charAt(end + 1)) &&
    !isAlnum(text.charAt(end + 2));
  const next = doc.tokens[endToken];
  const hyphenSuffix =
    HYPHENS.includes(text.charAt(end)) && next?.start === end + 1 ? next.lower : undefined;
  return {
    name,
    surface,
    start: tok.start,
    end,
    token: i,
    endToken,
    casing,
    possessive,
    hyphenSuffix,
  };
}

function firstMatch(
  doc: TextDoc,
  i: number,
  tok: Token,
  bucket: readonly IndexedName[] | undefined,
  lastEnd: number,
): NameMatch | undefined {
  for (const name of bucket ?? []) {
    const match = tryName(doc, i, tok, name, lastEnd);
    if (match) return match;
  }
  return undefined;
}

/**
 * Finds every registry string in the document: longest match first, left to right, whole
 * words only, with the case policy of ./name-compare.ts. Tickers count only in ticker
 * context (see ./tickers.ts). Ambiguous names are returned too: ./disambiguate.ts decides.
 */
export function scanNames(doc: TextDoc, index: NameIndex = nameIndex()): NameMatch[] {
  const tickers = scanTickers(doc, index);
  const out: NameMatch[] = [];
  let covered = 0;
  let lastEnd = -1;
  let t = 0;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i] as Token;
    if (tok.start < covered) continue;
    while (t < tickers.length && (tickers[t]?.end ?? 0) <= tok.start) t += 1;
    const ticker = tickers[t];
    if (ticker && ticker.start <= tok.start) {
      out.push(ticker);
      covered = lastEnd = ticker.end;
      t += 1;
      continue;
    }
    const match = firstMatch(doc, i, tok, index.byKey.get(tokenKey(tok)), lastEnd);
    if (!match) continue;
    out.push(match);
    covered = lastEnd = match.end;
  }
  return out;
}
