import { findStory, isNearDuplicate } from '../related/cluster.ts';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import { type ArticleDraft, neighbourBandsOf } from './draft.ts';
import { addIndexEntries, countArticles, readOrgs, removeIndexEntries } from './index-entries.ts';
import { toIndexed } from './indexed.ts';
import { applyOrgDecisions, orgDecisions } from './org-decisions.ts';
import { articlesNaming } from './org-times.ts';

export interface VisitResult {
  readonly article: ArticleRecord;
  /** Other archived articles from the same site, read before this visit. */
  readonly earlierFromSite: number;
}

const DAY = 86_400_000;
/** Candidates read when looking for the story a new article belongs to. */
const STORY_CANDIDATES = 60;
/** Articles read whose SimHash band is one bit from the new article's (most are no copies). */
const NEAR_BAND_CANDIDATES = 400;

/** The tables a recording transaction writes. */
export const RECORD_TABLES = ['articles', 'articleTexts', 'orgs', 'terms', 'meta'] as const;

/**
 * Near-duplicates (a SimHash band shared, or one bit away: every copy within the near-duplicate
 * distance) and same-event articles (main organisation, ±3 days).
 */
async function storyOf(db: ArchiveDb, draft: ArticleDraft, id: number): Promise<number | null> {
  const sameBand = await db.articles
    .where('simBands')
    .anyOf(draft.simBands)
    .limit(STORY_CANDIDATES)
    .toArray();
  const nearBand = await db.articles
    .where('simBands')
    .anyOf(neighbourBandsOf(draft.simBands))
    .limit(NEAR_BAND_CANDIDATES)
    .toArray();
  const seen = new Set(sameBand.map((a) => a.id));
  const copies = [
    ...sameBand,
    ...nearBand.filter((a) => !seen.has(a.id) && isNearDuplicate(a.simhash, draft.simhash)),
  ];
  // Upgrade tests seed archives of versions before v6 (no `orgTimes`) through this same code.
  const main = db.articles.schema.idxByName.orgTimes
    ? draft.orgs.filter((org) => org.about).slice(0, 2)
    : [];
  const sameDays = await Promise.all(
    main.map((org) =>
      articlesNaming(db, org.id, draft.time - 3 * DAY, draft.time + 3 * DAY)
        .limit(STORY_CANDIDATES)
        .primaryKeys(),
    ),
  );
  const eventIds = [...new Set(sameDays.flat())];
  const events = (await db.articles.bulkGet(eventIds)).filter((a): a is ArticleRecord => !!a);
  const existing = [...copies, ...events].map((a) => ({
    article: toIndexed(a),
    fingerprint: a.simhash,
  }));
  const added = {
    article: toIndexed({ ...draft, id, firstSeenAt: 0, lastReadAt: 0, readCount: 0 }),
    fingerprint: draft.simhash,
  };
  return findStory(added, existing);
}

/**
 * Summaries archived before their original (v5 `summaryOf`) join the original's story: the story
 * found for the original, else a new one named after the original.
 */
async function storyWithSummaries(
  db: ArchiveDb,
  id: number,
  urlKeys: readonly string[],
  storyId: number | null,
): Promise<number | null> {
  // Upgrade tests seed archives of versions before v5 through this same code.
  if (!db.articles.schema.idxByName.summaryOf) return storyId;
  const summaries = await db.articles
    .where('summaryOf')
    .anyOf([...urlKeys])
    .filter((a) => a.id !== id)
    .toArray();
  if (summaries.length === 0) return storyId;
  const story = storyId ?? id;
  await db.articles.bulkUpdate(summaries.map((s) => ({ key: s.id, changes: { storyId: story } })));
  return story;
}

/**
 * Records an article: a new record on the first visit (indexed, and joined to its story when a
 * copy or another outlet's report of the same event is archived), a read-count bump and fresh
 * metadata on a revisit of any of its URL variants. One read-write transaction, so tabs recording
 * at once neither duplicate a record nor lose a read.
 */
export async function recordArticle(
  db: ArchiveDb,
  draft: ArticleDraft,
  now: number,
): Promise<VisitResult> {
  const { text, orgNames, ...given } = draft;
  const article = await db.transaction('rw', [...RECORD_TABLES], async () => {
    // Companies the reader ignored or merged in the library stay so in new articles.
    const knownOrgs = await readOrgs(
      db,
      given.orgs.map((o) => o.id),
    );
    const decisions = orgDecisions(knownOrgs);
    const fields = { ...given, orgs: applyOrgDecisions(given.orgs, decisions) };
    draft = { ...draft, orgs: fields.orgs };
    const existing = await db.articles.where('urlKeys').anyOf(fields.urlKeys).first();
    if (existing) {
      const read = fields.source !== 'feed';
      const updated: ArticleRecord = {
        ...existing,
        ...fields,
        url: existing.url,
        storyId: existing.storyId,
        urlKeys: [...new Set([...existing.urlKeys, ...fields.urlKeys])].slice(0, 10),
        source: existing.source,
        read: existing.read || read,
        lastReadAt: read ? now : existing.lastReadAt,
        readCount: existing.readCount + (read ? 1 : 0),
      };
      await removeIndexEntries(db, existing, now);
      await db.articles.put(updated);
      await addIndexEntries(db, updated, orgNames, now);
      if (text) await db.articleTexts.put({ id: existing.id, text });
      return updated;
    }
    const read = fields.read;
    const fresh = {
      ...fields,
      firstSeenAt: now,
      lastReadAt: read ? now : 0,
      readCount: read ? 1 : 0,
    };
    const id = (await db.articles.add(fresh as ArticleRecord)) as number;
    const storyId = await storyWithSummaries(db, id, fields.urlKeys, await storyOf(db, draft, id));
    const stored: ArticleRecord = { ...fresh, id, storyId };
    if (storyId !== null) {
      await db.articles.update(id, { storyId });
      await db.articles
        .where('id')
        .equals(storyId)
        .modify((a) => {
          a.storyId ??= storyId;
        });
    }
    await db.articleTexts.put({ id, text });
    // Nothing changed the organisations since they were read: counted without reading again.
    await addIndexEntries(db, stored, orgNames, now, knownOrgs);
    await countArticles(db, 1);
    return stored;
  });
  return { article, earlierFromSite: await countEarlierFromSite(db, article) };
}

/** Other archived articles of the same site that were first read before this one. */
export function countEarlierFromSite(db: ArchiveDb, article: ArticleRecord): Promise<number> {
  return db.articles
    .where('siteKey')
    .equals(article.siteKey)
    .filter((other) => other.id !== article.id && other.firstSeenAt <= article.firstSeenAt)
    .count();
}

/** Most recently read articles, newest first. */
export function recentArticles(db: ArchiveDb, limit: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastReadAt').reverse().limit(limit).toArray();
}

export interface ArchiveStats {
  readonly articles: number;
  readonly sites: number;
}

export async function archiveStats(db: ArchiveDb): Promise<ArchiveStats> {
  const articles = await db.articles.count();
  const sites = (await db.articles.orderBy('siteKey').uniqueKeys()).length;
  return { articles, sites };
}

export function findArticleByUrl(db: ArchiveDb, url: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('url').equals(url).first();
}
