import type { ArchiveDb } from './db.ts';

/** Empties every table of the archive in one transaction ("delete everything"). */
export async function wipeArchive(db: ArchiveDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
