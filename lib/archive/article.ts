import { z } from 'zod';

/** Longest string we keep for any page-derived text field; pages can be hostile. */
export const MAX_TEXT = 2_000;

const text = (max = MAX_TEXT) => z.string().max(max);

/**
 * What a content script captured about an article: the input to recording a visit.
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

/** An article as stored in the archive. */
export const articleRecordSchema = articleCaptureSchema.extend({
  id: z.number().int().positive(),
  /** Lower-cased site name: the key for "earlier articles from this site". */
  siteKey: text(200).min(1),
  firstSeenAt: z.number().int(),
  lastReadAt: z.number().int(),
  readCount: z.number().int().positive(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The key that groups articles of one outlet, whatever the casing of its name. */
export function siteKeyOf(siteName: string): string {
  return siteName.trim().toLowerCase().replace(/\s+/g, ' ');
}
