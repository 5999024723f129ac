/**
 * Term vectors: what an article's words say it is about, as a short weighted list that the
 * archive stores with the article and the engine compares. Pure and fast (a 10,000-word article
 * takes a few milliseconds).
 */
import { DOMAIN_COMMON, STOP_WORDS } from './stop-words.ts';
import type { TermWeight } from './types.ts';

/** A title word counts as this many body occurrences: titles say what the article is about. */
const TITLE_WEIGHT = 3;
/** Longer "words" are URLs, hashes or glued text, not terms. */
const MAX_TERM_LENGTH = 32;

/** Letters and digits (any script), hyphen-joined parts kept together, one apostrophe part. */
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
/** Numbers with a unit or ordinal suffix ("40m", "3bn", "1990s", "2nd"): amounts, not names. */
const AMOUNT = /^\d+(?:[.,]\d+)?(?:k|m|bn|b|tn|x|s|th|st|nd|rd|pc|am|pm)$/;
const NON_ASCII = /[^ -~\t\n\r]/;
const ACCENTS = /[\u0300-\u036f]/g;
/** Words that look plural but are not (or whose singular is a stop word). */
const NOT_PLURAL = new Set(['news', 'series', 'species', 'plus', 'always', 'perhaps', 'whereas']);

/** Light stemming: plural forms to their singular ("companies" → "company", "chips" → "chip"). */
export function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || HAS_DIGIT.test(word) || NOT_PLURAL.has(word)) {
    return word;
  }
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  // Acronym plurals ("gpus", "tpus") before the "-us" words ("status", "campus") are kept.
  if (word.length === 4 && word.endsWith('us')) return word.slice(0, -1);
  if (/(?:ss|us|is|ics|ous)$/.test(word)) return word;
  if (/(?:sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** One raw token as a term, or null when it is a stop word, a number or noise. */
function toTerm(raw: string): string | null {
  let token = raw;
  const apostrophe = token.search(/['’]/);
  if (apostrophe >= 0) {
    const head = token.slice(0, apostrophe);
    const tail = token.slice(apostrophe + 1);
    if (tail === 's')
      token = head; // possessive
    else if (head.length === 1 || head === 'qu')
      token = tail; // l'intelligence, d'accord
    else token = head + tail; // don't, isn't
  }
  if (token.length < 2 || token.length > MAX_TERM_LENGTH) return null;
  if (!HAS_LETTER.test(token) || AMOUNT.test(token)) return null;
  if (token.includes('-') && !HAS_DIGIT.test(token)) return null; // parts are counted one by one
  if (STOP_WORDS.has(token)) return null;
  const stemmed = stem(token);
  return STOP_WORDS.has(stemmed) ? null : stemmed;
}

function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(ACCENTS, '') : lower;
}

/** Adds the terms of `text` to `counts`, each occurrence counting `weight`. */
function countTerms(text: string, weight: number, counts: Map<string, number>): void {
  for (const match of fold(text).matchAll(TOKEN)) {
    const raw = match[0];
    // "world-model" counts as "world" and "model"; "gpt-5" stays one term.
    const parts = raw.includes('-') && !HAS_DIGIT.test(raw) ? raw.split('-') : [raw];
    for (const part of parts) {
      const term = toTerm(part);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
}

/**
 * The article's top `max` terms with log-scaled frequencies (title words count
 * `TITLE_WEIGHT` times), normalised to unit length, heaviest first.
 */
export function termVector(title: string, text: string, max = 40): TermWeight[] {
  const counts = new Map<string, number>();
  countTerms(title, TITLE_WEIGHT, counts);
  countTerms(text, 1, counts);
  const weighted: [string, number][] = [];
  for (const [term, tf] of counts) weighted.push([term, 1 + Math.log(tf)]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = weighted.slice(0, Math.max(0, max));
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return top.map(([term, w]) => [term, Math.round((w / norm) * 10_000) / 10_000] as const);
}

/**
 * The most distinctive terms of a vector, for the archive's term index: the heaviest terms that
 * are not words every AI-industry article uses. Model and chip names ("h100", "gpt-5") count
 * more, since they pin a story down.
 */
export function keyTerms(vector: readonly TermWeight[], n = 6): string[] {
  return vector
    .filter(([term]) => !DOMAIN_COMMON.has(term) && term.length >= 3)
    .map(([term, weight]) => [term, HAS_DIGIT.test(term) ? weight * 1.5 : weight] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([term]) => term);
}
