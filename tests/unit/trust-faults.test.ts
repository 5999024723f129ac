/**
 * Durability under faults: a write refused by the browser (a full disk) at any point of a
 * recording leaves the archive exactly as it was, consistent, and usable for the next write.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { bulkRecord } from '../../lib/archive/bulk.ts';
import { ArchiveDb } from '../../lib/archive/db.ts';
import type { ArticleDraft } from '../../lib/archive/draft.ts';
import { explainStorageErrors, QUOTA_MESSAGE } from '../../lib/messaging/storage-errors.ts';
import { freshDbName, makeDraft } from '../support/builders.ts';
import { archiveProblems, snapshot } from '../support/consistency.ts';

/** Counts write requests and, when armed, refuses the n-th one as a full disk would. */
class FaultyDisk {
  writes = 0;
  failAt = 0;
  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'faulty-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            this.writes += 1;
            if (this.writes === this.failAt) {
              return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

const opened: ArchiveDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const nvidia = { id: 'nvidia', name: 'Nvidia', salience: 0.9, about: true };
const openai = { id: 'openai', name: 'OpenAI', salience: 0.6, about: false };
const odyssey = { id: 'd:odyssey', name: 'Odyssey', salience: 0.8, about: true };
const TEXT =
  'Nvidia shipped Blackwell accelerators to OpenAI data centres as demand for inference grew';

async function seeded(): Promise<{ db: ArchiveDb; disk: FaultyDisk }> {
  const disk = new FaultyDisk();
  const db = new ArchiveDb(freshDbName());
  db.use(disk.middleware);
  opened.push(db);
  for (let i = 0; i < 6; i += 1) {
    await recordArticle(
      db,
      makeDraft({
        url: `https://northwind.example/2026/11/chips-${i}`,
        text: `${TEXT} story ${i}`,
        orgs: i % 2 ? [nvidia, openai] : [nvidia, odyssey],
        time: Date.parse('2026-11-01T00:00:00Z') + i * 86_400_000,
      }),
      1_000 + i,
    );
  }
  return { db, disk };
}

/** The writes `attempt` makes, then a run failing at each of them in turn. */
async function failEveryWrite(
  attempt: (db: ArchiveDb) => Promise<unknown>,
): Promise<{ writes: number; checked: number }> {
  const probe = await seeded();
  probe.disk.writes = 0;
  await attempt(probe.db);
  const writes = probe.disk.writes;
  expect(writes).toBeGreaterThan(2);

  let checked = 0;
  for (let n = 1; n <= writes; n += 1) {
    const { db, disk } = await seeded();
    const before = await snapshot(db);
    disk.writes = 0;
    disk.failAt = n;
    await expect(explainStorageErrors(() => attempt(db))).rejects.toThrow(QUOTA_MESSAGE);
    expect(await snapshot(db)).toEqual(before);
    disk.failAt = 0;
    // The disk has room again: the same write succeeds and the archive stays consistent.
    await attempt(db);
    expect(await archiveProblems(db)).toEqual([]);
    checked += 1;
  }
  return { writes, checked };
}

describe('a full disk in the middle of a write', () => {
  it('leaves the archive as it was when a new article fails at any of its writes', async () => {
    const draft = makeDraft({
      url: 'https://circuit.example/2026/11/new-chips',
      text: `${TEXT} with a new twist from Odyssey`,
      orgs: [nvidia, odyssey, openai],
    });
    const { checked } = await failEveryWrite((db) => recordArticle(db, draft, 9_000));
    expect(checked).toBeGreaterThan(2);
  });

  it('leaves the archive as it was when a revisit with an edited text fails', async () => {
    const edited: ArticleDraft = makeDraft({
      url: 'https://northwind.example/2026/11/chips-2',
      title: 'Edited headline about Nvidia',
      text: 'An edited text: Odyssey and Nvidia signed a supply deal for world models',
      orgs: [odyssey],
    });
    await failEveryWrite((db) => recordArticle(db, edited, 9_000));
  });

  it('leaves the archive as it was when a batch fails at any of its writes', async () => {
    const batch = Array.from({ length: 12 }, (_, i) =>
      makeDraft({
        url: i === 3 ? 'http://northwind.example/2026/11/chips-1/' : `https://feeds.example/${i}`,
        text: `${TEXT} batch item ${i}`,
        orgs: i % 3 ? [nvidia] : [openai, { ...odyssey, id: `d:startup-${i}` }],
      }),
    );
    await failEveryWrite((db) => bulkRecord(db, batch, 9_000));
  });
});

describe('the consistency check used above', () => {
  it('notices a wrong counter, a stray mention and a lost term count', async () => {
    const { db } = await seeded();
    expect(await archiveProblems(db)).toEqual([]);
    await db.orgs.update('nvidia', { articleCount: 2 });
    // Past the middleware that derives `orgTimes`, as a bug in IndexedDB's hands would.
    const article = await db.articles.toCollection().first();
    if (!article) throw new Error('seeded archive is empty');
    await new Promise((resolve, reject) => {
      const tx = db.backendDB().transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ ...article, orgTimes: [['openai', 1]] });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    await db.terms.clear();
    const problems = await archiveProblems(db);
    expect(problems).toContain('organisation nvidia counts 2, articles 6');
    expect(problems).toContain(`stray mention ${article.id}|openai|1`);
    expect(problems).toContain(
      `missing mention ${article.id}|${article.orgs[0]?.id}|${article.time}`,
    );
    expect(problems.some((p) => p.startsWith('term nvidia counts 0'))).toBe(true);
  });
});
