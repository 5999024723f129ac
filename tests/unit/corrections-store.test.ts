/**
 * The reader's corrections in the archive (real IndexedDB through Dexie, on fake-indexeddb):
 * what a correction removes comes back whole on undo, and backups carry corrections.
 */
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import { urlKeysOf } from '../../lib/archive/draft.ts';
import { applyOrgAction } from '../../lib/archive/org-manage.ts';
import { importBackup } from '../../lib/backup/import.ts';
import { validateBackup } from '../../lib/backup/validate.ts';
import {
  correctPage,
  keptPagesOf,
  noteAddedArticle,
  undoCorrection,
} from '../../lib/corrections/store.ts';
import { backupHeader, exportAll } from '../support/backup.ts';
import { makeDraft } from '../support/builders.ts';
import { archiveProblems, snapshot } from '../support/consistency.ts';
import { freshArchives } from '../support/databases.ts';
import { makeHighlight } from '../support/highlights.ts';

const open = freshArchives();
const amazon = { id: 'amazon', name: 'Amazon', salience: 0.8, about: true };
const odyssey = { id: 'd:odyssey', name: 'Odyssey', salience: 0.6, about: true };

async function archiveWithTwo(db: ArchiveDb) {
  const url = 'https://www.circuitledger.example/2026/11/phones-story';
  const first = await recordArticle(db, makeDraft({ url, orgs: [amazon, odyssey] }), 1_000);
  await recordArticle(
    db,
    makeDraft({ url: `${url}?utm_source=x`, orgs: [amazon, odyssey] }),
    1_500,
  );
  const other = await recordArticle(db, makeDraft({ orgs: [amazon] }), 2_000);
  await db.highlights.put(makeHighlight({ url, articleId: first.article.id, orgIds: ['amazon'] }));
  const article = await db.articles.get(first.article.id);
  if (!article) throw new Error('not recorded');
  return { article, other: other.article };
}

const pageOf = (article: { url: string; urlKeys: readonly string[]; title: string }) => ({
  url: article.url,
  urlKeys: article.urlKeys,
  title: article.title,
  leaning: 1.8,
});

describe('a "not an AI-industry article" correction', () => {
  it('removes the record with its counts, and undo puts it back whole, highlights linked', async () => {
    const db = open();
    const { article } = await archiveWithTwo(db);
    const before = await snapshot(db);
    const correction = await correctPage(db, pageOf(article), 'not-ai', 3_000);
    expect(correction).toMatchObject({
      verdict: 'not-ai',
      site: 'circuitledger.example',
      section: 'circuitledger.example/#/',
      removed: { article: { id: article.id, readCount: 2 } },
    });
    expect(await db.articles.get(article.id)).toBeUndefined();
    expect(await db.articleTexts.get(article.id)).toBeUndefined();
    expect((await db.orgs.get('d:odyssey'))?.articleCount).toBe(0);
    expect((await db.highlights.toArray())[0]?.articleId).toBeNull();
    expect(await archiveProblems(db)).toEqual([]);

    expect(await undoCorrection(db, correction.id, 4_000)).toMatchObject({ id: correction.id });
    const after = await snapshot(db);
    expect(after.corrections).toEqual([]);
    // Organisations are rewritten by the counts (lastSeenAt); everything else is as it was.
    expect({ ...after, orgs: [], corrections: undefined }).toEqual({
      ...before,
      orgs: [],
      corrections: undefined,
    });
    expect((await db.orgs.get('d:odyssey'))?.articleCount).toBe(1);
    expect(await archiveProblems(db)).toEqual([]);
    expect(await undoCorrection(db, correction.id, 4_100)).toBeNull();
  });

  it('restores under a new id when its own was taken, and follows companies ignored since', async () => {
    const db = open();
    const { article } = await archiveWithTwo(db);
    const correction = await correctPage(db, pageOf(article), 'not-ai', 3_000);
    await applyOrgAction(db, 'd:odyssey', { action: 'ignore' }, 3_500);
    // Another page takes the freed id (auto-increment never reuses it, an import may).
    await db.articles.put({
      ...(correction.removed?.article ?? article),
      url: 'https://x.example/a',
      urlKeys: ['https://x.example/a'],
      orgs: [],
    });
    await db.meta.put({ key: 'articleCount', value: 2 });
    await undoCorrection(db, correction.id, 4_000);
    const restored = await db.articles.where('urlKeys').anyOf(article.urlKeys).first();
    expect(restored?.id).not.toBe(article.id);
    expect(restored?.orgs.map((o) => o.id)).toEqual(['amazon']);
    expect((await db.highlights.toArray())[0]?.articleId).toBe(restored?.id);
  });

  it('is not undone over a record of the page archived again meanwhile', async () => {
    const db = open();
    const { article } = await archiveWithTwo(db);
    const correction = await correctPage(db, pageOf(article), 'not-ai', 3_000);
    await recordArticle(db, makeDraft({ url: article.url }), 3_500);
    await undoCorrection(db, correction.id, 4_000);
    expect(await db.articles.where('urlKeys').anyOf(article.urlKeys).count()).toBe(1);
    expect(await archiveProblems(db)).toEqual([]);
  });

  it('replaces an earlier correction of the same page, after undoing it', async () => {
    const db = open();
    const url = 'https://lab.example/blog/model-release';
    const page = { url, urlKeys: urlKeysOf([url]), title: 'A release', leaning: 0.4 };
    const added = await correctPage(db, page, 'ai', 1_000);
    const visit = await recordArticle(db, makeDraft({ url }), 1_100);
    await noteAddedArticle(db, added.id, visit.article.id);
    const removed = await correctPage(db, page, 'not-ai', 2_000);
    expect(await db.corrections.toArray()).toEqual([removed]);
    // Undoing "AI" removed what it had added, so "not AI" had nothing left to keep.
    expect(removed.removed).toBeNull();
    expect(await db.articles.count()).toBe(0);
    expect(await archiveProblems(db)).toEqual([]);
  });

  it('refuses what is not a web page, and writes nothing', async () => {
    const db = open();
    const page = {
      url: 'chrome://settings',
      urlKeys: ['chrome://settings'],
      title: null,
      leaning: null,
    };
    await expect(correctPage(db, page, 'not-ai', 1)).rejects.toThrow(/web pages/);
    expect(await db.corrections.count()).toBe(0);
  });
});

