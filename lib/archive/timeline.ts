import Dexie from 'dexie';
import { bucketTimes, type TimelineBucket, type TimelineUnit } from '../related/timeline.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';

export interface OrgTimeline {
  readonly orgId: string;
  readonly buckets: readonly TimelineBucket[];
  /** The newest articles about or mentioning it. */
  readonly articles: readonly ArticleRecord[];
}

/**
 * An organisation's coverage over time, from the mentions index alone (keys, not records), and
 * its newest `limit` articles.
 */
export async function orgTimeline(
  db: ArchiveDb,
  orgId: string,
  unit: TimelineUnit,
  limit: number,
): Promise<OrgTimeline> {
  return db.transaction('r', [db.mentions, db.articles], async () => {
    const range = db.mentions
      .where('[orgId+time]')
      .between([orgId, Dexie.minKey], [orgId, Dexie.maxKey]);
    const keys = (await range.keys()) as unknown as [string, number][];
    const newest = await range.clone().reverse().limit(limit).primaryKeys();
    const articles = await db.articles.bulkGet(newest.map(([articleId]) => articleId));
    return {
      orgId,
      buckets: bucketTimes(
        keys.map(([, time]) => time),
        unit,
      ),
      articles: articles.filter((a): a is ArticleRecord => a !== undefined),
    };
  });
}
