/**
 * Folding: articles of one story (same story id, the same event, or copies of one text) become
 * one entry, the others listed under it as "also covered by".
 */
import { sameEvent } from './cluster.ts';
import type { Scored } from './score.ts';
import { termCosine, termMap } from './similarity.ts';
import type { IndexedArticle } from './types.ts';

/** Term vectors this close are one text (a copy or a light rewrite), whatever their dates. */
export const COPY_COSINE = 0.9;

export interface Folded {
  /** The entry shown: read by the reader if one was, else the earliest, else the fullest. */
  readonly head: Scored;
  /** The other articles of the story, most relevant first. */
  readonly others: readonly Scored[];
  /** The best score in the story: its rank. */
  readonly score: number;
}

type Vectors = (article: IndexedArticle) => ReadonlyMap<string, number>;

/** Two articles tell one story. */
export function sameStory(a: IndexedArticle, b: IndexedArticle, vectors: Vectors): boolean {
  if (a.storyId !== null && a.storyId === b.storyId) return true;
  return sameEvent(a, b) || termCosine(vectors(a), b.terms) >= COPY_COSINE;
}

/** Which member to show: read beats unread, then earlier, then the fuller record. */
function betterHead(a: Scored, b: Scored): Scored {
  const x = a.article;
  const y = b.article;
  if (x.read !== y.read) return x.read ? a : b;
  if (x.time !== y.time) return x.time < y.time ? a : b;
  return y.terms.length + y.orgs.length > x.terms.length + x.orgs.length ? b : a;
}

/**
 * Folds results (best first) into at most `limit` stories. Every result is compared with the
 * stories found so far, so late results still join a story as "also covered by".
 */
export function foldStories(results: readonly Scored[], limit: number): Folded[] {
  const cache = new Map<IndexedArticle, ReadonlyMap<string, number>>();
  const vectors: Vectors = (article) => {
    let map = cache.get(article);
    if (!map) {
      map = termMap(article.terms);
      cache.set(article, map);
    }
    return map;
  };
  const groups: Scored[][] = [];
  for (const result of results) {
    const group = groups.find((members) =>
      members.some((m) => sameStory(m.article, result.article, vectors)),
    );
    if (group) group.push(result);
    else if (groups.length < limit) groups.push([result]);
  }
  return groups.map((members) => {
    const head = members.reduce(betterHead);
    return {
      head,
      others: members
        .filter((m) => m !== head)
        .sort((a, b) => b.score - a.score || a.article.time - b.article.time),
      score: Math.max(...members.map((m) => m.score)),
    };
  });
}
