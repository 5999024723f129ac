/**
 * Runs in a Chromium page (bundled by bench.ts): seeds a real IndexedDB archive and times inserts
 * and related-coverage queries.
 */
import { bulkRecord } from '../../lib/archive/bulk.ts';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { dexieSource, READ_TABLES } from '../../lib/archive/dexie-source.ts';
import { toIndexed } from '../../lib/archive/indexed.ts';
import { findRelated } from '../../lib/related/engine.ts';
import { syntheticDrafts } from './synthetic-archive.ts';

const BATCH = 1_000;

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/**
 * Seeds the archive in batches. The drafts die with this function, so that the queries run with
 * the heap the extension's background would have, not with every draft to trace at each garbage
 * collection.
 */
export async function seed(db: ArchiveDb, size: number) {
  const drafts = syntheticDrafts(size, size);
  const before = await usage();
  let insertMs = 0;
  for (let i = 0; i < drafts.length; i += BATCH) {
    const t0 = performance.now();
    await bulkRecord(db, drafts.slice(i, i + BATCH), Date.now());
    insertMs += performance.now() - t0;
  }
  const bytesPerArticle = ((await usage()) - before) / size;
  const jsonBytesPerArticle =
    drafts
      .slice(0, 200)
      .reduce(
        (sum, { text: _t, orgNames: _n, ...record }) => sum + JSON.stringify(record).length,
        0,
      ) / 200;
  return { insertMs, bytesPerArticle, jsonBytesPerArticle };
}

async function run(size: number, queries: number) {
  const db = new ArchiveDb(`bench-${size}-${Date.now()}`);
  await db.open();
  const { insertMs, bytesPerArticle, jsonBytesPerArticle } = await seed(db, size);
  const source = dexieSource(db);
  const probes = syntheticDrafts(queries, size + 7, Date.parse('2027-01-01'));
  const times: number[] = [];
  let found = 0;
  for (const [i, probe] of probes.entries()) {
    const article = toIndexed({
      ...probe,
      id: -1 - i,
      firstSeenAt: 0,
      lastReadAt: 0,
      readCount: 0,
    });
    const t0 = performance.now();
    const { stories } = await db.transaction('r', [...READ_TABLES], () =>
      findRelated(source, { article, now: probe.time, orgName: (id) => id }),
    );
    times.push(performance.now() - t0);
    found += stories.length;
  }
  db.close();
  await db.delete();
  return {
    insertPerSec: size / (insertMs / 1_000),
    bytesPerArticle,
    jsonBytesPerArticle,
    times,
    found,
  };
}

(window as unknown as { __backstoryArchiveBench: typeof run }).__backstoryArchiveBench = run;
