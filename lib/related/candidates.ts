/**
 * Candidate gathering with few, bounded index reads: one count, two frequency reads, one list
 * per important organisation (rare ones first, giants capped) and one per distinctive term; a
 * cheap score from those lists alone picks which records are read in full.
 */
import { DOMAIN_COMMON } from './stop-words.ts';
import { keyTerms } from './terms.ts';
import type { CandidateSource, OrgRef, TermWeight } from './types.ts';
import { orgWeight } from './similarity.ts';

/** The current article's most important organisations that are looked up. */
export const MAX_QUERY_ORGS = 8;
/** At most this many ids per organisation (its newest articles). */
export const PER_ORG_LIMIT = 300;
/** At most this many ids over all organisation lists; rare organisations are served first. */
export const ORG_BUDGET = 600;
/** The current article's most distinctive terms that are looked up. */
export const MAX_QUERY_TERMS = 10;
/** At most this many ids per term. */
export const PER_TERM_LIMIT = 50;
/** At most this many records are read in full and scored. */
export const MAX_FULL_READS = 200;
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

/** Gathers and pre-ranks candidates for an article with these organisations and terms. */
export async function gatherCandidates(
  source: CandidateSource,
  orgs: readonly OrgRef[],
  terms: readonly TermWeight[],
  excludeId?: number,
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
    .slice(0, MAX_QUERY_ORGS);
  const limits = allocate(
    found.map((o) => orgDf.get(o.id) ?? 0),
    ORG_BUDGET,
    PER_ORG_LIMIT,
  );
  // The article's own key terms (what the index holds for articles like it), then the terms
  // that weigh most once rarity counts.
  const own = new Set(keyTerms(terms));
  const lookupTerms = terms
    .filter(([term]) => (termDf.get(term) ?? 0) > 0 && !DOMAIN_COMMON.has(term))
    .map(([term, weight]) => ({ term, weight: weight * stats.termRarity(term) }))
    .sort((a, b) => Number(own.has(b.term)) - Number(own.has(a.term)) || b.weight - a.weight)
    .slice(0, MAX_QUERY_TERMS);

  const [orgLists, termLists] = await Promise.all([
    Promise.all(found.map((o, i) => source.byOrg(o.id, limits[i] as number))),
    Promise.all(lookupTerms.map(({ term }) => source.byTerm(term, PER_TERM_LIMIT))),
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
    .slice(0, MAX_FULL_READS)
    .map(([id]) => id);
  return { stats, ids };
}
