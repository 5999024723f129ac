/**
 * The related-coverage engine: given the current article, the reader's related stories (same
 * story folded into one entry) and earlier analyst takes, each with the reason it matched.
 * Pure: it reads the archive only through a `CandidateSource`, with bounded reads
 * (see `candidates.ts`), so its cost depends on its limits, not on the archive's size.
 */
import { gatherCandidates } from './candidates.ts';
import { sameEvent } from './cluster.ts';
import { explain } from './explain.ts';
import { foldStories } from './fold.ts';
import {
  type QueryArticle,
  type QueryContext,
  type Scored,
  scoreCandidate,
  selfSimilarity,
} from './score.ts';
import { termMap } from './similarity.ts';
import { isTake, rankTakes } from './takes.ts';
import type { CandidateSource, IndexedArticle } from './types.ts';
import { isUsable } from './usable.ts';

export interface RelatedStory {
  readonly article: IndexedArticle;
  readonly score: number;
  /** One line built from the real signals: "About Amazon and Odyssey, like this article · 3 weeks earlier · The Circuit Ledger". */
  readonly reason: string;
  /** Org ids, most important first. */
  readonly sharedOrgs: readonly string[];
  /** 0..1 */
  readonly textSimilarity: number;
  /** Other articles of the same story, folded under this one ("also covered by"). */
  readonly alsoCoveredBy: readonly IndexedArticle[];
}

export interface RelatedQuery {
  /** The current article (maybe not stored yet). */
  readonly article: QueryArticle;
  readonly now: number;
  /** Default 8 stories (and 8 takes). */
  readonly limit?: number;
  /** Display name of an org id (registry or discovered), for reasons. */
  readonly orgName: (id: string) => string;
}

export const DEFAULT_LIMIT = 8;
/**
 * Below this relevance a candidate shares only noise with the article (a passing mention of a
 * giant, a few common words) and is not shown.
 */
export const MIN_RELEVANCE = 0.05;

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * Related stories (best first, one entry per story) and earlier takes (analysis and opinion
 * about the same organisations, relevant first, newest first within similar relevance). A take
 * may also be among the stories; the sidebar decides whether to show it twice.
 */
export async function findRelated(
  source: CandidateSource,
  query: RelatedQuery,
): Promise<{ stories: RelatedStory[]; takes: RelatedStory[]; skipped: number }> {
  const { article, orgName } = query;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const time = Number.isFinite(article.time) && article.time > 0 ? article.time : query.now;
  const { stats, ids } = await gatherCandidates(source, article.orgs, article.terms, article.id);
  const read = await source.get(ids);
  const records = read.filter(isUsable);
  const skipped = read.length - records.length;
  const self: IndexedArticle = { ...article, id: article.id ?? -1, time };
  const terms = termMap(article.terms);
  const ctx: QueryContext = {
    time,
    terms,
    orgs: new Map(article.orgs.map((o) => [o.id, o])),
    stats,
    selfSimilarity: selfSimilarity(terms, stats.termRarity),
    sameStory: (other) =>
      (self.storyId !== null && other.storyId === self.storyId) || sameEvent(self, other),
  };
  const url = withoutHash(article.url);
  const scored = records
    .filter((r) => r.id !== article.id && withoutHash(r.url) !== url)
    .map((r) => scoreCandidate(ctx, r))
    .filter((s) => s.relevance >= MIN_RELEVANCE)
    .sort((a, b) => b.score - a.score || b.article.time - a.article.time);

  const toStory = (head: Scored, others: readonly Scored[], score: number): RelatedStory => ({
    article: head.article,
    score: Math.round(score * 1000) / 1000,
    reason: explain({ scored: head, reference: time, orgName }),
    sharedOrgs: head.sharedOrgs.map((o) => o.id),
    textSimilarity: Math.round(head.textSimilarity * 1000) / 1000,
    alsoCoveredBy: others.map((o) => o.article),
  });

  const stories = foldStories(scored, limit).map((f) => toStory(f.head, f.others, f.score));
  const takes = rankTakes(
    scored.filter(isTake).map((s) => ({ s, relevance: s.relevance, time: s.article.time })),
    limit,
  ).map(({ s }) => toStory(s, [], s.score));
  return { stories, takes, skipped };
}

/** The organisation's archived articles, newest first, at most `limit` (one index read). */
export async function coverageOfOrg(
  source: CandidateSource,
  orgId: string,
  limit: number,
): Promise<IndexedArticle[]> {
  const articles = await source.get(await source.byOrg(orgId, limit));
  return articles.sort((a, b) => b.time - a.time || b.id - a.id);
}
