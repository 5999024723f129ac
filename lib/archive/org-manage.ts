import type { OrgAction } from '../library/messages.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import { orgOrStandIn } from './company-page.ts';
import type { OrgRecord } from './org.ts';
import { articlesNaming } from './org-times.ts';

type OrgRef = ArticleRecord['orgs'][number];

/** An article's organisations with `from` replaced by `into` (joined if both were there). */
export function replaceOrg(orgs: readonly OrgRef[], from: string, into: string | null): OrgRef[] {
  const moved = orgs.find((o) => o.id === from);
  const rest = orgs.filter((o) => o.id !== from);
  if (!moved || into === null) return rest;
  const existing = rest.find((o) => o.id === into);
  if (!existing) return orgs.map((o) => (o.id === from ? { ...o, id: into } : o));
  return rest.map((o) =>
    o.id === into
      ? { id: into, salience: Math.max(o.salience, moved.salience), about: o.about || moved.about }
      : o,
  );
}

/**
 * Moves every archived mention of `from` to `into` (null: drops them), keeping articles,
 * organisation counts and highlights consistent. Inside a read-write transaction.
 */
async function moveMentions(db: ArchiveDb, from: string, into: string | null): Promise<number> {
  const articles = await articlesNaming(db, from).toArray();
  let gained = 0;
  for (const article of articles) {
    if (into !== null && !article.orgs.some((o) => o.id === into)) gained += 1;
  }
  await db.articles.bulkPut(
    articles.map((article) => ({ ...article, orgs: replaceOrg(article.orgs, from, into) })),
  );
  await db.highlights
    .where('orgIds')
    .equals(from)
    .modify((h) => {
      const ids = h.orgIds.filter((id) => id !== from);
      h.orgIds = into === null || ids.includes(into) ? ids : [...ids, into];
    });
  return gained;
}

/**
 * Applies the reader's decision about a company: confirm, ignore (its mentions leave the
 * articles), follow or unfollow, rename, or merge into another company (its mentions become the
 * other's). One transaction: the archive is never half-changed.
 */
export async function applyOrgAction(
  db: ArchiveDb,
  orgId: string,
  change: OrgAction,
  now: number,
): Promise<OrgRecord> {
  return db.transaction('rw', [db.orgs, db.articles, db.highlights], async () => {
    const org = await orgOrStandIn(db, orgId);
    if (!org) throw new Error(`No company ${orgId} in the archive`);
    if (org.status === 'merged') throw new Error(`${org.name} was merged into another company`);
    let next: OrgRecord;
    switch (change.action) {
      case 'confirm':
        next = { ...org, status: 'confirmed' };
        break;
      case 'follow':
      case 'unfollow':
        next = { ...org, followed: change.action === 'follow', lastLookedAt: now };
        break;
      case 'rename':
        next = { ...org, name: change.name };
        break;
      case 'ignore':
        await moveMentions(db, orgId, null);
        next = { ...org, status: 'ignored', articleCount: 0, followed: false };
        break;
      case 'merge': {
        if (change.into === orgId) throw new Error('A company cannot be merged into itself');
        const target = await orgOrStandIn(db, change.into);
        if (!target || target.status === 'merged' || target.status === 'ignored') {
          throw new Error(`Cannot merge into ${change.into}: no such active company`);
        }
        const gained = await moveMentions(db, orgId, change.into);
        await db.orgs.put({
          ...target,
          articleCount: target.articleCount + gained,
          followed: target.followed || org.followed,
          firstSeenAt: Math.min(target.firstSeenAt || org.firstSeenAt, org.firstSeenAt),
          lastSeenAt: Math.max(target.lastSeenAt, org.lastSeenAt),
        });
        // Companies merged into this one before now point at the new target.
        await db.orgs
          .where('status')
          .equals('merged')
          .modify((o) => {
            if (o.mergedInto === orgId) o.mergedInto = change.into;
          });
        next = {
          ...org,
          status: 'merged',
          mergedInto: change.into,
          articleCount: 0,
          followed: false,
        };
        break;
      }
    }
    await db.orgs.put(next);
    return next;
  });
}
