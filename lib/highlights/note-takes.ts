/**
 * The reader's own notes as earlier takes: notes on other pages that name organisations the
 * current article names, the ones sharing most first, then the newest. Each carries its quote
 * and links back to its page.
 */
import type { ArchiveDb } from '../archive/db.ts';
import { highlightRecordSchema } from '../archive/highlight.ts';
import { notesNaming } from '../archive/org-times.ts';
import type { RelatedItem } from '../related/view.ts';

/** Notes shown at most, before the analysis pieces. */
export const MAX_NOTE_TAKES = 5;
/** Notes read per organisation, its newest (bounded, whatever the archive's size). */
const PER_ORG = 50;

export interface NoteTakesQuery {
  readonly orgIds: readonly string[];
  /** The current page's URL keys: its own notes are not earlier takes. */
  readonly urlKeys: readonly string[];
  readonly orgName: (id: string) => string;
}

export async function noteTakes(db: ArchiveDb, query: NoteTakesQuery): Promise<RelatedItem[]> {
  const wanted = new Set(query.orgIds);
  if (wanted.size === 0) return [];
  const own = new Set(query.urlKeys);
  const seen = new Map<string, { shared: string[]; record: (typeof found)[number] }>();
  const found = (
    await Promise.all(
      [...wanted].map((id) => notesNaming(db, id).reverse().limit(PER_ORG).toArray()),
    )
  ).flat();
  for (const record of found) {
    if (seen.has(record.id) || !record.note.trim()) continue;
    if (record.urlKeys.some((k) => own.has(k))) continue;
    if (!highlightRecordSchema.safeParse(record).success) continue;
    seen.set(record.id, { shared: record.orgIds.filter((id) => wanted.has(id)), record });
  }
  const ranked = [...seen.values()]
    .sort((a, b) => b.shared.length - a.shared.length || b.record.updatedAt - a.record.updatedAt)
    .slice(0, MAX_NOTE_TAKES);
  const articles = await db.articles.bulkGet(ranked.map(({ record }) => record.articleId ?? -1));
  return ranked.map(({ shared, record }, i) => {
    const article = articles[i];
    const names = shared.slice(0, 3).map(query.orgName);
    return {
      url: record.url,
      title: record.title || record.url,
      siteName: record.siteName,
      time: record.createdAt,
      genre: article?.genre ?? 'news',
      read: true,
      reason: `Your note · names ${names.join(' and ')}, like this article`,
      alsoCoveredBy: [],
      note: { quote: record.quote.exact.slice(0, 1_000), text: record.note.slice(0, 2_000) },
    };
  });
}
