/**
 * Every version of the archive's IndexedDB schema, oldest first. The database class applies all of
 * them; upgrade tests apply a prefix to build an old database, seed it, then open the current one.
 * Never edit a released version: add a new one with its migration.
 */
import type { Transaction } from 'dexie';
import {
  backfillReadCount,
  indexForRelated,
  indexNoteOrgTimes,
  indexOrgTimes,
  mergeUrlVariants,
} from './migrations.ts';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { articles: '++id, &url, siteKey, firstSeenAt' },
  },
  {
    // v2: reading history needs last-read ordering and a read count on every record.
    version: 2,
    stores: { articles: '++id, &url, siteKey, firstSeenAt, lastReadAt' },
    upgrade: (tx) => backfillReadCount(tx.table('articles')),
  },
  {
    // v3: the related-coverage engine. URL variants, key terms and SimHash bands on articles
    // (firstSeenAt is no longer indexed: nothing orders by it); organisations, article ×
    // organisation mentions (per-company timelines and candidates), term frequencies, counters
    // (`meta`), and article texts kept apart from the records. Every index costs insert time.
    // Term counts live in hashed shards (`term-counts.ts`): a bounded number of writes per batch.
    version: 3,
    stores: {
      articles: '++id, &url, *urlKeys, siteKey, lastReadAt, *keyTerms, *simBands',
      articleTexts: 'id',
      orgs: 'id, status',
      mentions: '[articleId+orgId], [orgId+time]',
      terms: 'shard',
      meta: 'key',
    },
    upgrade: (tx) => indexForRelated(tx.table('articles'), tx.table('terms'), tx.table('meta')),
  },
  {
    // v4: the reader's highlights and notes (`highlight.ts`: found by page, by article and by the
    // organisations they name, newest first) and followed feeds (`feed.ts`; items are articles
    // with source `feed`). Records that versions 1–2 kept apart for two URL variants of one page
    // are merged (`mergeUrlVariants`).
    version: 4,
    stores: {
      highlights: 'id, *urlKeys, articleId, *orgIds, updatedAt',
      feeds: '++id, &url',
    },
    upgrade: mergeUrlVariants,
  },
  {
    // v5: a summary page keeps the URL key of its original (`summaryOf`), so that an original
    // archived after its summary joins the summary's story (`recordArticle`). Summaries archived
    // before v5 did not keep it: nothing to backfill.
    version: 5,
    stores: {
      articles: '++id, &url, *urlKeys, siteKey, lastReadAt, *keyTerms, *simBands, summaryOf',
    },
  },
  {
    // v6: articles by organisation and time come from a multi-entry index on the articles
    // (`orgTimes`, one [orgId, time] key per organisation, derived on write: `org-times.ts`)
    // instead of a `mentions` table with a record per article × organisation, which was nearly
    // half of an insert's cost.
    version: 6,
    stores: {
      articles:
        '++id, &url, *urlKeys, siteKey, lastReadAt, *keyTerms, *simBands, summaryOf, *orgTimes',
      mentions: null,
    },
    upgrade: (tx) => indexOrgTimes(tx.table('articles')),
  },
  {
    // v7: the reader's notes by organisation and time (`noteOrgTimes`, derived on write like
    // `orgTimes`), so that the newest notes about a company are found however many highlights
    // name it (before, the first 50 highlights by random id were read and their notes kept).
    version: 7,
    stores: {
      highlights: 'id, *urlKeys, articleId, *orgIds, updatedAt, *noteOrgTimes',
    },
    upgrade: (tx) => indexNoteOrgTimes(tx.table('highlights')),
  },
  {
    // v8: the reader's corrections of Backstory's verdict on a page (`correction.ts`), found by
    // any URL variant of the page, and by site for learning (`lib/corrections/`). A new table:
    // nothing to migrate.
    version: 8,
    stores: { corrections: '++id, *urlKeys, site' },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
