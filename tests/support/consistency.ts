import type { ArchiveDb } from '../../lib/archive/db.ts';
import { ARTICLE_COUNT } from '../../lib/archive/org.ts';
import { termFrequencies } from '../../lib/archive/term-counts.ts';
import { mentionEntries, noteEntries } from './org-times.ts';

/**
 * What is wrong with an archive's derived data: every counter, mention and term count must be
 * what its articles say. An empty list means consistent. Reads through public shapes only, so
 * it holds whatever key layout the tables use.
 */
export async function archiveProblems(db: ArchiveDb): Promise<string[]> {
  const problems: string[] = [];
  const articles = await db.articles.toArray();
  const counter = (await db.meta.get(ARTICLE_COUNT))?.value ?? 0;
  if (counter !== articles.length) {
    problems.push(`article counter ${counter}, articles ${articles.length}`);
  }

  const seenKeys = new Map<string, number>();
  for (const article of articles) {
    for (const key of article.urlKeys) {
      const other = seenKeys.get(key);
      if (other !== undefined)
        problems.push(`URL key ${key} on articles ${other} and ${article.id}`);
      seenKeys.set(key, article.id);
    }
  }

  const expectedMentions = new Set(
    articles.flatMap((a) => a.orgs.map((o) => `${a.id}|${o.id}|${a.time}`)),
  );
  const mentions = new Set(await mentionEntries(db));
  for (const m of expectedMentions) if (!mentions.has(m)) problems.push(`missing mention ${m}`);
  for (const m of mentions) if (!expectedMentions.has(m)) problems.push(`stray mention ${m}`);

  const orgCounts = new Map<string, number>();
  for (const article of articles) {
    for (const id of new Set(article.orgs.map((o) => o.id))) {
      orgCounts.set(id, (orgCounts.get(id) ?? 0) + 1);
    }
  }
  for (const org of await db.orgs.toArray()) {
    const expected = orgCounts.get(org.id) ?? 0;
    if (org.status !== 'merged' && org.articleCount !== expected) {
      problems.push(`organisation ${org.id} counts ${org.articleCount}, articles ${expected}`);
    }
    orgCounts.delete(org.id);
  }
  for (const id of orgCounts.keys()) problems.push(`organisation ${id} has no record`);

  const df = new Map<string, number>();
  for (const article of articles) {
    for (const [term] of article.terms) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const stored = await termFrequencies(db, [...df.keys()]);
  for (const [term, count] of df) {
    if (stored.get(term) !== count) {
      problems.push(`term ${term} counts ${stored.get(term)}, articles ${count}`);
    }
  }
  const storedTerms = (await db.terms.toArray()).reduce((n, shard) => n + shard.df.size, 0);
  if (storedTerms !== df.size)
    problems.push(`term counts for ${storedTerms} terms, articles ${df.size}`);

  if (db.highlights?.schema.idxByName.noteOrgTimes) {
    const expectedNotes = new Set(
      (await db.highlights.toArray()).flatMap((h) =>
        h.note.trim() ? [...new Set(h.orgIds)].map((id) => `${h.id}|${id}|${h.updatedAt}`) : [],
      ),
    );
    const notes = new Set(await noteEntries(db));
    for (const n of expectedNotes) if (!notes.has(n)) problems.push(`missing note entry ${n}`);
    for (const n of notes) if (!expectedNotes.has(n)) problems.push(`stray note entry ${n}`);
  }

  if (db.tables.some((table) => table.name === 'corrections')) {
    const correctionKeys = new Map<string, number>();
    for (const correction of await db.corrections.toArray()) {
      for (const key of correction.urlKeys) {
        const other = correctionKeys.get(key);
        if (other !== undefined) {
          problems.push(`URL key ${key} on corrections ${other} and ${correction.id}`);
        }
        correctionKeys.set(key, correction.id);
        const archived = seenKeys.get(key);
        if (correction.verdict === 'not-ai' && archived !== undefined) {
          problems.push(
            `article ${archived} archived against "not AI" correction ${correction.id}`,
          );
        }
      }
    }
  }

  const ids = new Set(articles.map((a) => a.id));
  for (const key of await db.articleTexts.toCollection().primaryKeys()) {
    if (!ids.has(key)) problems.push(`text ${key} without its article`);
  }
  return problems;
}

/** Every table's records, for before/after comparisons (Maps of term shards included). */
export async function snapshot(db: ArchiveDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}
