/**
 * Finds a stored highlight again in a page's text, after Hypothesis's approach
 * (client/src/annotator/anchoring/match-quote.ts): try the stored position and check the quote;
 * else look for the quote itself, exactly and then approximately (approx-string-match, Myers'
 * bit-parallel algorithm), and score each candidate by how well the quote, its prefix, its suffix
 * and its position agree. Unlike Hypothesis, a candidate must clear thresholds: a highlight whose
 * text is gone becomes an orphan rather than landing on the nearest look-alike.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../archive/highlight.ts';

export interface Anchored {
  readonly start: number;
  readonly end: number;
  /** 0..1: how well quote and context agree (1 = the position held and the quote is intact). */
  readonly score: number;
  readonly how: 'position' | 'exact' | 'fuzzy';
}

/** Share of the quote that may differ (typos fixed, a word changed). */
const MAX_QUOTE_ERRORS = 0.2;
/** A short quote found elsewhere needs its context to agree this well (0..1). */
const MIN_CONTEXT = 0.5;
/** Quotes at least this long are distinctive enough to stand without context when intact. */
const DISTINCTIVE = 40;
/** Exact occurrences considered (a quote like "the" must not make anchoring quadratic). */
const MAX_OCCURRENCES = 200;

/** 0..1: how well `expected` matches the end (`atEnd`) or start of `actual`. */
function contextScore(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const found = search(actual, expected, expected.length);
  const errors = found.length > 0 ? Math.min(...found.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function candidateScore(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
  hint: number | undefined,
): { score: number; quoteScore: number; context: number } {
  const before = text.slice(Math.max(0, start - quote.prefix.length - 8), start);
  const after = text.slice(end, end + quote.suffix.length + 8);
  const p = contextScore(quote.prefix.trimStart(), before.trimEnd());
  const s = contextScore(quote.suffix.trimEnd(), after.trimStart());
  const quoteScore = 1 - errors / quote.exact.length;
  const pos =
    hint === undefined ? 0.5 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return {
    score: (50 * quoteScore + 20 * p + 20 * s + 2 * pos) / 92,
    quoteScore,
    context: Math.max(p, s),
  };
}

function acceptable(c: { quoteScore: number; context: number }, exactLength: number): boolean {
  if (c.quoteScore < 1 - MAX_QUOTE_ERRORS) return false;
  if (c.context >= MIN_CONTEXT) return true;
  return exactLength >= DISTINCTIVE && c.quoteScore >= 0.95;
}

/** Trims spaces a fuzzy match picked up at its ends. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && text[s] === ' ') s += 1;
  while (e > s && text[e - 1] === ' ') e -= 1;
  return [s, e];
}

/**
 * Where the highlight is in `text` now, or null when its text is gone (an orphan). Pure: the
 * same selectors anchor in the live page's text map and in the Readability text.
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | null,
): Anchored | null {
  const { exact } = quote;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, score: 1, how: 'position' };
  }
  const hint = position?.start;
  let best: (Anchored & { ok: boolean }) | null = null;
  const consider = (start: number, end: number, errors: number, how: Anchored['how']) => {
    const [s, e] = trimmed(text, start, end);
    if (e <= s) return;
    const c = candidateScore(text, quote, s, e, errors, hint);
    const ok = acceptable(c, exact.length);
    if (ok && (!best || c.score > best.score)) best = { start: s, end: e, score: c.score, how, ok };
  };
  let from = text.indexOf(exact);
  for (let n = 0; from >= 0 && n < MAX_OCCURRENCES; n += 1) {
    consider(from, from + exact.length, 0, 'exact');
    from = text.indexOf(exact, from + 1);
  }
  if (best) return stripOk(best);
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_QUOTE_ERRORS));
  if (maxErrors > 0) {
    for (const m of search(text, exact, maxErrors).slice(0, MAX_OCCURRENCES)) {
      consider(m.start, m.end, m.errors, 'fuzzy');
    }
  }
  return best ? stripOk(best) : null;
}

function stripOk({ start, end, score, how }: Anchored & { ok: boolean }): Anchored {
  return { start, end, score: Math.round(score * 1000) / 1000, how };
}
