/**
 * Records by organisation and time, from multi-entry indexes of `[orgId, time]` keys, so that a
 * company's records come newest first from one key range:
 *
 * - `orgTimes` on articles (schema v6): one key per organisation the article names, at its
 *   time. Timelines, candidates, company pages, history, merges and story clustering read it.
 *   It replaced v3's `mentions` table, whose record per article × organisation was nearly half of
 *   an insert's cost (measured: 7.7 of 19.5 s for 10,000 articles).
 * - `noteOrgTimes` on highlights (v7): one key per organisation a highlight with a note names, at
 *   its last change: the reader's newest notes about a company, as earlier takes.
 *
 * Both are derived, never given: `orgTimesMiddleware` sets them on every record written (add,
 * put, update, modify), so they cannot disagree with what they are derived from.
 */
import Dexie, { type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import type { ArticleRecord } from './article.ts';
import type { ArchiveDb } from './db.ts';
import type { HighlightRecord } from './highlight.ts';

export type OrgTime = readonly [orgId: string, time: number];

/** The `orgTimes` keys of an article: one per organisation it names. */
function orgTimesOf(article: Pick<ArticleRecord, 'orgs' | 'time'>): OrgTime[] {
  return [...new Set(article.orgs.map((org) => org.id))].map((id) => [id, article.time]);
}

/** The `noteOrgTimes` keys of a highlight: one per organisation it names, if it has a note. */
function noteOrgTimesOf(
  highlight: Pick<HighlightRecord, 'note' | 'orgIds' | 'updatedAt'>,
): OrgTime[] {
  if (highlight.note.trim() === '') return [];
  return [...new Set(highlight.orgIds)].map((id) => [id, highlight.updatedAt]);
}

/** Per table: the derived index and how a written record gets it (records of other shapes pass). */
const DERIVED: Record<string, { index: string; derive: (value: unknown) => unknown }> = {
  articles: {
    index: 'orgTimes',
    derive(value) {
      const article = value as Partial<ArticleRecord>;
      if (!Array.isArray(article.orgs) || typeof article.time !== 'number') return value;
      return { ...article, orgTimes: orgTimesOf(article as ArticleRecord) };
    },
  },
  highlights: {
    index: 'noteOrgTimes',
    derive(value) {
      const highlight = value as Partial<HighlightRecord>;
      if (
        typeof highlight.note !== 'string' ||
        !Array.isArray(highlight.orgIds) ||
        typeof highlight.updatedAt !== 'number'
      ) {
        return value;
      }
      return { ...highlight, noteOrgTimes: noteOrgTimesOf(highlight as HighlightRecord) };
    },
  },
};

/**
 * Sets `orgTimes` and `noteOrgTimes` on every record written, whatever writes it, in a database
 * whose table has the index (an archive opened at an older version writes what it wrote).
 */
export const orgTimesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'orgTimes',
  create: (down) => ({
    ...down,
    table(name): DBCoreTable {
      const table = down.table(name);
      const derived = DERIVED[name];
      if (!derived || !table.schema.getIndexByKeyPath(derived.index)) return table;
      return {
        ...table,
        mutate: (req) =>
          table.mutate(
            req.type === 'add' || req.type === 'put'
              ? { ...req, values: req.values.map(derived.derive) }
              : req,
          ),
      };
    },
  }),
};

/**
 * The articles naming an organisation, in time order (`reverse()` for newest first), optionally
 * only those between two times (inclusive).
 */
export function articlesNaming(db: ArchiveDb, orgId: string, from?: number, to?: number) {
  return db.articles
    .where('orgTimes')
    .between([orgId, from ?? Dexie.minKey], [orgId, to ?? Dexie.maxKey], true, true);
}

/** The reader's highlights with a note naming an organisation, oldest change first. */
export function notesNaming(db: ArchiveDb, orgId: string) {
  return db.highlights
    .where('noteOrgTimes')
    .between([orgId, Dexie.minKey], [orgId, Dexie.maxKey], true, true);
}
