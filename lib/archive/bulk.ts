import type { ArticleRecord } from './article.ts';
import { RECORD_TABLES, recordArticle } from './articles.ts';
import type { ArchiveDb } from './db.ts';
import type { ArticleDraft } from './draft.ts';
import { countArticles } from './index-entries.ts';
import type { OrgRecord } from './org.ts';

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
    const known = new Set(
      (await db.articles.where('urlKeys').anyOf(keys).toArray()).flatMap((a) => a.urlKeys),
    );
    const seen = new Set<string>();
    const fresh: ArticleDraft[] = [];
    const revisits: ArticleDraft[] = [];
    for (const draft of drafts) {
      const duplicate = draft.urlKeys.some((key) => known.has(key) || seen.has(key));
      (duplicate ? revisits : fresh).push(draft);
      for (const key of draft.urlKeys) seen.add(key);
    }
    const records = fresh.map(({ text: _text, orgNames: _names, ...fields }) => ({
      ...fields,
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
    await db.mentions.bulkPut(
      records.flatMap((record, i) =>
        record.orgs.map((org) => ({
          articleId: ids[i] as number,
          orgId: org.id,
          time: record.time,
          salience: org.salience,
          about: org.about,
        })),
      ),
    );
    await addCounts(db, fresh, now);
    await countArticles(db, fresh.length);
    for (const draft of revisits) await recordArticle(db, draft, now);
    return fresh.length;
  });
}

async function addCounts(
  db: ArchiveDb,
  drafts: readonly ArticleDraft[],
  now: number,
): Promise<void> {
  const orgCounts = new Map<string, number>();
  const names = new Map<string, { name: string; discovered: boolean }>();
  const termCounts = new Map<string, number>();
  for (const draft of drafts) {
    for (const org of draft.orgs) orgCounts.set(org.id, (orgCounts.get(org.id) ?? 0) + 1);
    for (const [id, name] of draft.orgNames) names.set(id, name);
    for (const [term] of draft.terms) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
  }
  const orgIds = [...orgCounts.keys()];
  const stored = await db.orgs.bulkGet(orgIds);
  await db.orgs.bulkPut(
    orgIds.map((id, i): OrgRecord => {
      const org = stored[i];
      const count = orgCounts.get(id) ?? 0;
      if (org) return { ...org, articleCount: org.articleCount + count, lastSeenAt: now };
      const named = names.get(id);
      return {
        id,
        name: named?.name ?? id,
        status: named?.discovered ? 'discovered' : 'confirmed',
        mergedInto: null,
        articleCount: count,
        firstSeenAt: now,
        lastSeenAt: now,
      };
    }),
  );
  const terms = [...termCounts.keys()];
  const df = await db.terms.bulkGet(terms);
  await db.terms.bulkPut(
    terms.map((term, i) => ({ term, df: (df[i]?.df ?? 0) + (termCounts.get(term) ?? 0) })),
  );
}
