import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import type { ArticleDraft } from './draft.ts';
import { ARTICLE_COUNT, type OrgRecord } from './org.ts';
import { addTermCounts } from './term-counts.ts';

type OrgNames = ArticleDraft['orgNames'];

/**
 * Reading a record costs a round trip (some 55 µs in Chromium); reading the whole table costs one
 * plus a few µs per record. A batch that touches at least this share of the organisations reads
 * them all at once.
 */
const READ_ALL_ORGS_SHARE = 1 / 8;
/** Up to this many organisations are read one by one whatever the table's size. */
const READ_ONE_BY_ONE_UP_TO = 64;

/** Stored organisations by id, as read in one transaction (undefined: not stored yet). */
export type StoredOrgs = ReadonlyMap<string, OrgRecord | undefined>;

/** The stored organisations with these ids. */
export async function readOrgs(db: ArchiveDb, ids: Iterable<string>): Promise<StoredOrgs> {
  const unique = [...new Set(ids)];
  if (
    unique.length > READ_ONE_BY_ONE_UP_TO &&
    unique.length >= (await db.orgs.count()) * READ_ALL_ORGS_SHARE
  ) {
    const all = new Map((await db.orgs.toArray()).map((org) => [org.id, org]));
    return new Map(unique.map((id) => [id, all.get(id)]));
  }
  const records = await db.orgs.bulkGet(unique);
  return new Map(unique.map((id, i) => [id, records[i]]));
}

/**
 * Adds counts to the article counts of organisations, creating the ones seen for the first time
 * (with their display names) and never going below zero. `known`: organisations read earlier in
 * the same transaction, which are not read again.
 */
export async function countOrgs(
  db: ArchiveDb,
  counts: ReadonlyMap<string, number>,
  names: OrgNames,
  now: number,
  known: StoredOrgs = new Map(),
): Promise<void> {
  if (counts.size === 0) return;
  const ids = [...counts.keys()];
  const read = await readOrgs(
    db,
    ids.filter((id) => !known.has(id)),
  );
  const updated: OrgRecord[] = [];
  for (const id of ids) {
    const org = known.has(id) ? known.get(id) : read.get(id);
    const delta = counts.get(id) ?? 0;
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

/** Each organisation's and each term's number of these articles, times `sign`. */
export function countsOf(
  articles: readonly Pick<ArticleRecord, 'orgs' | 'terms'>[],
  sign: 1 | -1,
): { orgs: Map<string, number>; terms: Map<string, number> } {
  const orgs = new Map<string, number>();
  const terms = new Map<string, number>();
  for (const article of articles) {
    for (const id of new Set(article.orgs.map((org) => org.id))) {
      orgs.set(id, (orgs.get(id) ?? 0) + sign);
    }
    for (const [term] of article.terms) terms.set(term, (terms.get(term) ?? 0) + sign);
  }
  return { orgs, terms };
}

/**
 * Counts an article's organisations and terms (inside a transaction). `known`: its organisations
 * as read earlier in the same transaction, when nothing has changed them since.
 */
export async function addIndexEntries(
  db: ArchiveDb,
  article: ArticleRecord,
  names: OrgNames,
  now: number,
  known?: StoredOrgs,
): Promise<void> {
  const counts = countsOf([article], 1);
  await countOrgs(db, counts.orgs, names, now, known);
  await addTermCounts(db, counts.terms);
}

/** Removes what `addIndexEntries` wrote for this version of the article. */
export async function removeIndexEntries(db: ArchiveDb, article: ArticleRecord, now: number) {
  const counts = countsOf([article], -1);
  await countOrgs(db, counts.orgs, new Map(), now);
  await addTermCounts(db, counts.terms);
}

/** Adds `delta` to the archived-article counter. */
export async function countArticles(db: ArchiveDb, delta: number): Promise<void> {
  const stored = await db.meta.get(ARTICLE_COUNT);
  await db.meta.put({ key: ARTICLE_COUNT, value: Math.max(0, (stored?.value ?? 0) + delta) });
}
