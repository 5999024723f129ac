import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRecordSchema } from '../../lib/archive/article.ts';
import { archiveStats, recentArticles, recordArticle } from '../../lib/archive/articles.ts';
import { bulkRecord } from '../../lib/archive/bulk.ts';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { dexieSource } from '../../lib/archive/dexie-source.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../lib/archive/schema.ts';
import { termFrequencies } from '../../lib/archive/term-counts.ts';
import { freshDbName, makeDraft } from '../support/builders.ts';
import { orgTimeEntries } from '../support/org-times.ts';

const opened: Dexie[] = [];
function open(name = freshDbName(), versions = SCHEMA_VERSIONS): ArchiveDb {
  const db = new ArchiveDb(name, versions);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const nvidia = { id: 'nvidia', name: 'Nvidia', salience: 0.9, about: true };
const odyssey = { id: 'd:odyssey', name: 'Odyssey', salience: 0.8, about: true };

describe('recordArticle', () => {
  it('creates a record on the first visit and bumps the read count on a revisit', async () => {
    const db = open();
    const draft = makeDraft();
    const first = await recordArticle(db, draft, 1_000);
    const second = await recordArticle(db, { ...draft, title: 'Edited headline' }, 5_000);
    expect(await db.articles.count()).toBe(1);
    expect(second.article).toMatchObject({
      id: first.article.id,
      title: 'Edited headline',
      firstSeenAt: 1_000,
      lastReadAt: 5_000,
      readCount: 2,
    });
    expect(articleRecordSchema.parse(await db.articles.get(first.article.id))).toEqual(
      second.article,
    );
    expect((await db.articleTexts.get(first.article.id))?.text).toBe(draft.text);
  });

  it('treats URL variants of one page as one record', async () => {
    const db = open();
    const canonical = 'https://www.example-news.com/2026/ai/story';
    await recordArticle(db, makeDraft({ url: canonical }), 1);
    const variant = makeDraft({ url: 'http://example-news.com/2026/ai/story/' });
    const revisit = await recordArticle(db, variant, 2);
    expect(await db.articles.count()).toBe(1);
    expect(revisit.article).toMatchObject({ url: canonical, readCount: 2 });
  });

  it('counts earlier articles from the same site, whatever the casing of its name', async () => {
    const db = open();
    const first = makeDraft({ siteName: 'Northwind Wire' });
    await recordArticle(db, first, 1);
    await recordArticle(db, makeDraft({ siteName: 'northwind wire' }), 2);
    await recordArticle(db, makeDraft({ siteName: 'The Circuit Ledger' }), 3);
    const third = await recordArticle(db, makeDraft({ siteName: 'Northwind  Wire' }), 4);
    expect(third.earlierFromSite).toBe(2);
    expect((await recordArticle(db, first, 5)).earlierFromSite).toBe(0);
  });

  it('keeps one record and every read when many tabs record the same page at once', async () => {
    const db = open();
    const draft = makeDraft({ orgs: [nvidia] });
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordArticle(db, draft, 100 + i)));
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]?.readCount).toBe(20);
    expect(await orgTimeEntries(db)).toHaveLength(1);
    expect((await db.orgs.get('nvidia'))?.articleCount).toBe(1);
  });

  it('records different pages saved at once without losing any', async () => {
    const db = open();
    const drafts = Array.from({ length: 20 }, () => makeDraft({ orgs: [nvidia] }));
    await Promise.all(drafts.map((draft, i) => recordArticle(db, draft, 100 + i)));
    expect(await db.articles.count()).toBe(20);
    expect((await db.orgs.get('nvidia'))?.articleCount).toBe(20);
  });

  it('indexes organisations, discovered ones included, and keeps counts right on a revisit', async () => {
    const db = open();
    const draft = makeDraft({ orgs: [nvidia, odyssey] });
    const { article } = await recordArticle(db, draft, 10);
    await recordArticle(db, { ...draft, orgs: [nvidia] }, 20);
    expect(await db.orgs.get('d:odyssey')).toMatchObject({
      name: 'Odyssey',
      status: 'discovered',
      articleCount: 0,
    });
    expect(await db.orgs.get('nvidia')).toMatchObject({ status: 'confirmed', articleCount: 1 });
    const source = dexieSource(db);
    expect(await source.byOrg('nvidia', 10)).toEqual([article.id]);
    expect(await source.byOrg('d:odyssey', 10)).toEqual([]);
  });

  it('links a syndicated copy to the original as one story', async () => {
    const db = open();
    const text = Array.from(
      { length: 30 },
      (_, i) =>
        `Paragraph ${i} says Nvidia sold record numbers of Blackwell accelerators to cloud providers.`,
    ).join('\n');
    const original = await recordArticle(db, makeDraft({ text, orgs: [nvidia] }), 1);
    const copy = await recordArticle(
      db,
      makeDraft({
        text: text.replace('Paragraph 3', 'Para three'),
        siteName: 'Other Wire',
        orgs: [nvidia],
      }),
      2,
    );
    const unrelated = await recordArticle(db, makeDraft({ orgs: [odyssey] }), 3);
    expect(copy.article.storyId).toBe(original.article.id);
    expect((await db.articles.get(original.article.id))?.storyId).toBe(original.article.id);
    expect(unrelated.article.storyId).toBeNull();
  });

  it('lists recent reads newest first and counts sites', async () => {
    const db = open();
    const a = makeDraft({ siteName: 'A' });
    const b = makeDraft({ siteName: 'B' });
    await recordArticle(db, a, 1);
    await recordArticle(db, b, 2);
    await recordArticle(db, a, 3);
    expect((await recentArticles(db, 10)).map((article) => article.url)).toEqual([a.url, b.url]);
    expect(await archiveStats(db)).toEqual({ articles: 2, sites: 2 });
  });
});

