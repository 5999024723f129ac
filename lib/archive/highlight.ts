import { z } from 'zod';

/**
 * A reader's highlight, shaped after the W3C Web Annotation model: a target (the page, with a
 * TextQuoteSelector and a TextPositionSelector over the article's text) and an optional body (the
 * note). `lib/highlights` anchors and exports it; the archive stores it.
 */

/** Meaningful colours, not decoration: what the passage is to the reader. */
export const highlightColorSchema = z.enum(['fact', 'claim', 'question', 'idea']);
export type HighlightColor = z.infer<typeof highlightColorSchema>;

/** The largest passage one highlight may hold (longer selections are refused with a message). */
export const MAX_QUOTE = 10_000;
/** How much context is kept on each side of the quote. */
export const QUOTE_CONTEXT = 32;

export const textQuoteSelectorSchema = z.object({
  exact: z.string().min(1).max(MAX_QUOTE),
  prefix: z.string().max(QUOTE_CONTEXT * 4),
  suffix: z.string().max(QUOTE_CONTEXT * 4),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const textPositionSelectorSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((p) => p.end > p.start, 'end must come after start');
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** Whether the highlight was found on the last visit. Orphans are kept and retried, never deleted. */
export const anchorStateSchema = z.enum(['anchored', 'orphan']);

export const highlightRecordSchema = z.object({
  /** A random id (crypto.randomUUID): stable across export and import. */
  id: z.string().min(8).max(64),
  /** The page's canonical URL and the identity keys of its URL variants (`urlKey`). */
  url: z.url({ protocol: /^https?$/ }).max(4_096),
  urlKeys: z.array(z.string().max(4_096)).min(1).max(10),
  /** The archived article, when the page is in the archive. */
  articleId: z.number().int().positive().nullable(),
  title: z.string().max(1_000),
  siteName: z.string().max(200),
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema.nullable(),
  color: highlightColorSchema,
  tags: z.array(z.string().min(1).max(60)).max(20),
  note: z.string().max(20_000),
  /** Organisations named in the quote and the note (registry or discovered ids). */
  orgIds: z.array(z.string().min(1).max(200)).max(40),
  state: anchorStateSchema,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Last time re-anchoring was tried (every visit retries orphans). */
  checkedAt: z.number().int(),
  /**
   * v7: one `[orgId, updatedAt]` per organisation, when there is a note; derived on write
   * (`org-times.ts`), never given.
   */
  noteOrgTimes: z
    .array(z.tuple([z.string().max(200), z.number()]).readonly())
    .max(40)
    .readonly()
    .optional(),
});
export type HighlightRecord = z.infer<typeof highlightRecordSchema>;
