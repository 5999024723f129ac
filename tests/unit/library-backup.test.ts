import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import { importBackup } from '../../lib/backup/import.ts';
import { validateBackup } from '../../lib/backup/validate.ts';
import { backupHeader, exportAll, makeFeed } from '../support/backup.ts';
import { archiveProblems, snapshot } from '../support/consistency.ts';
import { makeDraft } from '../support/builders.ts';
import { makeHighlight } from '../support/highlights.ts';
import { freshArchives } from '../support/databases.ts';
import { orgTimeEntries } from '../support/org-times.ts';

const open = freshArchives();

async function seeded(): Promise<ArchiveDb> {
  const db = open();
  const amazon = { id: 'amazon', name: 'Amazon', salience: 0.8, about: true };
  const odyssey = { id: 'd:odyssey', name: 'Odyssey', salience: 0.6, about: true };
  const first = await recordArticle(db, makeDraft({ orgs: [amazon, odyssey] }), 1_000);
  await recordArticle(db, makeDraft({ orgs: [amazon] }), 2_000);
  await db.highlights.put(makeHighlight({ articleId: first.article.id, url: first.article.url }));
  await db.feeds.add(makeFeed());
  return db;
}

describe('backup', () => {
  it('exports every table and imports into an empty archive as the same archive', async () => {
    const source = await seeded();
    const tables = await exportAll(source);
    const checked = validateBackup(backupHeader, tables);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const target = open();
    const summary = await importBackup(target, checked.tables);
    expect(summary).toMatchObject({ merged: 0, added: { articles: 2, highlights: 1, feeds: 1 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await archiveProblems(target)).toEqual([]);
  });

  it('imports a backup from before v6: its mentions list is ignored, orgTimes derived anew', async () => {
    const source = await seeded();
    const tables = await exportAll(source);
    const articles = tables.articles as { id: number; time: number; orgTimes?: unknown }[];
    tables.mentions = articles.map((a) => ({
      articleId: a.id,
      orgId: 'amazon',
      time: a.time,
      salience: 0.8,
      about: true,
    }));
    for (const article of articles) delete article.orgTimes;
    (articles[0] as { orgTimes?: unknown }).orgTimes = [['d:forged', 1]];
    const checked = validateBackup({ ...backupHeader, schemaVersion: 5 }, tables);
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    const target = open();
    await importBackup(target, checked.tables);
    expect(await orgTimeEntries(target)).toEqual(await orgTimeEntries(source));
    expect(await archiveProblems(target)).toEqual([]);
  });

  it('merges duplicates by canonical URL and imports twice without duplicating', async () => {
    const source = await seeded();
    const checked = validateBackup(backupHeader, await exportAll(source));
    if (!checked.ok) throw new Error('invalid');
    const again = await importBackup(source, checked.tables);
    expect(again.merged).toBe(2);
    expect(again.added.articles).toBe(0);
    expect(await source.articles.count()).toBe(2);
    expect(await source.highlights.count()).toBe(1);
    expect(await archiveProblems(source)).toEqual([]);
  });

  it('gives new ids to imported articles whose ids are taken, and their highlights follow', async () => {
    const target = await seeded();
    const source = await seeded();
    const checked = validateBackup(backupHeader, await exportAll(source));
    if (!checked.ok) throw new Error('invalid');
    const moved = {
      ...checked.tables,
      articles: checked.tables.articles.map((a) => ({
        ...a,
        url: a.url.replace('circuitledger', 'elsewhere'),
        urlKeys: a.urlKeys.map((k) => k.replace('circuitledger', 'elsewhere')),
      })),
      highlights: checked.tables.highlights.map((h) => ({ ...h, id: `${h.id}-moved` })),
    };
    const summary = await importBackup(target, moved);
    expect(summary).toMatchObject({ merged: 0, added: { articles: 2, highlights: 1, feeds: 0 } });
    const articles = await target.articles.toArray();
    expect(new Set(articles.map((a) => a.id)).size).toBe(4);
    const moved1 = await target.highlights.get(`${checked.tables.highlights[0]?.id}-moved`);
    const linked = articles.find((a) => a.id === moved1?.articleId);
    expect(linked?.url).toContain('elsewhere');
    expect(await target.articleTexts.count()).toBe(4);
    expect(await archiveProblems(target)).toEqual([]);
  });

  it('names the first problems of an invalid backup: record, field, reason', async () => {
    const source = await seeded();
    const tables = await exportAll(source);
    (tables.articles?.[1] as { url: string }).url = 'not a url';
    (tables.highlights?.[0] as { color: string }).color = 'purple';
    const checked = validateBackup(backupHeader, tables);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems[0]).toBe('articles[1].url: Invalid URL');
    expect(checked.problems.some((p) => p.startsWith('highlights[0].color:'))).toBe(true);
    expect(validateBackup({ ...backupHeader, format: 'other' }, tables).ok).toBe(false);
    const missing = validateBackup(backupHeader, { ...tables, orgs: undefined });
    expect(missing.ok ? [] : missing.problems).toContain('tables.orgs: missing (expected a list)');
  });

  it('rolls the whole import back when a write fails midway', async () => {
    const target = await seeded();
    const before = await snapshot(target);
    const source = await seeded();
    const checked = validateBackup(backupHeader, await exportAll(source));
    if (!checked.ok) throw new Error('invalid');
    // A highlight whose id collides in type with nothing valid: force a failure at the end.
    const broken = {
      ...checked.tables,
      articles: checked.tables.articles.map((a) => ({
        ...a,
        url: `${a.url}?v=2`,
        urlKeys: [`${a.urlKeys[0]}?v=2`],
      })),
      highlights: [{ ...checked.tables.highlights[0], id: undefined } as never],
    };
    await expect(importBackup(target, broken)).rejects.toThrow();
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('backup transfer pages', () => {
  it('keeps each import message under its size bound, records in order', async () => {
    const { importPages } = await import('../../lib/backup/transfer.ts');
    const big = 'x'.repeat(150_000);
    const records = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, text: big }));
    const pages = importPages(records);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(JSON.stringify(page).length).toBeLessThan(8_200_000);
    expect(pages.flat()).toEqual(records);
    expect(importPages(Array.from({ length: 2_500 }, (_, i) => i)).map((p) => p.length)).toEqual([
      1_000, 1_000, 500,
    ]);
  });
});