describe('schema upgrades', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(CURRENT_VERSION).toBe(versions.at(-1));
  });

  const v1Seed = (i: number) => ({
    url: `https://www.example-news.com/2026/ai/story-${i}`,
    title: `Nvidia and OpenAI story ${i}`,
    siteName: i % 2 ? 'Northwind Wire' : 'The Circuit Ledger',
    byline: null,
    excerpt: 'Chips and models in data centres.',
    publishedAt: i % 3 ? '2026-10-01T10:00:00.000Z' : null,
    lang: 'en',
    wordCount: 500 + i,
    siteKey: i % 2 ? 'northwind wire' : 'the circuit ledger',
    firstSeenAt: 10_000 + i,
  });

  for (const from of [1, 2]) {
    it(`upgrades a seeded v${from} archive to the current version without losing a record`, async () => {
      const name = freshDbName();
      const old = open(name, SCHEMA_VERSIONS.slice(0, from));
      const seeded = Array.from({ length: 25 }, (_, i) => ({
        ...v1Seed(i),
        ...(from >= 2 ? { lastReadAt: 20_000 + i, readCount: 3 } : {}),
      }));
      await old.table('articles').bulkAdd(seeded);
      old.close();

      const current = open(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      const upgraded = (await current.articles.toArray()).sort(
        (a, b) => a.firstSeenAt - b.firstSeenAt,
      );
      expect((await current.meta.get('articleCount'))?.value).toBe(seeded.length);
      expect(upgraded).toHaveLength(seeded.length);
      upgraded.forEach((article, i) => {
        const seed = seeded[i];
        if (!seed) throw new Error('missing seed');
        expect(articleRecordSchema.parse(article)).toMatchObject({
          ...seed,
          lastReadAt: from >= 2 ? 20_000 + i : seed.firstSeenAt,
          readCount: from >= 2 ? 3 : 1,
          time: seed.publishedAt ? Date.parse(seed.publishedAt) : seed.firstSeenAt,
          storyId: null,
        });
        expect(article.urlKeys).toEqual([`https://example-news.com/2026/ai/story-${i}`]);
        expect(article.terms.map(([term]) => term)).toContain('nvidia');
      });
      // The indexes added later work on migrated records.
      expect((await current.articles.orderBy('lastReadAt').last())?.url).toBe(seeded.at(-1)?.url);
      expect((await termFrequencies(current, ['nvidia'])).get('nvidia')).toBe(seeded.length);
      expect(await current.articles.where('keyTerms').equals('nvidia').count()).toBeGreaterThan(0);
    });
  }
  it('upgrades a v3 archive to v4 with its records, organisations and term counts intact', async () => {
    const name = freshDbName();
    const old = open(name, SCHEMA_VERSIONS.slice(0, 3));
    const drafts = Array.from({ length: 12 }, (_, i) =>
      makeDraft({ url: `https://www.example-news.com/2026/v3/${i}`, orgs: [nvidia, odyssey] }),
    );
    for (const [i, draft] of drafts.entries()) await recordArticle(old, draft, 1_000 + i);
    const before = {
      articles: await old.articles.toArray(),
      orgs: await old.orgs.toArray(),
      df: (await termFrequencies(old, ['nvidia'])).get('nvidia'),
    };
    old.close();

    const current = open(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    const upgraded = await current.articles.toArray();
    expect(upgraded.map(({ orgTimes: _, ...rest }) => rest)).toEqual(before.articles);
    expect(upgraded.map((a) => a.orgTimes)).toEqual(
      before.articles.map((a) => [
        ['nvidia', a.time],
        ['d:odyssey', a.time],
      ]),
    );
    expect(await current.orgs.toArray()).toEqual(before.orgs);
    expect(await orgTimeEntries(current)).toHaveLength(24);
    expect((await termFrequencies(current, ['nvidia'])).get('nvidia')).toBe(before.df);
    expect(await current.highlights.count()).toBe(0);
    expect(await current.feeds.count()).toBe(0);
  });
});

