/**
 * Scoring one candidate against the current article: text similarity (cosine over the stored
 * term vectors, each shared term scaled by its rarity in the archive, relative to the current
 * article's similarity to itself), shared organisations (rarity × weight on both sides), a bonus
 * for the same story, and a mild recency factor. Every part is kept, so that the
 * explanation can name only what contributed.
 */
import type { ArchiveStats } from './candidates.ts';
import { orgWeight } from './similarity.ts';
import type { IndexedArticle, OrgRef } from './types.ts';

const DAY = 86_400_000;
/** Share of relevance from the text; the rest comes from shared organisations. */
export const TEXT_WEIGHT = 0.55;
export const ORG_WEIGHT = 1 - TEXT_WEIGHT;
/** Org evidence saturates: 1 - exp(-k·sum); one rare shared subject is most of it. */
const ORG_SATURATION = 1.5;
/** Another outlet's report of this very story is what a reader wants first. */
const SAME_STORY_BONUS = 0.25;
/** Up to this share of the score depends on time distance to the current article... */
const RECENCY_SHARE = 0.2;
/** ...decaying with this time constant: a story of the same month counts a little more. */
const RECENCY_DAYS = 90;

/** The current article, as the engine sees it (maybe not stored yet). */
export type QueryArticle = Omit<IndexedArticle, 'id'> & { readonly id?: number };

export interface QueryContext {
  readonly time: number;
  readonly terms: ReadonlyMap<string, number>;
  readonly orgs: ReadonlyMap<string, OrgRef>;
  readonly stats: ArchiveStats;
  /** The current article's own text similarity to itself: what a copy would reach. */
  readonly selfSimilarity: number;
  /** The candidate tells the same story as the current article (same story id or event). */
  readonly sameStory: (article: IndexedArticle) => boolean;
}

export interface SharedOrg {
  readonly id: string;
  /** Its part of the organisation evidence (before saturation). */
  readonly contribution: number;
  /** Both articles are about it (not a passing mention on either side). */
  readonly bothAbout: boolean;
}

export interface SharedTerm {
  readonly term: string;
  readonly contribution: number;
  /** 0..1: how rare the term is in the archive. */
  readonly rarity: number;
}

export interface Scored {
  readonly article: IndexedArticle;
  /** Relevance times the recency factor: the ranking key. */
  readonly score: number;
  readonly relevance: number;
  /** 0..1: rarity-weighted cosine, relative to the current article's own. */
  readonly textSimilarity: number;
  /** 0..1 */
  readonly orgScore: number;
  readonly sameStory: boolean;
  /** Most contributing first. */
  readonly sharedOrgs: readonly SharedOrg[];
  /** Most contributing first. */
  readonly sharedTerms: readonly SharedTerm[];
}

/** Σ weight² × rarity over the current article's terms: its similarity to itself. */
export function selfSimilarity(
  terms: ReadonlyMap<string, number>,
  rarity: (term: string) => number,
): number {
  let sum = 0;
  for (const [term, weight] of terms) sum += weight * weight * rarity(term);
  return sum;
}

export function scoreCandidate(ctx: QueryContext, article: IndexedArticle): Scored {
  const sharedTerms: SharedTerm[] = [];
  let text = 0;
  for (const [term, weight] of article.terms) {
    const mine = ctx.terms.get(term);
    if (mine === undefined) continue;
    const rarity = ctx.stats.termRarity(term);
    const contribution = mine * weight * rarity;
    text += contribution;
    sharedTerms.push({ term, contribution, rarity });
  }
  const sharedOrgs: SharedOrg[] = [];
  let orgSum = 0;
  for (const org of article.orgs) {
    const mine = ctx.orgs.get(org.id);
    if (!mine || sharedOrgs.some((s) => s.id === org.id)) continue;
    const contribution = orgWeight(mine) * orgWeight(org) * ctx.stats.orgRarity(org.id);
    orgSum += contribution;
    sharedOrgs.push({ id: org.id, contribution, bothAbout: mine.about && org.about });
  }
  const textSimilarity = Math.min(1, text / Math.max(1e-9, ctx.selfSimilarity));
  const orgScore = 1 - Math.exp(-ORG_SATURATION * orgSum);
  const sameStory = ctx.sameStory(article);
  const relevance =
    TEXT_WEIGHT * textSimilarity + ORG_WEIGHT * orgScore + (sameStory ? SAME_STORY_BONUS : 0);
  const days = Math.abs(article.time - ctx.time) / DAY;
  const recency = 1 - RECENCY_SHARE + RECENCY_SHARE * Math.exp(-days / RECENCY_DAYS);
  return {
    article,
    score: relevance * recency,
    relevance,
    textSimilarity,
    orgScore,
    sameStory,
    sharedOrgs: sharedOrgs.sort((a, b) => b.contribution - a.contribution),
    sharedTerms: sharedTerms.sort((a, b) => b.contribution - a.contribution),
  };
}
