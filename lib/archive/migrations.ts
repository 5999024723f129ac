import type { Table } from 'dexie';
import { indexFields, urlKeysOf } from './draft.ts';
import { ARTICLE_COUNT } from './org.ts';
import { shardCounts, type TermShard } from './term-counts.ts';

interface V1Article {
  firstSeenAt: number;
  lastReadAt?: number;
  readCount?: number;
}

/**
 * v1 → v2: version 1 recorded a visit without counting reads. Every v1 record was read at least
 * once, when it was first seen, so that is what the backfill says.
 */
export async function backfillReadCount(articles: Table<V1Article>): Promise<void> {
  await articles.toCollection().modify((article) => {
    article.lastReadAt ??= article.firstSeenAt;
    article.readCount ??= 1;
  });
}

interface V2Article {
  url: string;
  title: string;
  excerpt: string | null;
  publishedAt: string | null;
  firstSeenAt: number;
  [field: string]: unknown;
}

/**
 * v2 → v3: index fields for the related-coverage engine. v2 kept no article text and no
 * companies, so the terms come from the title and excerpt, and the companies stay empty until the
 * reader revisits the page (a revisit re-indexes the record).
 */
export async function indexForRelated(
  articles: Table<V2Article>,
  terms: Table<TermShard>,
  meta: Table<{ key: string; value: number }>,
): Promise<void> {
  const df = new Map<string, number>();
  await articles.toCollection().modify((article) => {
    const published = article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN;
    const fields = indexFields(article.title, article.excerpt ?? '');
    Object.assign(article, fields, {
      urlKeys: urlKeysOf([article.url]),
      time: Number.isNaN(published) ? article.firstSeenAt : published,
      genre: 'news',
      score: 1,
      orgs: [],
      storyId: null,
      read: true,
      source: 'visit',
    });
    for (const [term] of fields.terms) df.set(term, (df.get(term) ?? 0) + 1);
  });
  await terms.bulkPut(shardCounts(df).put);
  await meta.put({ key: ARTICLE_COUNT, value: await articles.count() });
}
