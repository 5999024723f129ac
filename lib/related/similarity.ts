/** Similarity of stored term vectors and organisation lists: shared by clustering and scoring. */
import type { OrgRef, TermWeight } from './types.ts';

/** Term vectors as maps, for repeated lookups. */
export function termMap(vector: readonly TermWeight[]): Map<string, number> {
  return new Map(vector.map(([term, weight]) => [term, weight]));
}

/**
 * Cosine of two term vectors (unit vectors from `termVector`, so the dot product), each shared
 * term's contribution scaled by `rarity(term)` in 0..1 (1 for all terms when omitted).
 */
export function termCosine(
  a: ReadonlyMap<string, number>,
  b: readonly TermWeight[],
  rarity?: (term: string) => number,
): number {
  let dot = 0;
  for (const [term, weight] of b) {
    const other = a.get(term);
    if (other !== undefined) dot += other * weight * (rarity ? rarity(term) : 1);
  }
  return Math.min(1, dot);
}

/** How much an article's organisation weighs in it: salience, halved for passing mentions. */
export const PASSING_WEIGHT = 0.5;
export const orgWeight = (org: OrgRef): number => org.salience * (org.about ? 1 : PASSING_WEIGHT);

/** How many main organisations count for "the same event". */
const MAIN_ORGS = 3;

/**
 * The organisations an article is mainly about: its "about" organisations, most salient first,
 * at most three; else its most salient one.
 */
export function mainOrgs(orgs: readonly OrgRef[]): string[] {
  const sorted = [...orgs].sort((x, y) => y.salience - x.salience);
  const about = sorted.filter((o) => o.about).slice(0, MAIN_ORGS);
  const main = about.length > 0 ? about : sorted.slice(0, 1);
  return main.map((o) => o.id);
}
