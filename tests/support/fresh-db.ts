import { afterEach } from 'vitest';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { freshDbName } from './builders.ts';

const opened: ArchiveDb[] = [];

// Each test file that imports this deletes the databases its tests opened, after each test.
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** An archive database of its own for one test, deleted once the test ends. */
export function freshDb(): ArchiveDb {
  const db = new ArchiveDb(freshDbName());
  opened.push(db);
  return db;
}
