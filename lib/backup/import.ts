import type { ArticleRecord } from '../archive/article.ts';
import type { CorrectionRecord } from '../archive/correction.ts';
import type { ArchiveDb } from '../archive/db.ts';
import type { FeedRecord } from '../archive/feed.ts';
import type { HighlightRecord } from '../archive/highlight.ts';
import { countArticles, countsOf } from '../archive/index-entries.ts';
import type { OrgRecord } from '../archive/org.ts';
import { addTermCounts } from '../archive/term-counts.ts';
import { forgetArticle } from '../archive/forget.ts';
import type { BackupTables } from './format.ts';

export interface ImportSummary {
  /** New records per table. */
  readonly added: Record<string, number>;
  /** Imported articles merged into archived ones with the same canonical URL (a URL variant). */
  readonly merged: number;
}

/** Merges a backup's record of an article into the archived one (same page). */
function mergeArticle(
  stored: ArticleRecord,
  incoming: ArticleRecord,
  feedIds: number[],
): ArticleRecord {
  return {
    ...stored,
    urlKeys: [...new Set([...stored.urlKeys, ...incoming.urlKeys])].slice(0, 10),
    read: stored.read || incoming.read,
    readCount: Math.max(stored.readCount, incoming.readCount),
    firstSeenAt: Math.min(stored.firstSeenAt, incoming.firstSeenAt),
    lastReadAt: Math.max(stored.lastReadAt, incoming.lastReadAt),
    ...(stored.feedIds || feedIds.length
      ? { feedIds: [...new Set([...(stored.feedIds ?? []), ...feedIds])].slice(0, 50) }
      : {}),
  };
}

/**
 * Adds a validated backup to the archive in ONE read-write transaction over every table: any
 * failure rolls everything back. Articles whose URL keys are archived already merge into the
 * archived record; others keep their ids when free. Organisation counts, term counts
 * and the article counter are recomputed from the articles, never copied.
 */
export async function importBackup(
  db: ArchiveDb,
  tables: BackupTables,
  now = Date.now(),
): Promise<ImportSummary> {
  return db.transaction('rw', db.tables, async () => {
    const added: Record<string, number> = {
      articles: 0,
      orgs: 0,
      highlights: 0,
      feeds: 0,
      corrections: 0,
    };
    // Feeds: by URL.
    const feedIdMap = new Map<number, number>();
    for (const feed of tables.feeds) {
      const stored = await db.feeds.where('url').equals(feed.url).first();
      if (stored) feedIdMap.set(feed.id, stored.id);
      else {
        const taken = await db.feeds.get(feed.id);
        const { id: _id, ...rest } = feed;
        const id = taken
          ? ((await db.feeds.add(rest as FeedRecord)) as number)
          : ((await db.feeds.add(feed)) as number);
        feedIdMap.set(feed.id, id);
        added.feeds = (added.feeds ?? 0) + 1;
      }
    }
    const mapFeeds = (ids: readonly number[] | undefined) =>
      (ids ?? []).flatMap((id) => (feedIdMap.has(id) ? [feedIdMap.get(id) as number] : []));

    // Articles: merge by URL key, else insert, keeping the id when free (new ids past every
    // id in use). Written in bulk: one request per table, not one per record.
    const idMap = new Map<number, number>();
    const originalOf = new Map<number, number>();
    const texts = new Map(tables.articleTexts.map((t) => [t.id, t.text]));
    const fresh = new Map<number, ArticleRecord>();
    const changed = new Map<number, ArticleRecord>();
    let merged = 0;
    const byKey = new Map<string, ArticleRecord>();
    const incomingKeys = tables.articles.flatMap((a) => a.urlKeys);
    for (const a of await db.articles.where('urlKeys').anyOf(incomingKeys).toArray()) {
      for (const key of a.urlKeys) byKey.set(key, a);
    }
    const sorted = [...tables.articles].sort((a, b) => a.id - b.id);
    const taken = new Set(
      (await db.articles.bulkGet(sorted.map((a) => a.id))).flatMap((a) => (a ? [a.id] : [])),
    );
    const lastId = ((await db.articles.orderBy(':id').lastKey()) as number | undefined) ?? 0;
    let nextId = Math.max(lastId, sorted.at(-1)?.id ?? 0) + 1;
    for (const incoming of sorted) {
      const stored = incoming.urlKeys.map((k) => byKey.get(k)).find((a) => a !== undefined);
      if (stored) {
        const updated = mergeArticle(stored, incoming, mapFeeds(incoming.feedIds));
        (fresh.has(stored.id) ? fresh : changed).set(stored.id, updated);
        for (const key of updated.urlKeys) byKey.set(key, updated);
        idMap.set(incoming.id, stored.id);
        merged += 1;
        continue;
      }
      const id = taken.has(incoming.id) ? nextId++ : incoming.id;
      taken.add(id);
      const { feedIds: _f, ...rest } = incoming;
      const record = {
        ...rest,
        id,
        ...(incoming.feedIds ? { feedIds: mapFeeds(incoming.feedIds) } : {}),
      } as ArticleRecord;
      idMap.set(incoming.id, id);
      originalOf.set(id, incoming.id);
      fresh.set(id, record);
      for (const key of record.urlKeys) byKey.set(key, record);
    }
    // Story ids point at articles: follow the id map. A story whose first article is not in the
    // backup (forgotten, or removed by a correction that keeps it) keeps its id while no record
    // here has it, so that its articles stay one story and the first comes back to it on undo;
    // else its first imported article names it.
    const storyIds = new Map<number, number>();
    for (const a of sorted) {
      if (a.storyId === null || idMap.has(a.storyId) || storyIds.has(a.storyId)) continue;
      storyIds.set(a.storyId, taken.has(a.storyId) ? (idMap.get(a.id) ?? a.storyId) : a.storyId);
    }
    const freshList = [...fresh.values()].map((a) =>
      a.storyId === null
        ? a
        : { ...a, storyId: idMap.get(a.storyId) ?? storyIds.get(a.storyId) ?? null },
    );
    await db.articles.bulkAdd(freshList);
    await db.articles.bulkPut([...changed.values()]);
    await db.articleTexts.bulkPut(
      freshList.flatMap((a) => {
        const original = originalOf.get(a.id);
        const text = original === undefined ? undefined : texts.get(original);
        return text === undefined ? [] : [{ id: a.id, text }];
      }),
    );
    added.articles = freshList.length;

    // Organisations: the archived record wins, the reader's follow survives; counts recomputed.
    const counts = countsOf(freshList, 1);
    const incomingOrgs = new Map(tables.orgs.map((o) => [o.id, o]));
    const ids = [...new Set([...incomingOrgs.keys(), ...counts.orgs.keys()])];
    const storedOrgs = await db.orgs.bulkGet(ids);
    const puts: OrgRecord[] = [];
    for (const [i, id] of ids.entries()) {
      const stored = storedOrgs[i];
      const incoming = incomingOrgs.get(id);
      const delta = counts.orgs.get(id) ?? 0;
      if (stored) {
        if (delta === 0 && !(incoming?.followed && !stored.followed)) continue;
        puts.push({
          ...stored,
          articleCount: stored.articleCount + delta,
          followed: stored.followed || incoming?.followed,
        });
      } else {
        added.orgs = (added.orgs ?? 0) + 1;
        puts.push(
          incoming
            ? { ...incoming, articleCount: incoming.status === 'merged' ? 0 : delta }
            : {
                id,
                name: id.replace(/^d:/, ''),
                status: id.startsWith('d:') ? 'discovered' : 'confirmed',
                mergedInto: null,
                articleCount: delta,
                firstSeenAt: 0,
                lastSeenAt: 0,
              },
        );
      }
    }
    await db.orgs.bulkPut(puts);
    await addTermCounts(db, counts.terms);
    await countArticles(db, freshList.length);

    // Highlights: by id, the newer version wins; article links follow the id map.
    const storedHighlights = await db.highlights.bulkGet(tables.highlights.map((h) => h.id));
    const highlightPuts: HighlightRecord[] = [];
    for (const [i, h] of tables.highlights.entries()) {
      const stored = storedHighlights[i];
      if (stored && stored.updatedAt >= h.updatedAt) continue;
      if (!stored) added.highlights = (added.highlights ?? 0) + 1;
      highlightPuts.push({
        ...h,
        articleId: h.articleId === null ? null : (idMap.get(h.articleId) ?? null),
      });
    }
    await db.highlights.bulkPut(highlightPuts);

    added.corrections = await importCorrections(db, tables.corrections, idMap, now);
    return { added, merged };
  });
}

