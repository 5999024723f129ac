import type { ArticleRecord } from './article.ts';
import { RECORD_TABLES } from './articles.ts';
import type { ArchiveDb } from './db.ts';
import { addIndexEntries, countArticles, readOrgs } from './index-entries.ts';
import { applyOrgDecisions, orgDecisions } from './org-decisions.ts';

/**
 * Puts back an article that `forgetArticle` removed (a correction being undone), with its reads,
 * dates and story, its text, its counts, and the reader's highlights on the page linked again.
 * Its own id when free; the companies the reader has ignored or merged since follow those
 * decisions. Returns the record, or null when the page is in the archive again already.
 */
export async function restoreArticle(
  db: ArchiveDb,
  article: ArticleRecord,
  text: string,
  now: number,
): Promise<ArticleRecord | null> {
  return db.transaction('rw', [...RECORD_TABLES, 'highlights'], async () => {
    if ((await db.articles.where('urlKeys').anyOf(article.urlKeys).count()) > 0) return null;
    const { id: oldId, orgTimes: _derived, ...kept } = article;
    const known = await readOrgs(
      db,
      kept.orgs.map((o) => o.id),
    );
    const orgs = applyOrgDecisions(kept.orgs, orgDecisions(known));
    const story = kept.storyId === oldId ? null : kept.storyId;
    const storyKept = story !== null && (await db.articles.get(story)) !== undefined;
    const free = (await db.articles.get(oldId)) === undefined;
    const fields = { ...kept, orgs, storyId: storyKept ? story : null };
    const id = free
      ? ((await db.articles.add({ ...fields, id: oldId } as ArticleRecord)) as number)
      : ((await db.articles.add(fields as ArticleRecord)) as number);
    // A story the article began (its own id) is its own again, under its new id if it has one.
    const storyId = kept.storyId === oldId ? id : fields.storyId;
    if (storyId !== fields.storyId) await db.articles.update(id, { storyId });
    const restored: ArticleRecord = { ...fields, id, storyId };
    await db.articleTexts.put({ id, text });
    const names = new Map(
      orgs.map((o) => {
        const stored = known.get(o.id);
        return [
          o.id,
          { name: stored?.name ?? o.id.replace(/^d:/, ''), discovered: o.id.startsWith('d:') },
        ];
      }),
    );
    await addIndexEntries(db, restored, names, now);
    await countArticles(db, 1);
    await db.highlights
      .where('urlKeys')
      .anyOf([...restored.urlKeys])
      .filter((h) => h.articleId === null)
      .modify({ articleId: id });
    return restored;
  });
}
