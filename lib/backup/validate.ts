import type { z } from 'zod';
import { BACKUP_TABLES, type BackupTable, OPTIONAL_BACKUP_TABLES } from '../library/messages.ts';
import {
  type BackupHeader,
  backupHeaderSchema,
  type BackupTables,
  backupTableSchemas,
} from './format.ts';

/** Problems named in a rejection message, at most. */
export const MAX_PROBLEMS = 5;

export type Validation =
  | { readonly ok: true; readonly header: BackupHeader; readonly tables: BackupTables }
  | { readonly ok: false; readonly problems: readonly string[] };

function describe(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    return `${prefix}${path}: ${issue.message}`;
  });
}

/**
 * Checks a backup against its schemas, record by record, and names the first problems
 * (`articles[3].url: Invalid URL`). Also checks what single records cannot: unique ids and
 * references between tables.
 */
export function validateBackup(
  header: unknown,
  tables: Readonly<Record<string, readonly unknown[] | undefined>>,
): Validation {
  const problems: string[] = [];
  const parsedHeader = backupHeaderSchema.safeParse(header);
  if (!parsedHeader.success) problems.push(...describe('header', parsedHeader.error));
  const out: Partial<Record<BackupTable, unknown[]>> = {};
  for (const name of BACKUP_TABLES) {
    const records = tables[name] ?? (OPTIONAL_BACKUP_TABLES.includes(name) ? [] : undefined);
    if (!Array.isArray(records)) {
      problems.push(`tables.${name}: missing (expected a list)`);
      continue;
    }
    const schema = backupTableSchemas[name];
    const good: unknown[] = [];
    for (const [i, record] of records.entries()) {
      const parsed = schema.safeParse(record);
      if (parsed.success) good.push(parsed.data);
      else problems.push(...describe(`${name}[${i}]`, parsed.error));
      if (problems.length >= MAX_PROBLEMS)
        return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
    }
    out[name] = good;
  }
  if (problems.length > 0 || !parsedHeader.success)
    return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const data = out as BackupTables;
  const ids = new Set<number>();
  for (const [i, a] of data.articles.entries()) {
    if (ids.has(a.id)) problems.push(`articles[${i}].id: duplicate id ${a.id}`);
    ids.add(a.id);
  }
  for (const [i, t] of data.articleTexts.entries()) {
    if (!ids.has(t.id)) problems.push(`articleTexts[${i}].id: no article ${t.id}`);
  }
  for (const [i, h] of data.highlights.entries()) {
    if (h.articleId !== null && !ids.has(h.articleId)) {
      problems.push(`highlights[${i}].articleId: no article ${h.articleId}`);
    }
  }
  const correctionIds = new Set<number>();
  for (const [i, c] of data.corrections.entries()) {
    if (correctionIds.has(c.id)) problems.push(`corrections[${i}].id: duplicate id ${c.id}`);
    correctionIds.add(c.id);
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, header: parsedHeader.data, tables: data };
}
