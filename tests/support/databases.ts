import { afterEach } from 'vitest';
import { ArchiveDb } from '../../lib/archive/db.ts';
import type { SchemaVersion } from '../../lib/archive/schema.ts';
import { freshDbName } from './builders.ts';

/**
 * Opens archives for one test file's tests, each in a database of its own, deleted after its test.
 * Call once at the top of the file.
 */
export function freshArchives(): (name?: string, versions?: readonly SchemaVersion[]) => ArchiveDb {
  const opened: ArchiveDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return (name = freshDbName(), versions) => {
    const db = new ArchiveDb(name, versions);
    opened.push(db);
    return db;
  };
}
