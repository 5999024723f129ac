import type { RequestOf, RequestType, ResponseOf } from '../messaging/protocol.ts';
import { BACKUP_TABLES } from '../library/messages.ts';
import type { PageKey } from './export.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format.ts';

type Ask = <T extends RequestType>(message: RequestOf<T>) => Promise<ResponseOf<T>>;

/**
 * Records per message. Extension messages are capped (64 MiB in Chrome) and an article text may
 * hold 200,000 characters, so texts travel in small pages and imports in pages of bounded size.
 */
const EXPORT_PAGE = 500;
const EXPORT_TEXT_PAGE = 40;
const IMPORT_PAGE = 1_000;
const IMPORT_PAGE_CHARS = 8_000_000;

/** Splits records into pages of at most IMPORT_PAGE records and about IMPORT_PAGE_CHARS of JSON. */
export function importPages(records: readonly unknown[]): unknown[][] {
  const pages: unknown[][] = [];
  let page: unknown[] = [];
  let chars = 0;
  for (const record of records) {
    const size = JSON.stringify(record)?.length ?? 4;
    if (page.length > 0 && (page.length >= IMPORT_PAGE || chars + size > IMPORT_PAGE_CHARS)) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    page.push(record);
    chars += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Progress of a long export or import, 0..1, with what is happening. */
export type OnProgress = (share: number, label: string) => void;

/**
 * Reads every table page by page from the background and assembles the backup file's text.
 * The archive schema version goes in the header, so a later Backstory knows what it reads.
 */
export async function exportBackupText(
  ask: Ask,
  schemaVersion: number,
  onProgress: OnProgress,
): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  const totals = await Promise.all(
    BACKUP_TABLES.map(
      async (table) =>
        (await ask({ type: 'library/export-chunk', table, after: null, limit: 1 })).total,
    ),
  );
  const all = Math.max(
    1,
    totals.reduce((a, b) => a + b, 0),
  );
  let done = 0;
  for (const table of BACKUP_TABLES) {
    const records: unknown[] = [];
    const limit = table === 'articleTexts' ? EXPORT_TEXT_PAGE : EXPORT_PAGE;
    let after: PageKey | null = null;
    for (;;) {
      const chunk: { records: unknown[]; lastKey: PageKey | null } = await ask({
        type: 'library/export-chunk',
        table,
        after,
        limit,
      });
      records.push(...chunk.records);
      done += chunk.records.length;
      onProgress(Math.min(1, done / all), `Exporting ${table}`);
      if (chunk.records.length < limit || chunk.lastKey === null) break;
      after = chunk.lastKey;
    }
    tables[table] = records;
  }
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    schemaVersion,
  };
  return JSON.stringify({ ...header, tables });
}

/**
 * Sends a backup file to the background in pages, then commits it: the background validates the
 * whole file and writes it in one transaction, or rejects it with its first problems and writes
 * nothing.
 */
export async function importBackupText(ask: Ask, text: string, onProgress: OnProgress) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Backup rejected, nothing was imported. The file is not JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('Backup rejected, nothing was imported. The file is not a Backstory backup.');
  }
  const { tables, ...header } = parsed as { tables?: unknown };
  const importId = crypto.randomUUID();
  await ask({ type: 'library/import-stage', importId, part: 'header', records: [header] });
  const byTable =
    typeof tables === 'object' && tables !== null ? (tables as Record<string, unknown>) : {};
  const all = Math.max(
    1,
    BACKUP_TABLES.reduce(
      (n, t) => n + (Array.isArray(byTable[t]) ? (byTable[t] as unknown[]).length : 0),
      0,
    ),
  );
  let sent = 0;
  for (const table of BACKUP_TABLES) {
    const records = byTable[table];
    // A missing table is sent as nothing: the background's validation names it.
    if (!Array.isArray(records)) continue;
    if (records.length === 0)
      await ask({ type: 'library/import-stage', importId, part: table, records: [] });
    for (const page of importPages(records)) {
      await ask({ type: 'library/import-stage', importId, part: table, records: page });
      sent += page.length;
      onProgress((sent / all) * 0.8, `Reading ${table}`);
    }
  }
  onProgress(0.85, 'Checking and saving');
  const summary = await ask({ type: 'library/import-commit', importId });
  onProgress(1, 'Done');
  return summary;
}
