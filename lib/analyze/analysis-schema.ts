import { z } from 'zod';
import { MAX_SENTENCE } from '../entities/discover-prose.ts';

const text = (max: number) => z.string().max(max);

export const companyMentionSchema = z.object({
  id: text(200),
  name: text(300),
  mentions: z.number().int().nonnegative(),
  salience: z.number().min(0).max(1),
  about: z.boolean(),
  discovered: z.boolean(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(text(500)).max(20).readonly(),
  /** A discovered company's evidence sentence, bounded where recognition cuts it. */
  sentence: text(MAX_SENTENCE).optional(),
});

/** A page analysis as it crosses a message boundary (offscreen document → background → tab). */
export const pageAnalysisSchema = z.object({
  url: text(8_192),
  urlVariants: z.array(text(8_192)).max(10).readonly(),
  isArticle: z.boolean(),
  isAIIndustry: z.boolean(),
  score: z.number().min(0).max(1),
  genre: z.enum(['news', 'analysis', 'opinion', 'press-release', 'other']),
  title: text(2_000).nullable(),
  siteName: text(500).nullable(),
  byline: text(1_000).nullable(),
  publishedAt: z.string().max(40).nullable(),
  modifiedAt: z.string().max(40).nullable(),
  lang: text(35).nullable(),
  wordCount: z.number().int().nonnegative(),
  lead: text(5_000).nullable(),
  companies: z.array(companyMentionSchema).max(200).readonly(),
  reasons: z.array(text(1_000)).max(50).readonly(),
  originalUrl: text(4_096).nullable(),
  feeds: z
    .array(z.object({ url: text(4_096), title: text(200) }))
    .max(8)
    .readonly()
    .optional(),
});

/** An analysis and the article text it was made from, as the offscreen document answers. */
export const analyzedPageSchema = z.object({
  analysis: pageAnalysisSchema,
  text: z.string().max(400_000),
});