describe('what learning reads', () => {
  it('finds the section\u2019s read articles, not feed items, other sections or corrected pages', async () => {
    const db = open();
    const section = 'lab.example/blog/';
    const read = await recordArticle(
      db,
      makeDraft({ url: 'https://www.lab.example/blog/a', score: 0.9 }),
      1,
    );
    await recordArticle(db, makeDraft({ url: 'https://lab.example/blog/b', score: 0.2 }), 2);
    await recordArticle(db, makeDraft({ url: 'https://lab.example/careers/c', score: 0.7 }), 3);
    await recordArticle(
      db,
      makeDraft({
        url: 'https://lab.example/blog/feed-item',
        score: 0.8,
        source: 'feed',
        read: false,
      }),
      4,
    );
    await recordArticle(
      db,
      makeDraft({ url: 'https://lab.example.evil.test/blog/d', score: 0.6 }),
      5,
    );
    const corrected = await correctPage(
      db,
      {
        url: 'https://lab.example/blog/b',
        urlKeys: urlKeysOf(['https://lab.example/blog/b']),
        title: null,
        leaning: 1.2,
      },
      'ai',
      6,
    );
    expect(read.article.url).toContain('/blog/a');
    expect(await keptPagesOf(db, section, [corrected])).toEqual([{ score: 0.9 }]);
  });
});

describe('backups carry corrections', () => {
  async function withCorrections() {
    const db = open();
    const { article } = await archiveWithTwo(db);
    await correctPage(db, pageOf(article), 'not-ai', 3_000);
    const url = 'https://lab.example/blog/model-release';
    await correctPage(
      db,
      { url, urlKeys: urlKeysOf([url]), title: 'A release', leaning: 0.3 },
      'ai',
      3_100,
    );
    return db;
  }

  it('exports and imports them, the removed record inside, as the same archive', async () => {
    const source = await withCorrections();
    const tables = await exportAll(source);
    expect(tables.corrections).toHaveLength(2);
    const checked = validateBackup(backupHeader, tables);
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    const target = open();
    const summary = await importBackup(target, checked.tables, 5_000);
    expect(summary.added.corrections).toBe(2);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Undo works on the imported correction: the removed article comes back.
    const [removal] = await target.corrections.filter((c) => c.verdict === 'not-ai').toArray();
    await undoCorrection(target, removal?.id ?? 0, 6_000);
    expect(await target.articles.count()).toBe(2);
    expect(await archiveProblems(target)).toEqual([]);
  });

  it('imports a backup from before corrections existed', async () => {
    const source = open();
    await archiveWithTwo(source);
    const { corrections: _none, ...tables } = await exportAll(source);
    const checked = validateBackup({ ...backupHeader, schemaVersion: 7 }, tables);
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    const target = open();
    await importBackup(target, checked.tables);
    expect(await target.articles.count()).toBe(2);
    expect(await target.corrections.count()).toBe(0);
  });

  it('applies an imported "not AI" to the archive: the page leaves it, kept in the correction', async () => {
    const source = await withCorrections();
    const target = open();
    const { article } = await archiveWithTwo(target);
    const checked = validateBackup(backupHeader, await exportAll(source));
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    await importBackup(target, checked.tables, 5_000);
    expect(await target.articles.where('urlKeys').anyOf(article.urlKeys).count()).toBe(0);
    const [removal] = await target.corrections.filter((c) => c.verdict === 'not-ai').toArray();
    expect(removal?.removed?.article.url).toBe(article.url);
    expect(await archiveProblems(target)).toEqual([]);
    // Importing the same backup again changes nothing.
    const before = await snapshot(target);
    await importBackup(target, checked.tables, 6_000);
    expect(await snapshot(target)).toEqual(before);
  });

  it('names a bad correction and imports nothing', async () => {
    const source = await withCorrections();
    const tables = await exportAll(source);
    (tables.corrections?.[0] as { verdict: string }).verdict = 'maybe';
    (tables.corrections?.[1] as { url: string }).url = 'javascript:alert(1)';
    const checked = validateBackup(backupHeader, tables);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.some((p) => p.startsWith('corrections[0].verdict:'))).toBe(true);
    expect(checked.problems.some((p) => p.startsWith('corrections[1].url:'))).toBe(true);
    const duplicate = await exportAll(source);
    const [first] = duplicate.corrections ?? [];
    duplicate.corrections = [first, first];
    const twice = validateBackup(backupHeader, duplicate);
    expect(twice.ok ? [] : twice.problems).toContain(
      `corrections[1].id: duplicate id ${(first as { id: number }).id}`,
    );
  });
});
