import type { ArchiveDb } from '../archive/db.ts';
import type { BackupTable } from '../library/messages.ts';

/**
 * One page of a table's records for a backup, in primary-key order, with the table's size (the
 * library page shows progress and assembles the file). Read in one transaction per page.
 */
export async function exportChunk(
  db: ArchiveDb,
  table: BackupTable,
  offset: number,
  limit: number,
): Promise<{ records: unknown[]; total: number }> {
  const store = db.table(table);
  return db.transaction('r', store, async () => ({
    records: await store.toCollection().offset(offset).limit(limit).toArray(),
    total: await store.count(),
  }));
}
