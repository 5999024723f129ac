/**
 * Import/export round trip, property style: archives generated from seeds (articles with revisits
 * and shared companies, feed records, highlights with notes, a discovered company merged into
 * another and one ignored) export and import into an empty archive as the same archive, consistent.
 */
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import { applyOrgAction } from '../../lib/archive/org-manage.ts';
import { importBackup } from '../../lib/backup/import.ts';
import { validateBackup } from '../../lib/backup/validate.ts';
import { backupHeader, exportAll, makeFeed } from '../support/backup.ts';
import { makeDraft } from '../support/builders.ts';
import { archiveProblems, snapshot } from '../support/consistency.ts';
import { makeHighlight } from '../support/highlights.ts';
import { random } from '../../scripts/lib/synthetic-archive.ts';
import { freshArchives } from '../support/databases.ts';
import { correctPage } from '../../lib/corrections/store.ts';
import { urlKeysOf } from '../../lib/archive/draft.ts';

const open = freshArchives();

const ORGS = [
  { id: 'nvidia', name: 'Nvidia' },
  { id: 'openai', name: 'OpenAI' },
  { id: 'amazon', name: 'Amazon' },
  { id: 'd:odyssey', name: 'Odyssey' },
  { id: 'd:odyssey-labs', name: 'Odyssey Labs' },
  { id: 'd:quillfeather', name: 'Quillfeather' },
];
const SITES = ['Northwind Wire', 'The Circuit Ledger', 'Margin & Moat'];
const NOTES = ['', 'capex again', 'claim: <b>not</b> proven', 'ملاحظة', 'line one\nline two'];

async function generate(seed: number): Promise<ArchiveDb> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const db = open();
  const feedId = await db.feeds.add(
    makeFeed({
      url: `https://feeds.example/${seed}.xml`,
      title: `Feed ${seed}`,
      paused: next() < 0.3,
      etag: next() < 0.5 ? `"e${seed}"` : null,
      lastFetchedAt: 5,
      lastSuccessAt: 5,
      lastError: next() < 0.3 ? 'The server answered 503' : null,
      itemCount: 3,
      storedCount: 1,
    }),
  );
  const count = 4 + Math.floor(next() * 10);
  const recorded = [];
  for (let i = 0; i < count; i += 1) {
    const orgs = ORGS.filter(() => next() < 0.4).map((o) => ({
      ...o,
      salience: Math.round(next() * 100) / 100,
      about: next() < 0.5,
    }));
    const fromFeed = next() < 0.3;
    const draft = makeDraft({
      url: `https://${pick(['news', 'www', 'wire'])}.example/${seed}/story-${i}`,
      siteName: pick(SITES),
      orgs,
      ...(fromFeed ? { source: 'feed', read: false, feedIds: [feedId] } : {}),
    } as never);
    const visit = await recordArticle(db, draft, 1_000 + i);
    recorded.push(visit.article);
    if (next() < 0.3) await recordArticle(db, draft, 5_000 + i);
  }
  for (const article of recorded.filter(() => next() < 0.5)) {
    await db.highlights.put(
      makeHighlight({
        url: article.url,
        articleId: article.id,
        note: pick(NOTES),
        orgIds: article.orgs.map((o) => o.id),
        state: next() < 0.2 ? 'orphan' : 'anchored',
        tags: next() < 0.5 ? ['thesis', 'capex'] : [],
      }),
    );
  }
  const stored = new Set((await db.orgs.toArray()).map((o) => o.id));
  if (stored.has('d:odyssey-labs') && stored.has('d:odyssey')) {
    await applyOrgAction(db, 'd:odyssey-labs', { action: 'merge', into: 'd:odyssey' }, 9_000);
  }
  if (stored.has('d:quillfeather')) {
    await applyOrgAction(db, 'd:quillfeather', { action: 'ignore' }, 9_000);
  }
  if (stored.has('nvidia')) await applyOrgAction(db, 'nvidia', { action: 'follow' }, 9_000);
  // The reader's corrections: pages removed as "not AI" (kept in their correction), and a page
  // Backstory passed over that the reader called an AI-industry article.
  // Some are the first article of a story: its other articles keep the story's id.
  for (const article of recorded.filter((_a, i) => i > 0 && next() < 0.25)) {
    if (!(await db.articles.get(article.id))) continue;
    const { url, urlKeys, title, score } = article;
    await correctPage(db, { url, urlKeys, title, leaning: 1 + score }, 'not-ai', 9_500);
  }
  if (next() < 0.7) {
    const url = `https://blog.example/${seed}/a-post-about-models`;
    await correctPage(
      db,
      { url, urlKeys: urlKeysOf([url]), title: null, leaning: null },
      'ai',
      9_600,
    );
  }
  return db;
}

/** What the generated archives held, so the last test can show the cases were covered. */
const covered = new Set<string>();
async function note(db: ArchiveDb): Promise<void> {
  for (const org of await db.orgs.toArray()) covered.add(`org:${org.status}`);
  if ((await db.orgs.toArray()).some((o) => o.followed)) covered.add('followed');
  for (const a of await db.articles.toArray()) covered.add(`source:${a.source}`);
  for (const h of await db.highlights.toArray()) covered.add(`highlight:${h.state}`);
  if ((await db.articles.toArray()).some((a) => a.readCount > 1)) covered.add('revisit');
  for (const c of await db.corrections.toArray()) {
    covered.add(`correction:${c.verdict}${c.removed ? ':removed' : ''}`);
    if (
      c.removed &&
      (await db.articles.filter((a) => a.storyId === c.removed?.article.id).count())
    ) {
      covered.add('correction:removed-story-head');
    }
  }
}

describe('backup round trip over generated archives', () => {
  for (const seed of [1, 2, 3, 5, 8, 13, 21, 34]) {
    it(`archive #${seed} exports and imports as the same archive`, async () => {
      const source = await generate(seed);
      await note(source);
      expect(await archiveProblems(source)).toEqual([]);
      const checked = validateBackup(backupHeader, await exportAll(source, 3));
      if (!checked.ok) throw new Error(checked.problems.join('; '));
      const target = open();
      await importBackup(target, checked.tables);
      expect(await snapshot(target)).toEqual(await snapshot(source));
      expect(await archiveProblems(target)).toEqual([]);
    });
  }

  it('covered merged and ignored companies, follows, feed items, revisits, orphans, corrections', () => {
    for (const c of [
      'org:merged',
      'org:ignored',
      'followed',
      'source:feed',
      'source:visit',
      'revisit',
      'highlight:orphan',
      'highlight:anchored',
      'correction:not-ai:removed',
      'correction:removed-story-head',
      'correction:ai',
    ]) {
      expect(covered, c).toContain(c);
    }
  });
});
