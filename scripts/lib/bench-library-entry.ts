/**
 * Runs in a Chromium page (bundled by scripts/bench-library.ts): a real IndexedDB archive of
 * synthetic articles (some 850 words each) and highlights, then times the library's search
 * (first build, then queries as a reader types) and a full backup export and import.
 */
import { bulkRecord } from '../../lib/archive/bulk.ts';
import { ArchiveDb } from '../../lib/archive/db.ts';
import type { HighlightRecord } from '../../lib/archive/highlight.ts';
import { exportChunk, type PageKey } from '../../lib/backup/export.ts';
import { importBackup } from '../../lib/backup/import.ts';
import { validateBackup } from '../../lib/backup/validate.ts';
import { BACKUP_TABLES } from '../../lib/library/messages.ts';
import { ArchiveSearch } from '../../lib/search/archive-search.ts';
import { z } from 'zod';
import { random, syntheticDrafts } from './synthetic-archive.ts';

// The background's CSP forbids eval, so zod validates there without its compiled fast path.
z.config({ jitless: true });

const BATCH = 1_000;
/** Copies of the synthetic 140-word text per article: news articles run 600–1,200 words. */
const TEXT_PARTS = 6;

function highlights(
  articles: { id: number; url: string; urlKeys: readonly string[]; title: string }[],
): HighlightRecord[] {
  const next = random(99);
  return articles.slice(0, 500).map((a, i) => ({
    id: `bench-highlight-${i}`,
    url: a.url,
    urlKeys: [...a.urlKeys],
    articleId: a.id,
    title: a.title,
    siteName: 'Bench',
    quote: { exact: `passage ${i} about inference costs and chips`, prefix: '', suffix: '' },
    position: null,
    color: 'idea',
    tags: ['bench'],
    note: `note ${i}: ${next() < 0.5 ? 'infrastructure over models' : 'pricing pressure'}`,
    orgIds: [],
    state: 'anchored',
    createdAt: i,
    updatedAt: i + 1,
    checkedAt: i,
  }));
}

async function run(size: number, queries: number) {
  const db = new ArchiveDb(`bench-library-${size}-${Date.now()}`);
  await db.open();
  const base = syntheticDrafts(size, size);
  const seedStart = performance.now();
  for (let i = 0; i < base.length; i += BATCH) {
    const batch = base.slice(i, i + BATCH).map((draft, j) => ({
      ...draft,
      text: Array.from(
        { length: TEXT_PARTS },
        (_, k) => base[(i + j + k * 97) % base.length]?.text,
      ).join(' '),
    }));
    await bulkRecord(db, batch, Date.now());
  }
  // The same articles recorded by bulkRecord: the import's yardstick, measured side by side.
  const seedMs = performance.now() - seedStart;
  await db.highlights.bulkPut(highlights(await db.articles.limit(500).toArray()));

  const search = new ArchiveSearch(db);
  let t0 = performance.now();
  await search.catchUp();
  const buildMs = performance.now() - t0;
  // What a reader types: prefixes of words in the archive, one and two words.
  const words = base
    .slice(0, queries)
    .map((d) => d.text.split(' ')[3 + (d.text.length % 7)] ?? 'chips');
  const typed = words.flatMap((w, i) => [
    w.slice(0, 3),
    `${w} ${words[(i + 1) % words.length]?.slice(0, 2)}`,
  ]);
  const times: number[] = [];
  let hits = 0;
  for (const query of typed) {
    t0 = performance.now();
    const result = await search.search(query, 30);
    times.push(performance.now() - t0);
    hits += result.hits.length;
  }

  t0 = performance.now();
  const tables: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const records: unknown[] = [];
    for (let after: PageKey | null = null; ; ) {
      const chunk = await exportChunk(db, table, after, 500);
      records.push(...chunk.records);
      if (chunk.records.length < 500 || chunk.lastKey === null) break;
      after = chunk.lastKey;
    }
    tables[table] = records;
  }
  const text = JSON.stringify({
    format: 'backstory-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    schemaVersion: 4,
    tables,
  });
  const exportMs = performance.now() - t0;
  db.close();
  await db.delete();

  const target = new ArchiveDb(`bench-import-${size}-${Date.now()}`);
  await target.open();
  t0 = performance.now();
  const parsed = JSON.parse(text) as { tables: Record<string, unknown[]> };
  const checked = validateBackup(parsed, parsed.tables);
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  const validateMs = performance.now() - t0;
  await importBackup(target, checked.tables);
  const importMs = performance.now() - t0;
  const imported = await target.articles.count();
  target.close();
  await target.delete();
  return {
    buildMs,
    times,
    hits,
    exportMs,
    validateMs,
    importMs,
    imported,
    bytes: text.length,
    seedMs,
  };
}

(window as unknown as { __backstoryLibraryBench: typeof run }).__backstoryLibraryBench = run;
