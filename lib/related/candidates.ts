/**
 * Candidate gathering with few, bounded index reads: one count, two frequency reads, one list
 * per important organisation (rare ones first, giants capped) and one per distinctive term; a
 * cheap score from those lists alone picks which records are read in full.
 *
 * The limits set a query's cost: in Chromium every read is a round trip to IndexedDB (a record
 * read costs some 55 µs, a list some 0.2 ms plus 4 µs per id, and each record read in full is
 * also scored and folded), whatever the archive's size. Measured at 10,000 articles (a shared,
 * noisy machine, so medians): 200 full reads and a 600-id organisation budget, 26 ms; 100 and
 * 400, 15 ms; 80 and 400, some 3 ms less again. What it costs: on a synthetic archive with
 * topics (scripts/lib/bench-archive-recall.ts), these limits find 96.5% of the exhaustive top 8
 * at 10,000 articles and 91% at 100,000, against 98% and 97% with 200 reads and 600 ids; most of
 * the loss is among many articles sharing the same organisations, which only their text tells
 * apart (100 reads: 92.5% at 100,000). `npm run eval` is unchanged.
 */
import { DOMAIN_COMMON } from './stop-words.ts';
import { keyTerms } from './terms.ts';
import type { CandidateSource, OrgRef, TermWeight } from './types.ts';
import { orgWeight } from './similarity.ts';

/** The current article's most important organisations that are looked up. */
export const MAX_QUERY_ORGS = 8;
/** At most this many ids per organisation (its newest articles). */
export const PER_ORG_LIMIT = 200;
/** At most this many ids over all organisation lists; rare organisations are served first. */
export const ORG_BUDGET = 400;
/** The current article's most distinctive terms that are looked up. */
export const MAX_QUERY_TERMS = 10;
/** At most this many ids per term. */
export const PER_TERM_LIMIT = 30;
/** At most this many records are read in full and scored. */
export const MAX_FULL_READS = 80;
/** Frequencies are read for at most this many of the current article's organisations. */
const MAX_KNOWN_ORGS = 40;
/** Organisations below this weight in the current article (a passing mention) are not looked up. */
const MIN_ORG_WEIGHT = 0.05;

/** Rarity 0..1 of something found in `df` of `n` articles: 1 when unique, near 0 when everywhere. */
export function rarity(df: number, n: number): number {
  const total = Math.max(n, df, 1);
  return Math.log(1 + total / Math.max(1, df)) / Math.log(1 + total);
}

/** What the index reads tell about the archive, for scoring. */
export interface ArchiveStats {
  readonly count: number;
  readonly orgRarity: (orgId: string) => number;
  readonly termRarity: (term: string) => number;
}

export interface Candidates {
  readonly stats: ArchiveStats;
  /** Ids to read in full, best first by the cheap score. */
  readonly ids: number[];
}

/** Shares `budget` over lists of known sizes, smallest first (water-filling), each capped. */
function allocate(sizes: readonly number[], budget: number, cap: number): number[] {
  const order = sizes.map((size, i) => ({ size, i })).sort((a, b) => a.size - b.size);
  const limits = new Array<number>(sizes.length).fill(0);
  let left = budget;
  order.forEach(({ size, i }, k) => {
    const share = Math.floor(left / (order.length - k));
    limits[i] = Math.min(size, cap, share);
    left -= limits[i] as number;
  });
  return limits;
}

/** The bounds of one candidate search (the defaults are the exported constants). */
export interface CandidateLimits {
  readonly maxQueryOrgs: number;
  readonly perOrgLimit: number;
  readonly orgBudget: number;
  readonly maxQueryTerms: number;
  readonly perTermLimit: number;
  readonly maxFullReads: number;
}

export const DEFAULT_LIMITS: CandidateLimits = Object.freeze({
  maxQueryOrgs: MAX_QUERY_ORGS,
  perOrgLimit: PER_ORG_LIMIT,
  orgBudget: ORG_BUDGET,
  maxQueryTerms: MAX_QUERY_TERMS,
  perTermLimit: PER_TERM_LIMIT,
  maxFullReads: MAX_FULL_READS,
});

/** Gathers and pre-ranks candidates for an article with these organisations and terms. */
export async function gatherCandidates(
  source: CandidateSource,
  orgs: readonly OrgRef[],
  terms: readonly TermWeight[],
  excludeId?: number,
  limits: CandidateLimits = DEFAULT_LIMITS,
): Promise<Candidates> {
  const known = [...new Set(orgs.map((o) => o.id))].slice(0, MAX_KNOWN_ORGS);
  const [count, orgDf, termDf] = await Promise.all([
    source.count(),
    source.orgFrequency(known),
    source.termFrequency(terms.map(([term]) => term)),
  ]);
  const stats: ArchiveStats = {
    count,
    // Organisations past MAX_KNOWN_ORGS were not looked up: no credit rather than a guess.
    orgRarity: (id) => (known.includes(id) ? rarity(orgDf.get(id) ?? 0, count) : 0),
    termRarity: (term) => rarity(termDf.get(term) ?? 0, count),
  };

  // The organisations worth a list: weighty in this article and present in the archive, the
  // most telling (weight × rarity) first.
  const found = orgs
    .filter((o) => orgWeight(o) >= MIN_ORG_WEIGHT && (orgDf.get(o.id) ?? 0) > 0)
    .map((o) => ({ id: o.id, evidence: orgWeight(o) * stats.orgRarity(o.id) }))
    .sort((a, b) => b.evidence - a.evidence)
    .filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i)
    .slice(0, limits.maxQueryOrgs);
  const orgLimits = allocate(
    found.map((o) => orgDf.get(o.id) ?? 0),
    limits.orgBudget,
    limits.perOrgLimit,
  );
  // The article's own key terms (what the index holds for articles like it), then the terms
  // that weigh most once rarity counts.
  const own = new Set(keyTerms(terms));
  const lookupTerms = terms
    .filter(([term]) => (termDf.get(term) ?? 0) > 0 && !DOMAIN_COMMON.has(term))
    .map(([term, weight]) => ({ term, weight: weight * stats.termRarity(term) }))
    .sort((a, b) => Number(own.has(b.term)) - Number(own.has(a.term)) || b.weight - a.weight)
    .slice(0, limits.maxQueryTerms);

  const [orgLists, termLists] = await Promise.all([
    Promise.all(found.map((o, i) => source.byOrg(o.id, orgLimits[i] as number))),
    Promise.all(lookupTerms.map(({ term }) => source.byTerm(term, limits.perTermLimit))),
  ]);

  // The cheap score: the evidence of each list an id is on; earlier (newer) entries of an
  // organisation's list get a hair more, so that ties go to recent articles.
  const cheap = new Map<number, number>();
  const add = (ids: readonly number[], weight: number) => {
    ids.forEach((id, rank) => {
      cheap.set(id, (cheap.get(id) ?? 0) + weight * (1 - rank / (10 * (ids.length + 1))));
    });
  };
  found.forEach((o, i) => {
    add(orgLists[i] ?? [], o.evidence);
  });
  lookupTerms.forEach(({ weight }, i) => {
    add(termLists[i] ?? [], weight);
  });
  if (excludeId !== undefined) cheap.delete(excludeId);
  const ids = [...cheap.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limits.maxFullReads)
    .map(([id]) => id);
  return { stats, ids };
}
