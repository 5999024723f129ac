import type { ArticleRecord } from '../archive/article.ts';
import type { ArchiveDb } from '../archive/db.ts';
import type { FeedRecord } from '../archive/feed.ts';
import type { HighlightRecord } from '../archive/highlight.ts';
import { countArticles, countsOf } from '../archive/index-entries.ts';
import type { OrgRecord } from '../archive/org.ts';
import { addTermCounts } from '../archive/term-counts.ts';
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
export async function importBackup(db: ArchiveDb, tables: BackupTables): Promise<ImportSummary> {
  return db.transaction('rw', db.tables, async () => {
    const added: Record<string, number> = { articles: 0, orgs: 0, highlights: 0, feeds: 0 };
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
    // Story ids point at articles: follow the id map, drop links to articles not imported.
    const freshList = [...fresh.values()].map((a) =>
      a.storyId === null ? a : { ...a, storyId: idMap.get(a.storyId) ?? null },
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
    return { added, merged };
  });
}
