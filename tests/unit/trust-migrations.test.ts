/**
 * Migrations, property style: archives generated at every past schema version (seeded, so a
 * failure names its seed) upgrade to the current version with every record kept, every field the
 * reader gave kept, every record valid and every derived count consistent.
 */
import { describe, expect, it } from 'vitest';
import { articleRecordSchema } from '../../lib/archive/article.ts';
import { recordArticle } from '../../lib/archive/articles.ts';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../lib/archive/schema.ts';
import { makeFeed } from '../support/backup.ts';
import { freshDbName, makeDraft } from '../support/builders.ts';
import { archiveProblems, snapshot } from '../support/consistency.ts';
import { writeLegacyMentions } from '../support/org-times.ts';
import { makeHighlight } from '../support/highlights.ts';
import { random } from '../../scripts/lib/synthetic-archive.ts';
import { freshArchives } from '../support/databases.ts';
import { correctPage, undoCorrection } from '../../lib/corrections/store.ts';

const open = freshArchives();

const WORDS = [
  'Nvidia',
  'OpenAI',
  'Anthropic',
  'Mistral',
  'inference',
  'chips',
  'datacentre',
  'funding',
  'model',
  'Gemini',
  'Blackwell',
  'régulation',
  'Rechenzentrum',
  'licensing',
  'Odyssey',
  'GPU',
  'عربي',
  '中文',
  'emoji🚀',
  "O'Brien",
  '<script>',
  'a&b',
];
const SITES = ['Northwind Wire', 'The Circuit Ledger', 'Halvorsen Review', 'northwind wire'];

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return {
    next,
    words,
    /** A v1 record: what version 1 stored for a visit. */
    v1(i: number) {
      const site = pick(SITES);
      return {
        url: `https://www.${site.replace(/\s/g, '').toLowerCase()}.example/2026/${i}/${pick(WORDS).replace(/\W/g, '')}-${i}`,
        title: words(2 + Math.floor(next() * 12)) || 'untitled',
        siteName: site,
        byline: next() < 0.3 ? null : words(2),
        excerpt: next() < 0.2 ? null : words(20),
        publishedAt:
          next() < 0.25 ? null : new Date(Date.UTC(2025, 0, 1) + next() * 6e10).toISOString(),
        lang: next() < 0.1 ? null : pick(['en', 'fr', 'de']),
        wordCount: Math.floor(next() * 5_000),
        siteKey: site.toLowerCase(),
        firstSeenAt: 1_700_000_000_000 + i * 1_000,
      };
    },
  };
}

const SEEDS = [1, 2, 3, 5, 8, 13];

/**
 * Upgrades an archive generated at version 3 to 7 (`old`, named `name`) to the current version
 * and checks that every record is kept, but for the fields later versions derive (`orgTimes`,
 * `noteOrgTimes`), and that the archive is consistent before and after. The `mentions` table
 * is gone since v6 (its records are the articles' `orgTimes`).
 */
