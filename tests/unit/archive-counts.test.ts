import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { bulkRecord } from '../../lib/archive/bulk.ts';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import {
  addTermCounts,
  shardCounts,
  shardOf,
  TERM_SHARDS,
  termFrequencies,
} from '../../lib/archive/term-counts.ts';
import { makeDraft } from '../support/builders.ts';
import { freshArchives } from '../support/databases.ts';
import { orgTimeEntries } from '../support/org-times.ts';

const open = freshArchives();

const counts = (entries: [string, number][]) => new Map(entries);

describe('term counts in shards', () => {
  it('puts every term in one shard of the range, always the same', () => {
    const terms = Array.from({ length: 2_000 }, (_, i) => `term-${i}`);
    const shards = terms.map(shardOf);
    expect(shards.every((s) => Number.isInteger(s) && s >= 0 && s < TERM_SHARDS)).toBe(true);
    expect(terms.map(shardOf)).toEqual(shards);
    // Spread: 2,000 terms over the shards leave few empty.
    expect(new Set(shards).size).toBeGreaterThan(TERM_SHARDS * 0.9);
  });

  it('adds and removes counts, dropping terms and shards that reach zero', () => {
    const first = shardCounts(counts([['nvidia', 2]]));
    expect(first.put).toEqual([{ shard: shardOf('nvidia'), df: counts([['nvidia', 2]]) }]);
    const stored = new Map(first.put.map((s) => [s.shard, s.df]));
    expect(shardCounts(counts([['nvidia', -1]]), stored).put[0]?.df.get('nvidia')).toBe(1);
    expect(shardCounts(counts([['nvidia', -2]]), stored)).toEqual({
      put: [],
      emptied: [shardOf('nvidia')],
    });
  });

  it('keeps the frequencies of a batch touching every shard and of single articles', async () => {
    const db = open();
    const many = Array.from({ length: 3_000 }, (_, i): [string, number] => [`t${i}`, 1 + (i % 3)]);
    const odd: [string, number][] = [
      ['constructor', 1],
      ['__proto__', 2],
    ];
    await db.transaction('rw', db.terms, () => addTermCounts(db, counts([...many, ...odd])));
    await db.transaction('rw', db.terms, () =>
      addTermCounts(
        db,
        counts([
          ['t1', 5],
          ['t2', -3],
        ]),
      ),
    );
    const df = await termFrequencies(db, ['t0', 't1', 't2', 'constructor', '__proto__', 'unseen']);
    expect([...df]).toEqual([
      ['t0', 1],
      ['t1', 7],
      ['t2', 0],
      ['constructor', 1],
      ['__proto__', 2],
      ['unseen', 0],
    ]);
    expect(await db.terms.count()).toBeLessThanOrEqual(TERM_SHARDS);
  });

  it('deletes a shard whose last term is gone', async () => {
    const db = open();
    await db.transaction('rw', db.terms, () => addTermCounts(db, counts([['solo', 1]])));
    await db.transaction('rw', db.terms, () => addTermCounts(db, counts([['solo', -1]])));
    expect(await db.terms.count()).toBe(0);
  });
});

describe('organisation counts', () => {
  it('come out the same from a batch reading every organisation as from one-by-one records', async () => {
    const one = open();
    const many = open();
    const org = (n: number) => {
      const i = n % 120;
      return {
        id: i % 10 ? `org-${i}` : `d:startup-${i}`,
        name: `Org ${i}`,
        salience: 0.5,
        about: i % 2 === 0,
      };
    };
    const drafts = Array.from({ length: 60 }, (_, i) =>
      makeDraft({ orgs: [0, 1, 2, 3].map((k) => org(i * 7 + k * 31)) }),
    );
    for (const draft of drafts) await recordArticle(one, draft, 7);
    // Two batches: the second updates organisations the first created.
    await bulkRecord(many, drafts.slice(0, 30), 7);
    await bulkRecord(many, drafts.slice(30), 7);
    const orgs = (db: ArchiveDb) => db.orgs.orderBy('id').toArray();
    expect((await orgs(many)).length).toBeGreaterThan(64);
    expect(await orgs(many)).toEqual(await orgs(one));
    expect(await orgTimeEntries(many)).toHaveLength((await orgTimeEntries(one)).length);
  });
});
