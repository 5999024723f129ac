import Dexie from 'dexie';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import type { ArticleDraft } from './draft.ts';
import { ARTICLE_COUNT, type OrgRecord } from './org.ts';

type OrgNames = ArticleDraft['orgNames'];

/** Adds `delta` to the document frequency of each term (terms reaching 0 are removed). */
async function countTerms(db: ArchiveDb, terms: readonly string[], delta: number): Promise<void> {
  if (terms.length === 0) return;
  const stored = await db.terms.bulkGet([...terms]);
  const keep = [];
  const drop = [];
  for (const [i, term] of terms.entries()) {
    const df = (stored[i]?.df ?? 0) + delta;
    if (df > 0) keep.push({ term, df });
    else drop.push(term);
  }
  await db.terms.bulkPut(keep);
  if (drop.length) await db.terms.bulkDelete(drop);
}

/** Adds `delta` to the article counts of organisations, creating the ones seen for the first time. */
async function countOrgs(
  db: ArchiveDb,
  orgIds: readonly string[],
  delta: number,
  names: OrgNames,
  now: number,
): Promise<void> {
  if (orgIds.length === 0) return;
  const stored = await db.orgs.bulkGet([...orgIds]);
  const updated: OrgRecord[] = [];
  for (const [i, id] of orgIds.entries()) {
    const org = stored[i];
    const named = names.get(id);
    if (org) {
      updated.push({
        ...org,
        articleCount: Math.max(0, org.articleCount + delta),
        lastSeenAt: delta > 0 ? now : org.lastSeenAt,
      });
    } else if (delta > 0) {
      updated.push({
        id,
        name: named?.name ?? id,
        status: named?.discovered ? 'discovered' : 'confirmed',
        mergedInto: null,
        articleCount: delta,
        firstSeenAt: now,
        lastSeenAt: now,
      });
    }
  }
  await db.orgs.bulkPut(updated);
}

/** Writes an article's mentions, organisation counts and term frequencies (inside a transaction). */
export async function addIndexEntries(
  db: ArchiveDb,
  article: ArticleRecord,
  names: OrgNames,
  now: number,
): Promise<void> {
  await db.mentions.bulkPut(
    article.orgs.map((org) => ({
      articleId: article.id,
      orgId: org.id,
      time: article.time,
      salience: org.salience,
      about: org.about,
    })),
  );
  await countOrgs(
    db,
    article.orgs.map((org) => org.id),
    1,
    names,
    now,
  );
  await countTerms(
    db,
    article.terms.map(([term]) => term),
    1,
  );
}

/** Removes what `addIndexEntries` wrote for this version of the article. */
export async function removeIndexEntries(db: ArchiveDb, article: ArticleRecord, now: number) {
  await db.mentions
    .where('[articleId+orgId]')
    .between([article.id, Dexie.minKey], [article.id, Dexie.maxKey])
    .delete();
  await countOrgs(
    db,
    article.orgs.map((org) => org.id),
    -1,
    new Map(),
    now,
  );
  await countTerms(
    db,
    article.terms.map(([term]) => term),
    -1,
  );
}

/** Adds `delta` to the archived-article counter. */
export async function countArticles(db: ArchiveDb, delta: number): Promise<void> {
  const stored = await db.meta.get(ARTICLE_COUNT);
  await db.meta.put({ key: ARTICLE_COUNT, value: Math.max(0, (stored?.value ?? 0) + delta) });
}
