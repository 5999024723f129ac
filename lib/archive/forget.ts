import { RECORD_TABLES } from './articles.ts';
import type { ArchiveDb } from './db.ts';
import { countArticles, removeIndexEntries } from './index-entries.ts';

/**
 * Removes an article from the archive with everything derived from it (mentions, organisation
 * and term counts, its text, the article counter), in one transaction. The reader's highlights on
 * the page stay (they are found by URL); they lose only their link to the record.
 */
export async function forgetArticle(db: ArchiveDb, id: number, now: number): Promise<boolean> {
  return db.transaction('rw', [...RECORD_TABLES, 'highlights'], async () => {
    const article = await db.articles.get(id);
    if (!article) return false;
    await removeIndexEntries(db, article, now);
    await db.articles.delete(id);
    await db.articleTexts.delete(id);
    await countArticles(db, -1);
    await db.highlights.where('articleId').equals(id).modify({ articleId: null });
    return true;
  });
}