describe('bulkRecord', () => {
  it('stores a batch with the same index entries and counts as one-by-one recording', async () => {
    const one = open();
    const many = open();
    const drafts = Array.from({ length: 30 }, (_, i) =>
      makeDraft({
        orgs: i % 3 ? [nvidia] : [nvidia, odyssey],
        text: `Chips ${i % 5} and models ${i}.`,
      }),
    );
    for (const draft of drafts) await recordArticle(one, draft, 7);
    expect(await bulkRecord(many, drafts, 7)).toBe(30);
    for (const table of ['articles', 'articleTexts'] as const) {
      expect(await many[table].count()).toBe(await one[table].count());
    }
    expect(await orgTimeEntries(many)).toEqual(await orgTimeEntries(one));
    const orgs = (db: ArchiveDb) => db.orgs.orderBy('id').toArray();
    expect(await orgs(many)).toEqual(await orgs(one));
    const terms = async (db: ArchiveDb) =>
      (await db.terms.toArray()).flatMap(({ df }) => [...df]).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(await terms(many)).toEqual(await terms(one));
    expect((await terms(many)).length).toBeGreaterThan(3);
    expect(await many.meta.get('articleCount')).toEqual(await one.meta.get('articleCount'));
    expect((await many.meta.get('articleCount'))?.value).toBe(30);
  });

  it('turns an already archived URL, or a repeat within the batch, into a revisit', async () => {
    const db = open();
    const archived = makeDraft();
    await recordArticle(db, archived, 1);
    const fresh = makeDraft();
    expect(await bulkRecord(db, [archived, fresh, fresh], 2)).toBe(1);
    expect(await db.articles.count()).toBe(2);
    expect((await db.articles.where('url').equals(archived.url).first())?.readCount).toBe(2);
    expect((await db.articles.where('url').equals(fresh.url).first())?.readCount).toBe(2);
  });
});