async function upgradeKeepingAll(old: ArchiveDb, name: string): Promise<ArchiveDb> {
  if (old.tables.some((table) => table.name === 'mentions')) await writeLegacyMentions(old);
  expect(await archiveProblems(old)).toEqual([]);
  const before = await snapshot(old);
  old.close();
  const db = open(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  const after = await snapshot(db);
  for (const [table, records] of Object.entries(before)) {
    if (table === 'mentions') continue;
    const underived = (record: unknown) => {
      const { orgTimes: _o, noteOrgTimes: _n, ...rest } = record as Record<string, unknown>;
      return rest;
    };
    expect(after[table]?.map(underived), table).toEqual(records.map(underived));
  }
  expect(after.mentions).toBeUndefined();
  expect(await archiveProblems(db)).toEqual([]);
  return db;
}

describe('generated archives of every past version upgrade without loss', () => {
  for (const from of [1, 2]) {
    for (const seed of SEEDS) {
      it(`v${from} archive, seed ${seed}`, async () => {
        const gen = generator(seed * 100 + from);
        const count = 5 + Math.floor(gen.next() * 40);
        const seeded = Array.from({ length: count }, (_, i) => ({
          ...gen.v1(i),
          ...(from >= 2 ? { lastReadAt: 1_800_000_000_000 + i, readCount: 1 + (i % 7) } : {}),
        }));
        // Older versions keyed records by the exact URL: a variant of one page was a second record.
        const first = seeded[0];
        if (first)
          seeded.push({
            ...first,
            url: `${first.url.replace('https://www.', 'http://')}/?utm_source=x`,
            firstSeenAt: first.firstSeenAt + 5,
          });
        const name = freshDbName();
        const old = new ArchiveDb(name, SCHEMA_VERSIONS.slice(0, from));
        await old.table('articles').bulkAdd(seeded);
        old.close();

        const db = open(name);
        await db.open();
        expect(db.verno).toBe(CURRENT_VERSION);
        const upgraded = await db.articles.toArray();
        // The variant joined the first record: one record per page, every read counted.
        expect(upgraded).toHaveLength(count);
        const reads = (r: { readCount?: number }) => r.readCount ?? 1;
        expect(upgraded.reduce((n, a) => n + a.readCount, 0)).toBe(
          seeded.reduce((n, a) => n + reads(a), 0),
        );
        const byUrl = new Map(upgraded.map((a) => [a.url, a]));
        for (const seed of seeded.slice(0, count)) {
          const article = articleRecordSchema.parse(byUrl.get(seed.url));
          const { readCount, lastReadAt, ...kept } = { readCount: 1, lastReadAt: 0, ...seed };
          expect(article).toMatchObject(seed === first ? { url: seed.url } : kept);
          if (from === 1 && seed !== first) {
            expect(article).toMatchObject({ readCount: 1, lastReadAt: seed.firstSeenAt });
          } else if (seed !== first) {
            expect(article).toMatchObject({ readCount, lastReadAt });
          }
        }
        const joined = upgraded.find((a) => a.url === first?.url);
        expect(joined?.urlKeys).toHaveLength(1);
        expect(joined?.readCount).toBe(2 * (first ? reads(first) : 0));
        expect(joined?.firstSeenAt).toBe(first?.firstSeenAt);
        expect(await archiveProblems(db)).toEqual([]);
      });
    }
  }

  for (const seed of SEEDS) {
    it(`v3 archive recorded by the v3 code, seed ${seed}`, async () => {
      const gen = generator(seed * 100 + 3);
      const name = freshDbName();
      const old = new ArchiveDb(name, SCHEMA_VERSIONS.slice(0, 3));
      const orgs = ['nvidia', 'openai', 'anthropic', 'mistral', 'd:odyssey', 'd:halcyon'];
      const count = 5 + Math.floor(gen.next() * 30);
      for (let i = 0; i < count; i += 1) {
        const chosen = orgs.filter(() => gen.next() < 0.35);
        await recordArticle(
          old,
          makeDraft({
            // Some visits are revisits of an earlier page under another URL variant.
            url:
              i > 3 && gen.next() < 0.2
                ? `http://gen${seed}.example/story-${i - 3}/`
                : `https://www.gen${seed}.example/story-${i}`,
            title: gen.words(6),
            text: gen.words(80),
            orgs: chosen.map((id) => ({ id, salience: gen.next(), about: gen.next() < 0.5 })),
          }),
          2_000 + i,
        );
      }
      const db = await upgradeKeepingAll(old, name);
      for (const article of await db.articles.toArray()) articleRecordSchema.parse(article);
    });
  }

  for (const seed of SEEDS) {
    it(`v4 archive with highlights and feeds, seed ${seed}`, async () => {
      const gen = generator(seed * 100 + 4);
      const name = freshDbName();
      const old = new ArchiveDb(name, SCHEMA_VERSIONS.slice(0, 4));
      const count = 3 + Math.floor(gen.next() * 12);
      for (let i = 0; i < count; i += 1) {
        const visit = await recordArticle(
          old,
          makeDraft({
            url: `https://www.gen${seed}.example/v4-story-${i}`,
            title: gen.words(6),
            text: gen.words(60),
            orgs: gen.next() < 0.5 ? [{ id: 'nvidia', salience: gen.next(), about: true }] : [],
          }),
          3_000 + i,
        );
        if (gen.next() < 0.5) {
          await old.highlights.put(
            makeHighlight({
              url: visit.article.url,
              articleId: visit.article.id,
              note: gen.words(5),
              state: gen.next() < 0.3 ? 'orphan' : 'anchored',
            }),
          );
        }
      }
      await old.feeds.add(
        makeFeed({ url: `https://feeds.gen${seed}.example/rss.xml`, title: gen.words(2) }),
      );
      await upgradeKeepingAll(old, name);
    });
  }
});

describe("v7 → v8: the reader's corrections", () => {
  for (const seed of SEEDS) {
    it(`v7 archive with highlights and feeds gains an empty corrections table, seed ${seed}`, async () => {
      const gen = generator(seed * 100 + 7);
      const name = freshDbName();
      const old = new ArchiveDb(name, SCHEMA_VERSIONS.slice(0, 7));
      const count = 3 + Math.floor(gen.next() * 12);
      for (let i = 0; i < count; i += 1) {
        const visit = await recordArticle(
          old,
          makeDraft({
            url: `https://www.gen${seed}.example/v7-story-${i}`,
            title: gen.words(6),
            text: gen.words(60),
            orgs: gen.next() < 0.5 ? [{ id: 'openai', salience: gen.next(), about: true }] : [],
          }),
          4_000 + i,
        );
        if (gen.next() < 0.5) {
          await old.highlights.put(
            makeHighlight({
              url: visit.article.url,
              articleId: visit.article.id,
              note: gen.words(4),
              orgIds: ['openai'],
            }),
          );
        }
      }
      await old.feeds.add(makeFeed({ url: `https://feeds.gen${seed}.example/atom.xml` }));
      expect(old.tables.map((t) => t.name)).not.toContain('corrections');
      const db = await upgradeKeepingAll(old, name);
      expect(await db.corrections.count()).toBe(0);

      // The new table works on the upgraded archive: a correction removes and undo restores.
      const [article] = await db.articles.toArray();
      if (!article) throw new Error('no article generated');
      const before = await db.articles.toArray();
      const correction = await correctPage(
        db,
        { url: article.url, urlKeys: article.urlKeys, title: article.title, leaning: 1.7 },
        'not-ai',
        9_000,
      );
      expect(await db.articles.get(article.id)).toBeUndefined();
      expect(await archiveProblems(db)).toEqual([]);
      await undoCorrection(db, correction.id, 9_100);
      expect(await db.articles.toArray()).toEqual(before);
      expect(await archiveProblems(db)).toEqual([]);
    });
  }
});

describe('v3 → v4 merge of records that share a URL identity', () => {
  it('joins them with their mentions, counts, texts and story links consistent', async () => {
    const name = freshDbName();
    const old = new ArchiveDb(name, SCHEMA_VERSIONS.slice(0, 3));
    const nvidia = { id: 'nvidia', salience: 0.9, about: true };
    const odyssey = { id: 'd:odyssey', name: 'Odyssey', salience: 0.7, about: true };
    const a = await recordArticle(
      old,
      makeDraft({ url: 'https://www.wire.example/a', orgs: [nvidia], text: 'Nvidia chips text' }),
      1_000,
    );
    const b = await recordArticle(
      old,
      makeDraft({
        url: 'https://www.wire.example/b',
        orgs: [nvidia, odyssey],
        text: 'Odyssey and Nvidia newer text',
      }),
      2_000,
    );
    const c = await recordArticle(old, makeDraft({ url: 'https://other.example/c' }), 3_000);
    // What a v1 archive upgraded by v3 holds: b is a variant of a's page, c belongs to b's story.
    await old.articles.update(b.article.id, { urlKeys: [...a.article.urlKeys, 'x-b'] });
    await old.articles.update(c.article.id, { storyId: b.article.id });
    await writeLegacyMentions(old);
    old.close();

    const db = open(name);
    await db.open();
    expect(await db.articles.count()).toBe(2);
    const joined = await db.articles.get(a.article.id);
    expect(joined).toMatchObject({
      url: 'https://www.wire.example/a',
      readCount: 2,
      firstSeenAt: 1_000,
      lastReadAt: 2_000,
      orgs: [nvidia, { id: 'd:odyssey', salience: 0.7, about: true }].map(
        ({ id, salience, about }) => ({ id, salience, about }),
      ),
    });
    expect(joined?.urlKeys).toEqual(expect.arrayContaining([...a.article.urlKeys, 'x-b']));
    expect((await db.articleTexts.get(a.article.id))?.text).toBe('Odyssey and Nvidia newer text');
    expect(await db.articleTexts.get(b.article.id)).toBeUndefined();
    expect((await db.articles.get(c.article.id))?.storyId).toBe(a.article.id);
    expect((await db.orgs.get('nvidia'))?.articleCount).toBe(1);
    expect(await archiveProblems(db)).toEqual([]);
  });
});
