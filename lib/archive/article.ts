import { z } from 'zod';

/** Longest string we keep for any page-derived text field; pages can be hostile. */
export const MAX_TEXT = 2_000;

const text = (max = MAX_TEXT) => z.string().max(max);

/**
 * What a page analysis contributes to a record: the article's identity and metadata.
 * Everything here is page-derived, so every field is bounded.
 */
export const articleCaptureSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(4_096),
  title: text(1_000).min(1),
  siteName: text(200).min(1),
  byline: text(500).nullable(),
  excerpt: text().nullable(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  lang: text(35).nullable(),
  wordCount: z.number().int().nonnegative(),
});
export type ArticleCapture = z.infer<typeof articleCaptureSchema>;

export const genreSchema = z.enum(['news', 'analysis', 'opinion', 'press-release', 'other']);

export const orgRefSchema = z.object({
  id: text(200).min(1),
  salience: z.number().min(0).max(1),
  about: z.boolean(),
});

/** Where a record came from. */
export const sourceSchema = z.enum(['visit', 'save', 'feed', 'import']);

/** What the related-coverage engine and the story clustering need, computed on insert. */
export const articleIndexSchema = z.object({
  /** Identity keys of every URL variant of the page (http/https, www, AMP, tracking params). */
  urlKeys: z.array(text(4_096)).min(1).max(10).readonly(),
  /** Publication time (ms), else first seen: the article's place on timelines. */
  time: z.number(),
  genre: genreSchema,
  /** Confidence that it is an AI-industry article, 0..1. */
  score: z.number().min(0).max(1),
  orgs: z.array(orgRefSchema).max(24).readonly(),
  terms: z
    .array(z.tuple([text(64), z.number()]).readonly())
    .max(40)
    .readonly(),
  keyTerms: z.array(text(64)).max(8).readonly(),
  /** 64-bit SimHash of the text, 16 hex digits, and its four 16-bit bands (for lookups). */
  simhash: z.string().regex(/^[0-9a-f]{16}$/),
  simBands: z.array(text(8)).max(4).readonly(),
  storyId: z.number().int().positive().nullable(),
  read: z.boolean(),
  source: sourceSchema,
});

/** An article as stored in the archive (schema v6). */
export const articleRecordSchema = articleCaptureSchema.extend(articleIndexSchema.shape).extend({
  id: z.number().int().positive(),
  /** Lower-cased site name: the key for "earlier articles from this site". */
  siteKey: text(200).min(1),
  firstSeenAt: z.number().int(),
  lastReadAt: z.number().int(),
  readCount: z.number().int().nonnegative(),
  /** The followed feeds that carried this story (source `feed`, or a visited page also in feeds). */
  feedIds: z.array(z.number().int().positive()).max(50).readonly().optional(),
  /**
   * For a summary page (v5): the URL key of the original it summarises, so that the original,
   * when it is archived later, joins the summary's story.
   */
  summaryOf: text(4_096).optional(),
  /** v6: one `[orgId, time]` per organisation, derived on write (`org-times.ts`); never given. */
  orgTimes: z
    .array(z.tuple([text(200), z.number()]).readonly())
    .max(24)
    .readonly()
    .optional(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The key that groups articles of one outlet, whatever the casing of its name. */
export function siteKeyOf(siteName: string): string {
  return siteName.trim().toLowerCase().replace(/\s+/g, ' ');
}
