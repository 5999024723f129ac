/**
 * Stories: telling when two articles are copies of one text (SimHash, Charikar 2002, over word
 * shingles) or different outlets' reports of one event. Pure; the archive runs it on insert and
 * the engine when it folds results.
 */
import { mainOrgs, termCosine, termMap } from './similarity.ts';
import type { IndexedArticle } from './types.ts';

const DAY = 86_400_000;

/**
 * Fingerprints at most this many bits apart are copies of one text (syndication, light edits).
 * Measured on the golden pages (300-1,700 words): 2 changed words move 0-6 bits (median 2),
 * 5 changed words 0-8 (median 4); unrelated articles are 19 bits apart or more (32 on average,
 * sd 4). Five keeps unrelated texts 3 sd away while catching most light edits; heavier
 * rewrites are caught by `sameEvent`. With 6 blocks of 10-11 bits, any fingerprint within 5 bits
 * shares one block exactly (pigeonhole), so an index over the blocks finds them.
 */
export const NEAR_DUPLICATE_MAX_BITS = 5;
/** Reports of one event appear within days of each other. */
export const SAME_EVENT_MAX_DAYS = 3;
/**
 * Plain cosine of stored term vectors from which two articles about the same organisations tell
 * the same story rather than two stories about a busy company: reports of one event appear the
 * same day or the next, so the bar rises with every day between them (0.35 the same day, 0.5
 * three days apart).
 */
export const SAME_EVENT_MIN_COSINE = 0.35;
export const SAME_EVENT_COSINE_PER_DAY = 0.05;

/** Words per shingle: three keeps word order (a rewrite changes it) yet survives small edits. */
const SHINGLE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over the UTF-16 code units of a word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over every output bit. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex8 = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

/** The 64-bit SimHash of a text over its word shingles, as 16 hex characters. */
export function simhash(text: string): string {
  const words = Array.from(text.toLowerCase().matchAll(WORD), (m) => hashWord(m[0]));
  const counts = new Int32Array(64);
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < shingles && words.length > 0; i += 1) {
    let h = 0;
    for (let j = i; j < Math.min(words.length, i + SHINGLE_WORDS); j += 1) {
      h = mix(Math.imul(h, 31) + (words[j] as number));
    }
    const upper = mix(h ^ 0x9e3779b9);
    for (let bit = 0; bit < 32; bit += 1) {
      counts[bit] = (counts[bit] as number) + ((h >>> bit) & 1 ? 1 : -1);
      counts[bit + 32] = (counts[bit + 32] as number) + ((upper >>> bit) & 1 ? 1 : -1);
    }
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    if ((counts[bit] as number) > 0) low |= 1 << bit;
    if ((counts[bit + 32] as number) > 0) high |= 1 << bit;
  }
  return hex8(high) + hex8(low);
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two fingerprints from `simhash` (64 when one is malformed). */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) return 64;
  const part = (s: string, from: number) => Number.parseInt(s.slice(from, from + 8), 16);
  return popcount(part(a, 0) ^ part(b, 0)) + popcount(part(a, 8) ^ part(b, 8));
}

/** Two fingerprints from `simhash` are copies of one text (syndicated or lightly edited). */
export function isNearDuplicate(a: string, b: string): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_BITS;
}

/**
 * Different outlets' articles about one event: published within `SAME_EVENT_MAX_DAYS`, the main
 * organisation of one among the main organisations of the other, and terms the more similar the
 * further apart they were published.
 */
export function sameEvent(a: IndexedArticle, b: IndexedArticle): boolean {
  const days = Math.abs(a.time - b.time) / DAY;
  if (days > SAME_EVENT_MAX_DAYS) return false;
  const mainA = mainOrgs(a.orgs);
  const mainB = mainOrgs(b.orgs);
  const leadA = mainA[0];
  const leadB = mainB[0];
  if (leadA === undefined || leadB === undefined) return false;
  if (!mainB.includes(leadA) && !mainA.includes(leadB)) return false;
  const bar = SAME_EVENT_MIN_COSINE + SAME_EVENT_COSINE_PER_DAY * days;
  return termCosine(termMap(a.terms), b.terms) >= bar;
}

/** An article with the fingerprint of its text, as the archive keeps it for clustering. */
export interface Fingerprinted {
  readonly article: IndexedArticle;
  readonly fingerprint: string;
}

/**
 * The story a new article joins on insert: that of the first `existing` article (for example the
 * same organisations' articles of the last few days) that is a copy of it or reports the same
 * event. Returns the story id to give both (the existing one's, else its id), or null.
 */
export function findStory(added: Fingerprinted, existing: readonly Fingerprinted[]): number | null {
  for (const other of existing) {
    if (other.article.id === added.article.id) continue;
    if (
      isNearDuplicate(added.fingerprint, other.fingerprint) ||
      sameEvent(added.article, other.article)
    ) {
      return other.article.storyId ?? other.article.id;
    }
  }
  return null;
}
