import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { companyPage } from '../../lib/archive/company-page.ts';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import { forgetArticle } from '../../lib/archive/forget.ts';
import { readingHistory } from '../../lib/archive/history.ts';
import { applyOrgAction } from '../../lib/archive/org-manage.ts';
import { wipeArchive } from '../../lib/archive/wipe.ts';
import { archiveProblems } from '../support/consistency.ts';
import { makeDraft } from '../support/builders.ts';
import { makeHighlight } from '../support/highlights.ts';
import { freshArchives } from '../support/databases.ts';

const open = freshArchives();

const amazon = { id: 'amazon', name: 'Amazon', salience: 0.8, about: true };
const odyssey = { id: 'd:odyssey', name: 'Odyssey', salience: 0.6, about: true };
const odysseyAi = { id: 'd:odyssey-ai', name: 'Odyssey AI', salience: 0.5, about: false };

async function seed(db: ArchiveDb) {
  const a = await recordArticle(db, makeDraft({ orgs: [amazon, odyssey] }), 1_000);
  const b = await recordArticle(db, makeDraft({ orgs: [odysseyAi], genre: 'analysis' }), 2_000);
  const c = await recordArticle(db, makeDraft({ orgs: [odyssey, odysseyAi] }), 3_000);
  return [a.article, b.article, c.article] as const;
}

describe('managing discovered companies', () => {
  it('merges a company into another across articles, mentions, counts and highlights', async () => {
    const db = open();
    const [, b, c] = await seed(db);
    await db.highlights.put(makeHighlight({ orgIds: ['d:odyssey-ai'] }));
    const merged = await applyOrgAction(
      db,
      'd:odyssey-ai',
      { action: 'merge', into: 'd:odyssey' },
      5_000,
    );
    expect(merged).toMatchObject({ status: 'merged', mergedInto: 'd:odyssey', articleCount: 0 });
    expect((await db.orgs.get('d:odyssey'))?.articleCount).toBe(3);
    expect((await db.articles.get(b.id))?.orgs.map((o) => o.id)).toEqual(['d:odyssey']);
    // An article that had both keeps one entry, the stronger of the two.
    expect((await db.articles.get(c.id))?.orgs).toEqual([
      { id: 'd:odyssey', salience: 0.6, about: true },
    ]);
    expect((await db.highlights.toArray())[0]?.orgIds).toEqual(['d:odyssey']);
    expect(await archiveProblems(db)).toEqual([]);
    await expect(
      applyOrgAction(db, 'd:odyssey', { action: 'merge', into: 'd:odyssey-ai' }, 6_000),
    ).rejects.toThrow(/no such active company/);
  });

  it('ignores, renames, confirms and follows, keeping the archive consistent', async () => {
    const db = open();
    const [a] = await seed(db);
    await applyOrgAction(db, 'd:odyssey', { action: 'rename', name: 'Odyssey Systems' }, 5_000);
    await applyOrgAction(db, 'd:odyssey', { action: 'confirm' }, 5_000);
    await applyOrgAction(db, 'amazon', { action: 'follow' }, 5_000);
    expect(await db.orgs.get('d:odyssey')).toMatchObject({
      name: 'Odyssey Systems',
      status: 'confirmed',
    });
    expect((await db.orgs.get('amazon'))?.followed).toBe(true);
    await applyOrgAction(db, 'd:odyssey-ai', { action: 'ignore' }, 5_000);
    expect(await db.orgs.get('d:odyssey-ai')).toMatchObject({ status: 'ignored', articleCount: 0 });
    expect((await db.articles.get(a.id))?.orgs.map((o) => o.id)).toEqual(['amazon', 'd:odyssey']);
    expect(await archiveProblems(db)).toEqual([]);
  });

  it('builds a company page: months by genre, co-mentioned companies, notes', async () => {
    const db = open();
    await seed(db);
    await db.highlights.put(makeHighlight({ orgIds: ['d:odyssey'], note: 'watch this one' }));
    const page = await companyPage(db, 'd:odyssey');
    expect(page.org.name).toBe('Odyssey');
    expect(page.months.reduce((n, m) => n + m.count, 0)).toBe(2);
    expect(page.months.at(-1)?.byGenre).toEqual({ news: 2 });
    expect(page.related.map((r) => r.id).sort()).toEqual(['amazon', 'd:odyssey-ai']);
    expect(page.notes.map((n) => n.note)).toEqual(['watch this one']);
  });
});

describe('history, forget and delete everything', () => {
  it('filters reading history by company, genre and read state', async () => {
    const db = open();
    await seed(db);
    const byOrg = await readingHistory(db, { orgId: 'd:odyssey-ai' }, 10);
    expect(byOrg.total).toBe(2);
    expect((await readingHistory(db, { genre: 'analysis' }, 10)).total).toBe(1);
    expect((await readingHistory(db, { read: 'unread' }, 10)).total).toBe(0);
    expect((await readingHistory(db, { source: 'feed' }, 10)).total).toBe(0);
  });

  it('forgets an article with everything derived from it', async () => {
    const db = open();
    const [a] = await seed(db);
    await db.highlights.put(makeHighlight({ articleId: a.id }));
    expect(await forgetArticle(db, a.id, 9_000)).toBe(true);
    expect(await db.articles.get(a.id)).toBeUndefined();
    expect((await db.highlights.toArray())[0]?.articleId).toBeNull();
    expect(await archiveProblems(db)).toEqual([]);
    expect(await forgetArticle(db, a.id, 9_000)).toBe(false);
  });

  it('empties every table', async () => {
    const db = open();
    await seed(db);
    await db.highlights.put(makeHighlight());
    await wipeArchive(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
