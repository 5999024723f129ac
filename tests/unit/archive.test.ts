import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRecordSchema } from '../../lib/archive/article.ts';
import { archiveStats, recentArticles, recordVisit } from '../../lib/archive/articles.ts';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../lib/archive/schema.ts';
import { freshDbName, makeCapture } from '../support/builders.ts';

const opened: Dexie[] = [];
function open(name = freshDbName(), versions = SCHEMA_VERSIONS): ArchiveDb {
  const db = new ArchiveDb(name, versions);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('recordVisit', () => {
  it('creates a record on the first visit and bumps the read count on a revisit', async () => {
    const db = open();
    const capture = makeCapture();
    const first = await recordVisit(db, capture, 1_000);
    const second = await recordVisit(db, { ...capture, title: 'Edited headline' }, 5_000);
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
  });

  it('counts earlier articles from the same site, whatever the casing of its name', async () => {
    const db = open();
    const first = makeCapture({ siteName: 'Northwind Wire' });
    await recordVisit(db, first, 1);
    await recordVisit(db, makeCapture({ siteName: 'northwind wire' }), 2);
    await recordVisit(db, makeCapture({ siteName: 'The Circuit Ledger' }), 3);
    const third = await recordVisit(db, makeCapture({ siteName: 'Northwind  Wire' }), 4);
    expect(third.earlierFromSite).toBe(2);
    const revisitOfFirst = await recordVisit(db, first, 5);
    expect(revisitOfFirst.earlierFromSite).toBe(0);
  });

  it('keeps one record and every read when many tabs record the same page at once', async () => {
    const db = open();
    const capture = makeCapture();
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordVisit(db, capture, 100 + i)));
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]?.readCount).toBe(20);
  });

  it('lists recent reads newest first and counts sites', async () => {
    const db = open();
    const a = makeCapture({ siteName: 'A' });
    const b = makeCapture({ siteName: 'B' });
    await recordVisit(db, a, 1);
    await recordVisit(db, b, 2);
    await recordVisit(db, a, 3);
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

  it('upgrades a seeded v1 archive to the current version without losing a record', async () => {
    const name = freshDbName();
    const v1 = open(name, SCHEMA_VERSIONS.slice(0, 1));
    const seeded = Array.from({ length: 25 }, (_, i) => ({
      ...makeCapture({ siteName: i % 2 ? 'Northwind Wire' : 'The Circuit Ledger' }),
      siteKey: i % 2 ? 'northwind wire' : 'the circuit ledger',
      firstSeenAt: 10_000 + i,
    }));
    await v1.table('articles').bulkAdd(seeded);
    v1.close();

    const current = open(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    const upgraded = await current.articles.orderBy('firstSeenAt').toArray();
    expect(upgraded).toHaveLength(seeded.length);
    upgraded.forEach((article, i) => {
      expect(articleRecordSchema.parse(article)).toMatchObject({
        ...seeded[i],
        lastReadAt: seeded[i]?.firstSeenAt,
        readCount: 1,
      });
    });
    // The index added in v2 works on migrated records.
    const newest = await current.articles.orderBy('lastReadAt').last();
    expect(newest?.url).toBe(seeded.at(-1)?.url);
  });
});
