import type { ArchiveDb } from './db.ts';
import { urlKeysOf } from './draft.ts';

/**
 * Links a summary page to the archived article it summarises (an aggregator's digest of an
 * analyst's newsletter): both join one story. Returns the story id, or null when the original is
 * not in the archive (yet).
 */
export async function linkSummary(
  db: ArchiveDb,
  summaryId: number,
  originalUrl: string,
): Promise<number | null> {
  return db.transaction('rw', db.articles, async () => {
    const original = await db.articles
      .where('urlKeys')
      .anyOf(urlKeysOf([originalUrl]))
      .first();
    if (!original || original.id === summaryId) return null;
    const storyId = original.storyId ?? original.id;
    if (original.storyId === null) await db.articles.update(original.id, { storyId });
    await db.articles.update(summaryId, { storyId });
    return storyId;
  });
}
