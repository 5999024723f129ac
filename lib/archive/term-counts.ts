/**
 * Document frequencies of terms (the IDF of text similarity), kept in `TERM_SHARDS` records:
 * each term's count lives in the shard its hash picks. One record per term made a batch of 1,000
 * articles write some 3,000 records (every IndexedDB write costs some 70 µs in Chromium, whatever
 * its size); shards bound that at `TERM_SHARDS`, while a query still reads one record per term.
 */
import type { ArchiveDb } from './db.ts';

/**
 * Shards of the term counts: few enough to write them all per batch, enough to keep each small,
 * since a query reads about 38 of them and a shard's read time grows with its size (measured in
 * Chromium: 38 shards of 20 terms 1.9 ms, of 240 terms 4.1 ms, of 470 terms 6.6 ms). An archive
 * of news about AI has some 27,000 distinct stored terms at 10,000 articles and 120,000 at
 * 100,000 (Heaps' law fitted on the labelled archive), so about 50 and 240 terms per shard.
 */
export const TERM_SHARDS = 512;
/** Above this many shards to read, one read of the whole table is cheaper than one per shard. */
const READ_ALL_FROM = TERM_SHARDS / 4;

/** The document frequencies of the terms whose hash falls in one shard. */
export interface TermShard {
  readonly shard: number;
  readonly df: ReadonlyMap<string, number>;
}

/** The shard of a term: FNV-1a over its UTF-16 code units. */
export function shardOf(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i += 1) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % TERM_SHARDS;
}

/** The shards holding these terms' counts, as they should be written (without empty ones). */
export function shardCounts(
  counts: ReadonlyMap<string, number>,
  stored: ReadonlyMap<number, ReadonlyMap<string, number>> = new Map(),
): { put: TermShard[]; emptied: number[] } {
  const changed = new Map<number, Map<string, number>>();
  for (const [term, delta] of counts) {
    const shard = shardOf(term);
    let df = changed.get(shard);
    if (!df) {
      df = new Map(stored.get(shard));
      changed.set(shard, df);
    }
    const value = (df.get(term) ?? 0) + delta;
    if (value > 0) df.set(term, value);
    else df.delete(term);
  }
  const put: TermShard[] = [];
  const emptied: number[] = [];
  for (const [shard, df] of changed) {
    if (df.size > 0) put.push({ shard, df });
    else emptied.push(shard);
  }
  return { put, emptied };
}

async function readShards(
  db: ArchiveDb,
  shards: readonly number[],
): Promise<Map<number, ReadonlyMap<string, number>>> {
  const records =
    shards.length > READ_ALL_FROM
      ? await db.terms.toArray()
      : (await db.terms.bulkGet([...shards])).filter((s): s is TermShard => s !== undefined);
  return new Map(records.map((s) => [s.shard, s.df]));
}

/** Adds each term's delta to its document frequency (inside a read-write transaction). */
export async function addTermCounts(
  db: ArchiveDb,
  counts: ReadonlyMap<string, number>,
): Promise<void> {
  if (counts.size === 0) return;
  const stored = await readShards(db, [...new Set([...counts.keys()].map(shardOf))]);
  const { put, emptied } = shardCounts(counts, stored);
  await db.terms.bulkPut(put);
  if (emptied.length) await db.terms.bulkDelete(emptied);
}

/** The document frequency of each term (0 when unknown). */
export async function termFrequencies(
  db: ArchiveDb,
  terms: readonly string[],
): Promise<Map<string, number>> {
  const stored = await readShards(db, [...new Set(terms.map(shardOf))]);
  return new Map(terms.map((term) => [term, stored.get(shardOf(term))?.get(term) ?? 0]));
}
