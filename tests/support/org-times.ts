import type { Table } from 'dexie';
import type { ArchiveDb } from '../../lib/archive/db.ts';

/** Every entry of an `[orgId, time]` index as `primaryKey|orgId|time`, sorted. */
async function entriesOf(table: Table, index: string): Promise<string[]> {
  const entries: string[] = [];
  await table.orderBy(index).eachKey((key, cursor) => {
    const [orgId, time] = key as unknown as [string, number];
    entries.push(`${cursor.primaryKey}|${orgId}|${time}`);
  });
  return entries.sort();
}

/** Every `orgTimes` index entry as `articleId|orgId|time`, sorted. */
export const orgTimeEntries = (db: ArchiveDb) => entriesOf(db.articles, 'orgTimes');

/** Every `noteOrgTimes` index entry as `highlightId|orgId|time`, sorted. */
export const noteEntries = (db: ArchiveDb) => entriesOf(db.highlights, 'noteOrgTimes');

interface LegacyMention {
  articleId: number;
  orgId: string;
  time: number;
}

/**
 * Versions 3 to 5 kept a `mentions` record per article × organisation, which v6 replaced with the
 * `orgTimes` index. An archive generated at one of those versions by today's code gets them here,
 * as the code of its time wrote them.
 */
export async function writeLegacyMentions(db: ArchiveDb): Promise<void> {
  const mentions = db.table<LegacyMention>('mentions');
  await mentions.clear();
  await mentions.bulkPut(
    (await db.articles.toArray()).flatMap((a) =>
      a.orgs.map((o) => ({
        articleId: a.id,
        orgId: o.id,
        time: a.time,
        salience: o.salience,
        about: o.about,
      })),
    ),
  );
}

/** The article × organisation entries of an archive of any version from 3 on, sorted. */
export async function mentionEntries(db: ArchiveDb): Promise<string[]> {
  if (db.articles.schema.idxByName.orgTimes) return orgTimeEntries(db);
  return (await db.table<LegacyMention>('mentions').toArray())
    .map((m) => `${m.articleId}|${m.orgId}|${m.time}`)
    .sort();
}
