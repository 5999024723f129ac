import { getOrg } from '../entities/registry.ts';
import type { CompanyPage, GenreMonth } from '../library/messages.ts';
import { bucketTimes } from '../related/timeline.ts';
import { bucketStart } from '../related/timeline.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import { listHighlights } from './highlight-query.ts';
import type { OrgRecord } from './org.ts';
import { articlesNaming } from './org-times.ts';

/** Articles listed on a company page, newest first. */
const LISTED = 100;
/** Co-mentioned companies shown. */
const RELATED = 12;

/** The org's months, oldest first, with empty months filled and counts per genre. */
export function genreMonths(
  articles: readonly Pick<ArticleRecord, 'time' | 'genre'>[],
): GenreMonth[] {
  const byMonth = new Map<number, Record<string, number>>();
  for (const a of articles) {
    const start = bucketStart(a.time, 'month');
    const counts = byMonth.get(start) ?? {};
    counts[a.genre] = (counts[a.genre] ?? 0) + 1;
    byMonth.set(start, counts);
  }
  return bucketTimes(
    articles.map((a) => a.time),
    'month',
  ).map(({ start, count }) => ({ start, count, byGenre: byMonth.get(start) ?? {} }));
}

/** A stored organisation, or a stand-in for a registry one the archive has not met. */
export async function orgOrStandIn(db: ArchiveDb, orgId: string): Promise<OrgRecord | null> {
  const stored = await db.orgs.get(orgId);
  if (stored) return stored;
  const entry = getOrg(orgId);
  return entry
    ? {
        id: entry.id,
        name: entry.name,
        status: 'confirmed',
        mergedInto: null,
        articleCount: 0,
        firstSeenAt: 0,
        lastSeenAt: 0,
      }
    : null;
}

/**
 * Everything the library's company page shows: coverage per month by genre, companies mentioned
 * alongside it, its newest articles and the reader's notes naming it.
 */
export async function companyPage(db: ArchiveDb, orgId: string): Promise<CompanyPage> {
  return db.transaction('r', [db.orgs, db.articles, db.highlights], async () => {
    const org = await orgOrStandIn(db, orgId);
    if (!org) throw new Error(`No company ${orgId} in the archive`);
    const articles = await articlesNaming(db, orgId).toArray();
    const co = new Map<string, number>();
    for (const a of articles) {
      for (const id of new Set(a.orgs.map((o) => o.id))) {
        if (id !== orgId) co.set(id, (co.get(id) ?? 0) + 1);
      }
    }
    const top = [...co].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, RELATED);
    const records = await db.orgs.bulkGet(top.map(([id]) => id));
    const related = top
      .map(([id, count], i) => ({ id, count, org: records[i] }))
      .filter(({ org }) => org?.status !== 'ignored')
      .map(({ id, count, org }) => ({ id, count, name: org?.name ?? getOrg(id)?.name ?? id }));
    const newest = [...articles].sort((a, b) => b.time - a.time).slice(0, LISTED);
    return {
      org,
      months: genreMonths(articles),
      related,
      articles: newest,
      notes: (await listHighlights(db, { orgId }, 200)).filter((h) => h.note.trim() !== ''),
    };
  });
}
