/** Backups and feed records for tests: the whole archive through the export pages, as a file. */
import type { ArchiveDb } from '../../lib/archive/db.ts';
import type { FeedRecord } from '../../lib/archive/feed.ts';
import { exportChunk, type PageKey } from '../../lib/backup/export.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/backup/format.ts';
import { newFeed } from '../../lib/feeds/feed-store.ts';
import { BACKUP_TABLES } from '../../lib/library/messages.ts';

export const backupHeader = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: '2026-12-07T00:00:00.000Z',
  schemaVersion: 4,
};

/** Every backup table, read page by page (small pages, to cross page boundaries) and through JSON. */
export async function exportAll(db: ArchiveDb, pageSize = 2): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const records: unknown[] = [];
    for (let after: PageKey | null = null; ; ) {
      const chunk = await exportChunk(db, table, after, pageSize);
      records.push(...chunk.records);
      if (chunk.records.length < pageSize || chunk.lastKey === null) break;
      after = chunk.lastKey;
    }
    tables[table] = JSON.parse(JSON.stringify(records)) as unknown[];
  }
  return tables;
}

/** A followed feed as the feeds table keeps it, never fetched yet; override what matters. */
export function makeFeed(overrides: Partial<Omit<FeedRecord, 'id'>> = {}): Omit<FeedRecord, 'id'> {
  return {
    ...newFeed('https://www.circuitledger.example/feed.xml', 'The Circuit Ledger', 1),
    nextFetchAt: 0,
    ...overrides,
  };
}
