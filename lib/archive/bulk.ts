import type { ArticleRecord } from './article.ts';
import { RECORD_TABLES, recordArticle } from './articles.ts';
import type { ArchiveDb } from './db.ts';
import type { ArticleDraft } from './draft.ts';
import { countArticles, countOrgs, countsOf, readOrgs } from './index-entries.ts';
import { applyOrgDecisions, orgDecisions } from './org-decisions.ts';
import { addTermCounts } from './term-counts.ts';

/**
 * Records many articles in one transaction: imports, feed batches, benchmarks. New articles get
 * their index entries with organisation and term counts aggregated per batch (a few writes per
 * distinct organisation or term, not per article). Drafts whose URL is archived already go through
 * `recordArticle`, as a revisit. Story linking is left to `recordArticle`'s per-article path: a
 * bulk batch is not joined to existing stories (see ARCHITECTURE.md).
 */
export async function bulkRecord(
  db: ArchiveDb,
  drafts: readonly ArticleDraft[],
  now: number,
): Promise<number> {
  return db.transaction('rw', [...RECORD_TABLES], async () => {
    const keys = drafts.flatMap((draft) => draft.urlKeys);
    const known = new Set(await db.articles.where('urlKeys').anyOf(keys).keys());
    const seen = new Set<string>();
    const fresh: ArticleDraft[] = [];
    const revisits: ArticleDraft[] = [];
    for (const draft of drafts) {
      const duplicate = draft.urlKeys.some((key) => known.has(key) || seen.has(key));
      (duplicate ? revisits : fresh).push(draft);
      for (const key of draft.urlKeys) seen.add(key);
    }
    // Companies the reader ignored or merged in the library stay so in new articles.
    // Read once: for the decisions and for the counts.
    const stored = await readOrgs(
      db,
      fresh.flatMap((draft) => draft.orgs.map((o) => o.id)),
    );
    const decisions = orgDecisions(stored);
    const records = fresh.map(({ text: _text, orgNames: _names, ...fields }) => ({
      ...fields,
      orgs: applyOrgDecisions(fields.orgs, decisions),
      firstSeenAt: now,
      lastReadAt: fields.read ? now : 0,
      readCount: fields.read ? 1 : 0,
    }));
    const ids = (await db.articles.bulkAdd(records as ArticleRecord[], {
      allKeys: true,
    })) as number[];
    await db.articleTexts.bulkPut(
      fresh.map((draft, i) => ({ id: ids[i] as number, text: draft.text })),
    );
    const counts = countsOf(records, 1);
    const names = new Map(fresh.flatMap((draft) => [...draft.orgNames]));
    await countOrgs(db, counts.orgs, names, now, stored);
    await addTermCounts(db, counts.terms);
    await countArticles(db, fresh.length);
    for (const draft of revisits) await recordArticle(db, draft, now);
    return fresh.length;
  });
}
