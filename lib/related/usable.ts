import type { IndexedArticle } from './types.ts';

const isOrg = (org: unknown) =>
  typeof org === 'object' &&
  org !== null &&
  typeof (org as { id?: unknown }).id === 'string' &&
  typeof (org as { salience?: unknown }).salience === 'number';

const isTerm = (term: unknown) =>
  Array.isArray(term) && typeof term[0] === 'string' && typeof term[1] === 'number';

/**
 * Whether a stored article has what scoring reads. Records from older versions or tampered with
 * are skipped (and counted) rather than allowed to crash a query. Cheaper than a full schema
 * parse: it runs on up to 200 records per query.
 */
export function isUsable(article: unknown): article is IndexedArticle {
  if (typeof article !== 'object' || article === null) return false;
  const a = article as Record<string, unknown>;
  return (
    typeof a.id === 'number' &&
    typeof a.url === 'string' &&
    typeof a.title === 'string' &&
    typeof a.siteName === 'string' &&
    typeof a.time === 'number' &&
    Number.isFinite(a.time) &&
    Array.isArray(a.orgs) &&
    a.orgs.every(isOrg) &&
    Array.isArray(a.terms) &&
    a.terms.every(isTerm)
  );
}
