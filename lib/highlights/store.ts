/**
 * Highlights in the archive (`highlights` table, schema v4). Every write parses the whole record
 * first, so a bad draft is refused with a message and nothing stored is touched. Nothing here
 * deletes a highlight except an explicit delete by the reader (which returns the record, for undo).
 */
import type { ArchiveDb } from '../archive/db.ts';
import { urlKeysOf } from '../archive/draft.ts';
import { type HighlightRecord, highlightRecordSchema } from '../archive/highlight.ts';
import type { HighlightDraft } from './messages.ts';
import { type NamedOrg, orgsInHighlight } from './orgs.ts';

/** The archived article of a page and its organisations with names, when there is one. */
async function pageArticle(db: ArchiveDb, urlKeys: readonly string[]) {
  const article = await db.articles
    .where('urlKeys')
    .anyOf([...urlKeys])
    .first();
  if (!article) return { articleId: null, orgs: [] as NamedOrg[] };
  const orgs = await db.orgs.bulkGet(article.orgs.map((o) => o.id));
  return {
    articleId: article.id,
    orgs: orgs.flatMap((o) => (o ? [{ id: o.id, name: o.name }] : [])),
  };
}

/** Stores a new highlight, or replaces one with the same id (undo of a delete re-saves it). */
export async function saveHighlight(
  db: ArchiveDb,
  draft: HighlightDraft,
  now: number,
): Promise<HighlightRecord> {
  const { urlVariants, createdAt, ...fields } = draft;
  const urlKeys = urlKeysOf([draft.url, ...urlVariants]);
  const { articleId, orgs } = await pageArticle(db, urlKeys);
  const record = highlightRecordSchema.parse({
    ...fields,
    urlKeys,
    articleId,
    orgIds: orgsInHighlight(draft.quote.exact, draft.note, orgs),
    createdAt: createdAt ?? now,
    updatedAt: now,
    checkedAt: now,
  });
  await db.highlights.put(record);
  return record;
}

/** A page's highlights (any of its URL variants), in reading order where anchored. */
export async function highlightsForPage(
  db: ArchiveDb,
  url: string,
  urlVariants: readonly string[],
): Promise<HighlightRecord[]> {
  const keys = urlKeysOf([url, ...urlVariants]);
  const found = await db.highlights.where('urlKeys').anyOf(keys).distinct().toArray();
  return found
    .filter((h) => highlightRecordSchema.safeParse(h).success)
    .sort(
      (a, b) =>
        (a.position?.start ?? 1e12) - (b.position?.start ?? 1e12) || a.createdAt - b.createdAt,
    );
}

export interface HighlightChanges {
  readonly color?: HighlightRecord['color'];
  readonly tags?: HighlightRecord['tags'];
  readonly note?: string;
}

/** Changes colour, tags or note; the organisations follow the new note. */
export async function updateHighlight(
  db: ArchiveDb,
  id: string,
  changes: HighlightChanges,
  now: number,
): Promise<HighlightRecord> {
  return db.transaction('rw', [db.highlights, db.articles, db.orgs], async () => {
    const current = await db.highlights.get(id);
    if (!current) throw new Error('This highlight is no longer in the archive');
    const note = changes.note ?? current.note;
    const { orgs } = await pageArticle(db, current.urlKeys);
    const next = highlightRecordSchema.parse({
      ...current,
      ...changes,
      tags: changes.tags ? [...new Set(changes.tags)] : current.tags,
      orgIds: orgsInHighlight(current.quote.exact, note, orgs),
      updatedAt: now,
    });
    await db.highlights.put(next);
    return next;
  });
}

/** Records a visit's anchoring: state and position; orphans keep their last known position. */
export async function markChecked(
  db: ArchiveDb,
  results: readonly {
    id: string;
    state: HighlightRecord['state'];
    position: HighlightRecord['position'];
  }[],
  now: number,
): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    let updated = 0;
    for (const { id, state, position } of results) {
      const current = await db.highlights.get(id);
      if (!current) continue;
      await db.highlights.put({
        ...current,
        state,
        position: state === 'anchored' && position ? position : current.position,
        checkedAt: now,
      });
      updated += 1;
    }
    return updated;
  });
}

/** Deletes one highlight and returns it, so the reader can undo by saving it again. */
export async function deleteHighlight(db: ArchiveDb, id: string): Promise<HighlightRecord | null> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (current) await db.highlights.delete(id);
    return current ?? null;
  });
}