/**
 * The reader's corrections, inside the import's transaction: one per page, the newer of the
 * archive's and the backup's standing; article links follow the id map. Then the archive follows
 * every "not an AI-industry article": an article of such a page leaves the archive and is kept in
 * the correction (undo puts it back), as when the reader made it.
 */
async function importCorrections(
  db: ArchiveDb,
  incoming: readonly CorrectionRecord[],
  idMap: ReadonlyMap<number, number>,
  now: number,
): Promise<number> {
  let added = 0;
  const stored = await db.corrections.toArray();
  for (const correction of [...incoming].sort((a, b) => a.createdAt - b.createdAt)) {
    const keys = new Set(correction.urlKeys);
    const samePage = stored.filter((c) => c.urlKeys.some((key) => keys.has(key)));
    if (samePage.some((c) => c.createdAt >= correction.createdAt)) continue;
    await db.corrections.bulkDelete(samePage.map((c) => c.id));
    const { id, ...rest } = correction;
    const record = {
      ...rest,
      addedArticleId:
        correction.addedArticleId === null ? null : (idMap.get(correction.addedArticleId) ?? null),
    };
    const free = (await db.corrections.get(id)) === undefined;
    const newId = (await db.corrections.add(
      (free ? { ...record, id } : record) as CorrectionRecord,
    )) as number;
    stored.splice(0, stored.length, ...stored.filter((c) => !samePage.includes(c)));
    stored.push({ ...record, id: newId });
    added += 1;
  }
  for (const correction of stored.filter((c) => c.verdict === 'not-ai')) {
    const article = await db.articles.where('urlKeys').anyOf(correction.urlKeys).first();
    if (!article) continue;
    const text = (await db.articleTexts.get(article.id))?.text ?? '';
    await forgetArticle(db, article.id, now);
    const { orgTimes: _derived, ...kept } = article;
    const previous = correction.removed;
    if (!previous || previous.article.lastReadAt < article.lastReadAt) {
      await db.corrections.update(correction.id, { removed: { article: kept, text } });
    }
  }
  return added;
}
