/**
 * Earlier takes: analysis and opinion pieces about the current article's organisations, the
 * relevant ones first and, within similar relevance, the newest first.
 *
 * Seam for the reader's notes (a later issue): a note carries the organisations of the page it
 * was written on and a time; give it a relevance the same way (shared organisations) and rank it
 * with `rankTakes` together with the articles, so that notes and takes interleave by one rule.
 */
import type { Genre } from '../detect/genre.ts';
import type { Scored } from './score.ts';

export const TAKE_GENRES: ReadonlySet<Genre> = new Set<Genre>(['analysis', 'opinion']);
/** Relevance bands, as shares of the best take's relevance: within a band, newest first. */
const TAKE_BANDS = [0.6, 0.3] as const;

/** An analysis or opinion piece about an organisation the current article is about too. */
export function isTake(scored: Scored): boolean {
  return TAKE_GENRES.has(scored.article.genre) && scored.sharedOrgs.some((o) => o.bothAbout);
}

export interface Rankable {
  readonly relevance: number;
  readonly time: number;
}

/** Relevant first (in bands relative to the best), newest first within a band. */
export function rankTakes<T extends Rankable>(items: readonly T[], limit: number): T[] {
  const best = Math.max(0, ...items.map((t) => t.relevance));
  const band = (t: T) => {
    const i = TAKE_BANDS.findIndex((share) => t.relevance >= share * best);
    return i < 0 ? TAKE_BANDS.length : i;
  };
  return [...items]
    .sort((a, b) => band(a) - band(b) || b.time - a.time || b.relevance - a.relevance)
    .slice(0, Math.max(0, limit));
}
