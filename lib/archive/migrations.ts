import Dexie, { type Table, type Transaction } from 'dexie';
import { indexFields, urlKeysOf } from './draft.ts';
import { ARTICLE_COUNT } from './org.ts';
import { shardCounts, type TermShard } from './term-counts.ts';

interface V1Article {
  firstSeenAt: number;
  lastReadAt?: number;
  readCount?: number;
}

/**
 * v1 → v2: version 1 recorded a visit without counting reads. Every v1 record was read at least
 * once, when it was first seen, so that is what the backfill says.
 */
export async function backfillReadCount(articles: Table<V1Article>): Promise<void> {
  await articles.toCollection().modify((article) => {
    article.lastReadAt ??= article.firstSeenAt;
    article.readCount ??= 1;
  });
}

interface V2Article {
  url: string;
  title: string;
  excerpt: string | null;
  publishedAt: string | null;
  firstSeenAt: number;
  [field: string]: unknown;
}

/**
 * v2 → v3: index fields for the related-coverage engine. v2 kept no article text and no
 * companies, so the terms come from the title and excerpt, and the companies stay empty until the
 * reader revisits the page (a revisit re-indexes the record).
 */
export async function indexForRelated(
  articles: Table<V2Article>,
  terms: Table<TermShard>,
  meta: Table<{ key: string; value: number }>,
): Promise<void> {
  const df = new Map<string, number>();
  await articles.toCollection().modify((article) => {
    const published = article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN;
    const fields = indexFields(article.title, article.excerpt ?? '');
    Object.assign(article, fields, {
      urlKeys: urlKeysOf([article.url]),
      time: Number.isNaN(published) ? article.firstSeenAt : published,
      genre: 'news',
      score: 1,
      orgs: [],
      storyId: null,
      read: true,
      source: 'visit',
    });
    for (const [term] of fields.terms) df.set(term, (df.get(term) ?? 0) + 1);
  });
  await terms.bulkPut(shardCounts(df).put);
  await meta.put({ key: ARTICLE_COUNT, value: await articles.count() });
}

interface V3Article {
  id: number;
  url: string;
  urlKeys: string[];
  time: number;
  orgs: { id: string; salience: number; about: boolean }[];
  terms: [string, number][];
  storyId: number | null;
  read: boolean;
  source: string;
  firstSeenAt: number;
  lastReadAt: number;
  readCount: number;
}

