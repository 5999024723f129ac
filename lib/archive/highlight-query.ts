import type { HighlightFilter } from '../library/messages.ts';
import type { ArchiveDb } from './db.ts';
import { type HighlightRecord, highlightRecordSchema } from './highlight.ts';

/**
 * The library's reads of the reader's highlights and notes (records: `highlight.ts`; written by
 * `lib/highlights`). Records that fail their schema are skipped, never shown half-parsed.
 */
function valid(records: readonly unknown[]): HighlightRecord[] {
  const out: HighlightRecord[] = [];
  for (const record of records) {
    const parsed = highlightRecordSchema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Highlights matching the filter, newest first (orphans included unless filtered out). */
export async function listHighlights(
  db: ArchiveDb,
  filter: HighlightFilter,
  limit = 1_000,
): Promise<HighlightRecord[]> {
  const base = filter.orgId
    ? db.highlights.where('orgIds').equals(filter.orgId)
    : db.highlights.orderBy('updatedAt').reverse();
  const records = valid(await base.toArray());
  return records
    .filter(
      (h) =>
        (!filter.tag || h.tags.includes(filter.tag)) &&
        (!filter.color || h.color === filter.color) &&
        (!filter.orphans || h.state === 'orphan'),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit);
}

/** Highlights on one page (any of its URL variants' keys). */
export async function highlightsOnPage(
  db: ArchiveDb,
  urlKeys: readonly string[],
): Promise<HighlightRecord[]> {
  if (urlKeys.length === 0) return [];
  const records = valid(
    await db.highlights
      .where('urlKeys')
      .anyOf([...urlKeys])
      .toArray(),
  );
  return [...new Map(records.map((h) => [h.id, h])).values()].sort(
    (a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0),
  );
}

/** Highlights changed after `since` (the search index catches up with them). */
export async function highlightsChangedSince(
  db: ArchiveDb,
  since: number,
): Promise<HighlightRecord[]> {
  return valid(await db.highlights.where('updatedAt').above(since).toArray());
}
