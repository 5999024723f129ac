import type { ArchiveDb } from './db.ts';
import { type ArticleCapture, type ArticleRecord, siteKeyOf } from './article.ts';

export interface VisitResult {
  readonly article: ArticleRecord;
  /** Other archived articles from the same site, read before this visit. */
  readonly earlierFromSite: number;
}

/**
 * Records a visit to an article: a new record on the first visit, a read-count bump and fresh
 * metadata on a revisit. One read-write transaction, so tabs recording the same URL at once
 * neither duplicate the record nor lose a read.
 */
export async function recordVisit(
  db: ArchiveDb,
  capture: ArticleCapture,
  now: number,
): Promise<VisitResult> {
  const siteKey = siteKeyOf(capture.siteName);
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('url').equals(capture.url).first();
    let article: ArticleRecord;
    if (existing) {
      article = {
        ...existing,
        ...capture,
        siteKey,
        lastReadAt: now,
        readCount: existing.readCount + 1,
      };
      await db.articles.put(article);
    } else {
      const fresh = { ...capture, siteKey, firstSeenAt: now, lastReadAt: now, readCount: 1 };
      const id = await db.articles.add(fresh as ArticleRecord);
      article = { ...fresh, id: id as number };
    }
    return { article, earlierFromSite: await countEarlierFromSite(db, article) };
  });
}

/** Other archived articles of the same site that were first read before this one. */
export function countEarlierFromSite(db: ArchiveDb, article: ArticleRecord): Promise<number> {
  return db.articles
    .where('siteKey')
    .equals(article.siteKey)
    .filter((other) => other.id !== article.id && other.firstSeenAt <= article.firstSeenAt)
    .count();
}

/** Most recently read articles, newest first. */
export function recentArticles(db: ArchiveDb, limit: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastReadAt').reverse().limit(limit).toArray();
}

export interface ArchiveStats {
  readonly articles: number;
  readonly sites: number;
}

export async function archiveStats(db: ArchiveDb): Promise<ArchiveStats> {
  const articles = await db.articles.count();
  const sites = (await db.articles.orderBy('siteKey').uniqueKeys()).length;
  return { articles, sites };
}

export function findArticleByUrl(db: ArchiveDb, url: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('url').equals(url).first();
}
