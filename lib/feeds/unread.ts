/**
 * "Since you last looked": per followed company, the unread feed items that arrived after the
 * reader last looked at the company (`orgs.lastLookedAt`, set by "mark as read") or last read an
 * article about it, whichever is later. Read from the company's newest articles, bounded.
 */
import type { ArchiveDb } from '../archive/db.ts';
import type { OrgRecord } from '../archive/org.ts';
import { articlesNaming } from '../archive/org-times.ts';

/** Newest articles read per company; older unread items than these are not counted. */
const MAX_SCANNED = 500;

async function unreadSinceLastLook(db: ArchiveDb, org: OrgRecord): Promise<number> {
  const articles = await articlesNaming(db, org.id).reverse().limit(MAX_SCANNED).toArray();
  const lastRead = Math.max(0, ...articles.filter((a) => a.read).map((a) => a.lastReadAt));
  const since = Math.max(org.lastLookedAt ?? 0, lastRead);
  return articles.filter((a) => !a.read && a.source === 'feed' && a.firstSeenAt > since).length;
}

/** Counts for several companies (the chips of one page); companies not followed count 0. */
export async function unreadCounts(
  db: ArchiveDb,
  orgIds: readonly string[],
): Promise<{ counts: Record<string, number>; followed: string[] }> {
  const ids = [...new Set(orgIds)];
  const followed = (await db.orgs.bulkGet(ids)).filter((o): o is OrgRecord => !!o?.followed);
  const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  await Promise.all(
    followed.map(async (org) => {
      counts[org.id] = await unreadSinceLastLook(db, org);
    }),
  );
  return { counts, followed: followed.map((org) => org.id) };
}

/**
 * Follows or stops following a company. Following starts its count from now; a company the
 * archive has not met yet is added (confirmed when the registry knows it).
 */
export async function followOrg(
  db: ArchiveDb,
  orgId: string,
  name: string,
  followed: boolean,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.orgs, async () => {
    const org = await db.orgs.get(orgId);
    if (org) {
      await db.orgs.update(orgId, { followed, lastLookedAt: followed ? now : org.lastLookedAt });
      return;
    }
    if (!followed) return;
    await db.orgs.add({
      id: orgId,
      name: name.slice(0, 300),
      status: orgId.startsWith('d:') ? 'discovered' : 'confirmed',
      mergedInto: null,
      articleCount: 0,
      firstSeenAt: now,
      lastSeenAt: now,
      followed: true,
      lastLookedAt: now,
    });
  });
}

/** "Mark as read": the company's count starts again from now. */
export async function markOrgLooked(db: ArchiveDb, orgId: string, now: number): Promise<void> {
  await db.orgs.update(orgId, { lastLookedAt: now });
}
