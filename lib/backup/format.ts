/**
 * The backup file format, version 1: one JSON object with a header and the records of every
 * table the reader's data lives in (the reader's corrections since schema v8: an additional
 * list, which older backups lack and older versions of Backstory ignore). Derived tables (term counts, counters) are not exported:
 * an import recomputes them from the articles, so they can never disagree.
 */
import { z } from 'zod';
import { articleRecordSchema } from '../archive/article.ts';
import { correctionRecordSchema } from '../archive/correction.ts';
import { feedRecordSchema } from '../archive/feed.ts';
import { highlightRecordSchema } from '../archive/highlight.ts';
import { orgRecordSchema } from '../archive/org.ts';
import type { BackupTable } from '../library/messages.ts';

export const BACKUP_FORMAT = 'backstory-backup';
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  /** The archive schema the records were read from. */
  schemaVersion: z.number().int().positive(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const articleTextSchema = z.object({
  id: z.number().int().positive(),
  text: z.string().max(400_000),
});

/** The schema of each table's records in a backup. */
export const backupTableSchemas = {
  articles: articleRecordSchema,
  articleTexts: articleTextSchema,
  orgs: orgRecordSchema,
  highlights: highlightRecordSchema,
  feeds: feedRecordSchema,
  /** Since schema v8; a backup without the list imports as one without corrections. */
  corrections: correctionRecordSchema,
} satisfies Record<BackupTable, z.ZodType>;

export type BackupTables = { [T in BackupTable]: z.infer<(typeof backupTableSchemas)[T]>[] };

/** The whole file. */
export const backupSchema = backupHeaderSchema.extend({
  tables: z.object(
    Object.fromEntries(
      Object.entries(backupTableSchemas).map(([name, schema]) => [name, z.array(schema)]),
    ) as { [T in BackupTable]: z.ZodArray<(typeof backupTableSchemas)[T]> },
  ),
});
export type Backup = z.infer<typeof backupSchema>;
