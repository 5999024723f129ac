import type { HistoryFilter } from '../library/messages.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import { articlesNaming } from './org-times.ts';

function matches(a: ArticleRecord, f: HistoryFilter): boolean {
  return (
    (!f.genre || a.genre === f.genre) &&
    (!f.site || a.siteKey === f.site) &&
    (f.from === undefined || a.time >= f.from) &&
    (f.to === undefined || a.time <= f.to) &&
    (!f.read || a.read === (f.read === 'read')) &&
    (!f.source || (a.source === 'feed') === (f.source === 'feed'))
  );
}

/**
 * Reading history, most recently read first (unread feed items by publication time), filtered
 * by company, genre, outlet, date range, read state and source. A company narrows the scan to
 * its articles (`orgTimes`); otherwise every article is read.
 */
export async function readingHistory(
  db: ArchiveDb,
  filter: HistoryFilter,
  limit: number,
): Promise<{ articles: ArticleRecord[]; total: number; sites: string[] }> {
  return db.transaction('r', [db.articles], async () => {
    const pool = filter.orgId
      ? await articlesNaming(db, filter.orgId).toArray()
      : await db.articles.toArray();
    const kept = pool
      .filter((a) => matches(a, filter))
      .sort((a, b) => (b.lastReadAt || b.time) - (a.lastReadAt || a.time));
    const sites = (await db.articles.orderBy('siteKey').uniqueKeys()) as string[];
    return { articles: kept.slice(0, limit), total: kept.length, sites };
  });
}