/** Groups of records that share a URL identity key (union-find over their keys). */
function sharedKeyGroups(articles: readonly V3Article[]): V3Article[][] {
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const byKey = new Map<string, number>();
  for (const article of articles) {
    parent.set(article.id, article.id);
    for (const key of article.urlKeys) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, article.id);
      else parent.set(find(article.id), find(other));
    }
  }
  const groups = new Map<number, V3Article[]>();
  for (const article of articles) {
    const root = find(article.id);
    groups.set(root, [...(groups.get(root) ?? []), article]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * v3 → v4: versions 1 and 2 keyed records by their exact URL, so a page read under two variants
 * (http and https, a tracking parameter) became two records, which v3 indexed under the same
 * identity key. Each such group becomes one record: the oldest id and URL, the newest content,
 * every read counted, every URL key kept; mentions, organisation and term counts, texts, story
 * links and the article counter follow. Written against the v4 layout, so it never changes.
 */
export async function mergeUrlVariants(tx: Transaction): Promise<void> {
  const articles = tx.table<V3Article, number>('articles');
  const groups = sharedKeyGroups(await articles.toArray());
  if (groups.length === 0) return;
  const orgDelta = new Map<string, number>();
  const termDelta = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string, delta: number) =>
    counts.set(key, (counts.get(key) ?? 0) + delta);
  const remap = new Map<number, number>();
  let dropped = 0;
  for (const group of groups) {
    const [kept, ...others] = [...group].sort(
      (a, b) => a.firstSeenAt - b.firstSeenAt || a.id - b.id,
    );
    if (!kept) continue;
    const newest = group.reduce((a, b) => (b.lastReadAt > a.lastReadAt ? b : a));
    const merged: V3Article = {
      ...newest,
      id: kept.id,
      url: kept.url,
      source: kept.source,
      urlKeys: [...new Set(group.flatMap((a) => a.urlKeys))].slice(0, 10),
      storyId: group.find((a) => a.storyId !== null)?.storyId ?? null,
      read: group.some((a) => a.read),
      firstSeenAt: Math.min(...group.map((a) => a.firstSeenAt)),
      lastReadAt: Math.max(...group.map((a) => a.lastReadAt)),
      readCount: group.reduce((n, a) => n + a.readCount, 0),
    };
    for (const article of group) {
      for (const id of new Set(article.orgs.map((o) => o.id))) add(orgDelta, id, -1);
      for (const [term] of article.terms) add(termDelta, term, -1);
      await tx
        .table('mentions')
        .where('[articleId+orgId]')
        .between([article.id, Dexie.minKey], [article.id, Dexie.maxKey])
        .delete();
    }
    for (const id of new Set(merged.orgs.map((o) => o.id))) add(orgDelta, id, 1);
    for (const [term] of merged.terms) add(termDelta, term, 1);
    await tx.table('mentions').bulkPut(
      merged.orgs.map((o) => ({
        articleId: merged.id,
        orgId: o.id,
        time: merged.time,
        salience: o.salience,
        about: o.about,
      })),
    );
    const text = await tx.table('articleTexts').get(newest.id);
    if (text) await tx.table('articleTexts').put({ id: merged.id, text: text.text });
    await articles.put(merged);
    for (const other of others) remap.set(other.id, merged.id);
    await articles.bulkDelete(others.map((a) => a.id));
    await tx.table('articleTexts').bulkDelete(others.map((a) => a.id));
    dropped += others.length;
  }
  await articles
    .filter((a) => a.storyId !== null && remap.has(a.storyId))
    .modify((a) => {
      a.storyId = remap.get(a.storyId ?? 0) ?? a.storyId;
    });
  const orgs = tx.table<{ id: string; articleCount: number }, string>('orgs');
  const changed = [...orgDelta].filter(([, delta]) => delta !== 0);
  const stored = await orgs.bulkGet(changed.map(([id]) => id));
  await orgs.bulkPut(
    stored.flatMap((org, i) =>
      org ? [{ ...org, articleCount: Math.max(0, org.articleCount + (changed[i]?.[1] ?? 0)) }] : [],
    ),
  );
  const terms = tx.table<TermShard, number>('terms');
  const shards = await terms.toArray();
  const { put, emptied } = shardCounts(
    new Map([...termDelta].filter(([, delta]) => delta !== 0)),
    new Map(shards.map((s) => [s.shard, s.df])),
  );
  await terms.bulkPut(put);
  await terms.bulkDelete(emptied);
  const meta = tx.table('meta');
  const count = (await meta.get(ARTICLE_COUNT))?.value ?? 0;
  await meta.put({ key: ARTICLE_COUNT, value: Math.max(0, count - dropped) });
}

interface V5Article {
  time: number;
  orgs: readonly { id: string }[];
  orgTimes?: [string, number][];
}

/**
 * v5 → v6: articles by organisation come from the `orgTimes` index instead of the `mentions`
 * table (dropped with this version), so every article gets its keys: one `[orgId, time]` per
 * organisation it names.
 */
export async function indexOrgTimes(articles: Table<V5Article>): Promise<void> {
  await articles.toCollection().modify((article) => {
    article.orgTimes = [...new Set(article.orgs.map((org) => org.id))].map((id) => [
      id,
      article.time,
    ]);
  });
}

interface V6Highlight {
  note: string;
  orgIds: string[];
  updatedAt: number;
  noteOrgTimes?: [string, number][];
}

/** v6 → v7: every highlight with a note gets its `noteOrgTimes` keys. */
export async function indexNoteOrgTimes(highlights: Table<V6Highlight>): Promise<void> {
  await highlights.toCollection().modify((highlight) => {
    highlight.noteOrgTimes =
      highlight.note.trim() === ''
        ? []
        : [...new Set(highlight.orgIds)].map((id) => [id, highlight.updatedAt]);
  });
}
