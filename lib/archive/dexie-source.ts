import type { CandidateSource, IndexedArticle } from '../related/types.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import { toIndexed } from './indexed.ts';
import { ARTICLE_COUNT } from './org.ts';
import { articlesNaming } from './org-times.ts';
import { termFrequencies } from './term-counts.ts';

/** The tables a related-coverage query reads: run it in one read transaction over them. */
export const READ_TABLES = ['articles', 'orgs', 'terms', 'meta'] as const;

/**
 * The related-coverage engine's candidates, read from the archive's IndexedDB indexes. Callers
 * wrap a whole query in `db.transaction('r', READ_TABLES, …)`: one transaction instead of one per
 * read is most of the speed in Chromium.
 */
export function dexieSource(db: ArchiveDb): CandidateSource {
  return {
    count: async () => (await db.meta.get(ARTICLE_COUNT))?.value ?? 0,
    byOrg: (orgId, limit) => articlesNaming(db, orgId).reverse().limit(limit).primaryKeys(),
    async byTerm(term, limit) {
      return (await db.articles
        .where('keyTerms')
        .equals(term)
        .reverse()
        .limit(limit)
        .primaryKeys()) as number[];
    },
    async get(ids): Promise<IndexedArticle[]> {
      const records = await db.articles.bulkGet([...ids]);
      return records.filter((r): r is ArticleRecord => r !== undefined).map(toIndexed);
    },
    async orgFrequency(orgIds) {
      const orgs = await db.orgs.bulkGet([...orgIds]);
      return new Map(orgIds.map((id, i) => [id, orgs[i]?.articleCount ?? 0]));
    },
    termFrequency: (terms) => termFrequencies(db, terms),
  };
}
