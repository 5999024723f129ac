import { bucketTimes, type TimelineBucket, type TimelineUnit } from '../related/timeline.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import { articlesNaming, type OrgTime } from './org-times.ts';

export interface OrgTimeline {
  readonly orgId: string;
  readonly buckets: readonly TimelineBucket[];
  /** The newest articles about or mentioning it. */
  readonly articles: readonly ArticleRecord[];
}

/**
 * An organisation's coverage over time, from the `orgTimes` index alone (keys, not records), and
 * its newest `limit` articles.
 */
export async function orgTimeline(
  db: ArchiveDb,
  orgId: string,
  unit: TimelineUnit,
  limit: number,
): Promise<OrgTimeline> {
  return db.transaction('r', [db.articles], async () => {
    const keys = (await articlesNaming(db, orgId).keys()) as unknown as OrgTime[];
    return {
      orgId,
      buckets: bucketTimes(
        keys.map(([, time]) => time),
        unit,
      ),
      articles: await articlesNaming(db, orgId).reverse().limit(limit).toArray(),
    };
  });
}
