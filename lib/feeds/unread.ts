/**
 * "Since you last looked": per followed company, the unread feed items that arrived after the
 * reader last looked at the company (`orgs.lastLookedAt`, set by "mark as read") or last read an
 * article about it, whichever is later. Read from the company's newest mentions, bounded.
 */
import Dexie from 'dexie';
import type { ArticleRecord } from '../archive/article.ts';
import type { ArchiveDb } from '../archive/db.ts';

/** Newest mentions read per company; older unread items than these are not counted. */
const MAX_SCANNED = 500;

export async function unreadSinceLastLook(db: ArchiveDb, orgId: string): Promise<number> {
  const org = await db.orgs.get(orgId);
  if (!org?.followed) return 0;
  const newest = await db.mentions
    .where('[orgId+time]')
    .between([orgId, Dexie.minKey], [orgId, Dexie.maxKey])
    .reverse()
    .limit(MAX_SCANNED)
    .primaryKeys();
  const articles = (await db.articles.bulkGet(newest.map(([articleId]) => articleId))).filter(
    (a): a is ArticleRecord => a !== undefined,
  );
  const lastRead = Math.max(0, ...articles.filter((a) => a.read).map((a) => a.lastReadAt));
  const since = Math.max(org.lastLookedAt ?? 0, lastRead);
  return articles.filter((a) => !a.read && a.source === 'feed' && a.firstSeenAt > since).length;
}

/** Counts for several companies (the chips of one page); companies not followed count 0. */
export async function unreadCounts(
  db: ArchiveDb,
  orgIds: readonly string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const id of new Set(orgIds)) counts[id] = await unreadSinceLastLook(db, id);
  return counts;
}

/** "Mark as read": the company's count starts again from now. */
export async function markOrgLooked(db: ArchiveDb, orgId: string, now: number): Promise<void> {
  await db.orgs.update(orgId, { lastLookedAt: now });
}
