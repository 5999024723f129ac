import type { Table } from 'dexie';

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
