import { z } from 'zod';
import type { RelatedStory } from './engine.ts';

/** What the sidebar shows of a related article. */
const articleLinkSchema = z.object({
  url: z.string().max(4_096),
  title: z.string().max(1_000),
  siteName: z.string().max(200),
  time: z.number(),
});

export const relatedItemSchema = articleLinkSchema.extend({
  genre: z.enum(['news', 'analysis', 'opinion', 'press-release', 'other']),
  read: z.boolean(),
  reason: z.string().max(500),
  alsoCoveredBy: z.array(articleLinkSchema).max(10).readonly(),
  /** A take that is the reader's own note (issue 6): the passage it is attached to and the note. */
  note: z.object({ quote: z.string().max(1_000), text: z.string().max(2_000) }).optional(),
});
export type RelatedItem = z.infer<typeof relatedItemSchema>;

export const relatedViewSchema = z.object({
  stories: z.array(relatedItemSchema).max(20).readonly(),
  takes: z.array(relatedItemSchema).max(20).readonly(),
});
export type RelatedView = z.infer<typeof relatedViewSchema>;

/** The engine's results as they cross to the page: only what the sidebar shows. */
export function toRelatedItem({ article, reason, alsoCoveredBy }: RelatedStory): RelatedItem {
  const link = (a: RelatedStory['article']) => ({
    url: a.url,
    title: a.title,
    siteName: a.siteName,
    time: a.time,
  });
  return {
    ...link(article),
    genre: article.genre,
    read: article.read,
    reason,
    alsoCoveredBy: alsoCoveredBy.slice(0, 10).map(link),
  };
}

/** One company's coverage in the archive: counts per month and its newest articles. */
export const orgCoverageSchema = z.object({
  orgId: z.string().max(200),
  name: z.string().max(300),
  total: z.number().int().nonnegative(),
  months: z
    .array(z.object({ start: z.number(), count: z.number().int().nonnegative() }))
    .max(600)
    .readonly(),
  articles: z
    .array(articleLinkSchema.extend({ genre: relatedItemSchema.shape.genre, read: z.boolean() }))
    .max(50)
    .readonly(),
});
export type OrgCoverage = z.infer<typeof orgCoverageSchema>;
