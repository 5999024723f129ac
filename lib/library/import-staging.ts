import { BACKUP_TABLES } from './messages.ts';

/** Records staged at most per import (a 100k-article backup has some 1.5 M records in all). */
const MAX_STAGED = 3_000_000;

interface Staged {
  header: unknown;
  tables: Record<string, unknown[]>;
  count: number;
}

/**
 * A backup arrives from the library page in pieces (one message per few thousand records);
 * the background keeps them here until the commit validates and writes them all at once.
 * One import at a time: a new import id drops any unfinished one.
 */
export class ImportStaging {
  #current: { id: string; staged: Staged } | null = null;

  stage(importId: string, part: string, records: readonly unknown[]): number {
    if (this.#current?.id !== importId) {
      this.#current = {
        id: importId,
        staged: {
          header: null,
          tables: Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])),
          count: 0,
        },
      };
    }
    const { staged } = this.#current;
    staged.count += records.length;
    if (staged.count > MAX_STAGED) {
      this.#current = null;
      throw new Error(`Backup too large: more than ${MAX_STAGED} records`);
    }
    if (part === 'header') staged.header = records[0] ?? null;
    else if ((BACKUP_TABLES as readonly string[]).includes(part)) {
      // A table never staged stays absent, and validation names it as missing.
      staged.tables[part] ??= [];
      staged.tables[part].push(...records);
    }
    return staged.count;
  }

  /** The staged backup, removed from staging. */
  take(importId: string): Staged {
    if (this.#current?.id !== importId)
      throw new Error('No backup is being imported (it was replaced or already committed)');
    const { staged } = this.#current;
    this.#current = null;
    return staged;
  }
}
