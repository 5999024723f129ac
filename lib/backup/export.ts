import type { ArchiveDb } from '../archive/db.ts';
import type { BackupTable } from '../library/messages.ts';

/** A primary key as it crosses a message: ids, strings, and compound keys of them. */
export type PageKey = number | string | (number | string)[];

/**
 * One page of a table's records for a backup, in primary-key order after `after` (null: from
 * the start), with the table's size and the page's last key. Paging by key keeps every page as
 * cheap as the first (an offset walks every record before it).
 */
export async function exportChunk(
  db: ArchiveDb,
  table: BackupTable,
  after: PageKey | null,
  limit: number,
): Promise<{ records: unknown[]; total: number; lastKey: PageKey | null }> {
  const store = db.table(table);
  return db.transaction('r', store, async () => {
    const range = after === null ? store.toCollection() : store.where(':id').above(after);
    const keys = (await range.clone().limit(limit).primaryKeys()) as PageKey[];
    const records = await range.limit(limit).toArray();
    return { records, total: await store.count(), lastKey: keys.at(-1) ?? null };
  });
}
