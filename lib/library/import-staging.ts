import { BACKUP_TABLES } from './messages.ts';

/** Records staged at most per import (a 100k-article backup has some 1.5 M records in all). */
const MAX_STAGED = 3_000_000;

interface Staged {
  header: unknown;
  tables: Record<string, unknown[]>;
  count: number;
}

/** Imports staged at once (two library windows importing at once both go through). */
const MAX_IMPORTS = 4;

/**
 * A backup arrives from the library page in pieces (one message per few thousand records);
 * the background keeps them here until the commit validates and writes them all at once. Each
 * import has its own id, so two windows importing at once do not mix their records; their
 * commits are transactions, one after the other. Staging lives in memory only: a service worker
 * that stops mid-import forgets it, and the commit then says so and writes nothing.
 */
export class ImportStaging {
  readonly #imports = new Map<string, Staged>();

  stage(importId: string, part: string, records: readonly unknown[]): number {
    let staged = this.#imports.get(importId);
    if (!staged) {
      // Past the limit, the oldest unfinished import is dropped (its commit will say so).
      const oldest = this.#imports.keys().next().value;
      if (this.#imports.size >= MAX_IMPORTS && oldest !== undefined) this.#imports.delete(oldest);
      staged = {
        header: null,
        tables: Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])),
        count: 0,
      };
      this.#imports.set(importId, staged);
    }
    staged.count += records.length;
    const total = [...this.#imports.values()].reduce((n, s) => n + s.count, 0);
    if (total > MAX_STAGED) {
      this.#imports.delete(importId);
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
    const staged = this.#imports.get(importId);
    if (!staged) {
      throw new Error(
        'Backup not imported, nothing was changed: the import was interrupted (Backstory restarted in the meantime). Please import the file again.',
      );
    }
    this.#imports.delete(importId);
    return staged;
  }
}
