/**
 * Requests of the library page (issue 7): search, companies, history, highlights, settings
 * storage, backup. Imported into `lib/messaging/protocol.ts`; every one is for extension pages.
 */
import { z } from 'zod';
import { articleRecordSchema, genreSchema } from '../archive/article.ts';
import { highlightColorSchema, highlightRecordSchema } from '../archive/highlight.ts';
import { orgRecordSchema } from '../archive/org.ts';
import { relatedViewSchema } from '../related/view.ts';

const orgId = z.string().min(1).max(200);

export const searchRequest = z.object({
  type: z.literal('library/search'),
  query: z.string().max(500),
  limit: z.number().int().min(1).max(100),
});
export const companiesRequest = z.object({ type: z.literal('library/companies') });
export const companyRequest = z.object({ type: z.literal('library/company'), orgId });

/** The reader's decisions about a company; each applies to the archived articles. */
export const orgActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm') }),
  z.object({ action: z.literal('ignore') }),
  z.object({ action: z.literal('follow') }),
  z.object({ action: z.literal('unfollow') }),
  z.object({ action: z.literal('rename'), name: z.string().trim().min(1).max(300) }),
  z.object({ action: z.literal('merge'), into: orgId }),
]);
export type OrgAction = z.infer<typeof orgActionSchema>;
export const orgActionRequest = z.object({
  type: z.literal('library/org-action'),
  orgId,
  change: orgActionSchema,
});

export const historyFilterSchema = z.object({
  orgId: orgId.optional(),
  genre: genreSchema.optional(),
  site: z.string().max(200).optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  read: z.enum(['read', 'unread']).optional(),
  source: z.enum(['feed', 'visited']).optional(),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;
export const historyRequest = z.object({
  type: z.literal('library/history'),
  filter: historyFilterSchema,
  limit: z.number().int().min(1).max(500),
});

export const highlightFilterSchema = z.object({
  orgId: orgId.optional(),
  tag: z.string().max(60).optional(),
  color: highlightColorSchema.optional(),
  orphans: z.boolean().optional(),
});
export type HighlightFilter = z.infer<typeof highlightFilterSchema>;
export const highlightsRequest = z.object({
  type: z.literal('library/highlights'),
  filter: highlightFilterSchema,
});

export const pageRequest = z.object({
  type: z.literal('library/page'),
  url: z.string().max(8_192),
});
export const storageRequest = z.object({ type: z.literal('library/storage') });
/** The confirmation phrase guards against a stray message wiping the archive. */
export const deleteEverythingRequest = z.object({
  type: z.literal('library/delete-everything'),
  confirm: z.literal('delete everything'),
});

export const BACKUP_TABLES = [
  'articles',
  'articleTexts',
  'orgs',
  'highlights',
  'feeds',
  'corrections',
] as const;
/** Tables a backup may lack: written only since schema v8, so older backups have none. */
export const OPTIONAL_BACKUP_TABLES: readonly string[] = ['corrections'];
export const backupTableSchema = z.enum(BACKUP_TABLES);
export type BackupTable = z.infer<typeof backupTableSchema>;

const keyPart = z.union([z.number(), z.string().max(4_096)]);
const pageKeySchema = z.union([keyPart, z.array(keyPart).max(4)]);

export const exportChunkRequest = z.object({
  type: z.literal('library/export-chunk'),
  table: backupTableSchema,
  /** The last primary key of the previous page; null for the first page. */
  after: pageKeySchema.nullable(),
  limit: z.number().int().min(1).max(5_000),
});
const importId = z.string().min(8).max(64);
/** Records of one table of a backup, staged in the background until the commit. */
export const importStageRequest = z.object({
  type: z.literal('library/import-stage'),
  importId,
  part: z.enum(['header', ...BACKUP_TABLES]),
  records: z.array(z.unknown()).max(5_000),
});
export const importCommitRequest = z.object({ type: z.literal('library/import-commit'), importId });

/** Text selected on a page ("Related coverage for '…'"): a company or a search. */
export const resolveRequest = z.object({
  type: z.literal('library/resolve'),
  text: z.string().max(2_000),
});

export const libraryRequests = [
  resolveRequest,
  searchRequest,
  companiesRequest,
  companyRequest,
  orgActionRequest,
  historyRequest,
  highlightsRequest,
  pageRequest,
  storageRequest,
  deleteEverythingRequest,
  exportChunkRequest,
  importStageRequest,
  importCommitRequest,
] as const;

/** A piece of a snippet: matched terms are marked, and everything is rendered as text. */
const segmentSchema = z.object({ text: z.string().max(1_000), match: z.boolean() });
export const searchHitSchema = z.object({
  kind: z.enum(['article', 'highlight']),
  key: z.string().max(80),
  url: z.string().max(4_096),
  title: z.string().max(1_000),
  siteName: z.string().max(200),
  time: z.number(),
  snippet: z.array(segmentSchema).max(40),
  note: z.string().max(20_000).nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

const monthSchema = z.object({
  start: z.number(),
  count: z.number().int().nonnegative(),
  byGenre: z.record(genreSchema, z.number().int().nonnegative()),
});
export type GenreMonth = z.infer<typeof monthSchema>;

export const companyPageSchema = z.object({
  org: orgRecordSchema,
  months: z.array(monthSchema).max(600),
  related: z
    .array(z.object({ id: orgId, name: z.string().max(300), count: z.number().int() }))
    .max(20),
  articles: z.array(articleRecordSchema).max(200),
  notes: z.array(highlightRecordSchema).max(200),
});
export type CompanyPage = z.infer<typeof companyPageSchema>;

export const libraryResponseSchemas = {
  'library/resolve': z.object({ route: z.string().max(2_000) }),
  'library/search': z.object({
    hits: z.array(searchHitSchema).max(100),
    total: z.number().int().nonnegative(),
    ms: z.number(),
  }),
  'library/companies': z.object({ orgs: z.array(orgRecordSchema) }),
  'library/company': companyPageSchema,
  'library/org-action': z.object({ org: orgRecordSchema }),
  'library/history': z.object({
    articles: z.array(articleRecordSchema).max(500),
    total: z.number().int().nonnegative(),
    sites: z.array(z.string().max(200)),
  }),
  'library/highlights': z.object({ highlights: z.array(highlightRecordSchema) }),
  'library/page': z.object({
    article: articleRecordSchema.nullable(),
    highlights: z.array(highlightRecordSchema),
    related: relatedViewSchema.nullable(),
  }),
  'library/storage': z.object({
    usage: z.number().nullable(),
    quota: z.number().nullable(),
    counts: z.record(z.string(), z.number().int().nonnegative()),
  }),
  'library/delete-everything': z.object({ deleted: z.literal(true) }),
  'library/export-chunk': z.object({
    records: z.array(z.unknown()),
    total: z.number().int(),
    lastKey: pageKeySchema.nullable(),
  }),
  'library/import-stage': z.object({ staged: z.number().int() }),
  'library/import-commit': z.object({
    added: z.record(z.string(), z.number().int()),
    merged: z.number().int(),
  }),
};

export const librarySenders = Object.fromEntries(
  libraryRequests.map((schema) => [schema.shape.type.value, ['extension-page'] as const]),
) as { [K in keyof typeof libraryResponseSchemas]: readonly ['extension-page'] };
