import { z } from 'zod';
import { articleRecordSchema } from './article.ts';

/** What the reader says a page is: an AI-industry article, or not one. */
export const readerVerdictSchema = z.enum(['ai', 'not-ai']);
export type ReaderVerdict = z.infer<typeof readerVerdictSchema>;

/** The longest article text a correction keeps: `MAX_STORED_TEXT` (draft.ts, not imported here:
 * it would bring the page pipeline into the popup and library bundles). */
const MAX_KEPT_TEXT = 200_000;

/**
 * A reader's correction of Backstory's verdict on one page (schema v8). It decides that page
 * whatever the detector says, and teaches the page's section (`lib/corrections/learn.ts`).
 */
export const correctionRecordSchema = z.object({
  id: z.number().int().positive(),
  /** The page's address (canonical when Backstory had analysed it). */
  url: z.url({ protocol: /^https?$/ }).max(4_096),
  /** Identity keys of the page's URL variants (`urlKey`): one correction per page. */
  urlKeys: z.array(z.string().min(1).max(4_096)).min(1).max(10),
  title: z.string().max(1_000).nullable(),
  /** The registrable domain and the section of the page (`lib/corrections/section.ts`). */
  site: z.string().min(1).max(253),
  section: z.string().min(1).max(600),
  verdict: readerVerdictSchema,
  /**
   * How far the detector leaned towards "AI-industry article" on this page, 0..2
   * (`leaningOf`); null while Backstory has not analysed the page.
   */
  leaning: z.number().min(0).max(2).nullable(),
  createdAt: z.number().int().nonnegative(),
  /** 'not-ai': the archived record the correction removed, with its text; undo restores it. */
  removed: z
    .object({ article: articleRecordSchema, text: z.string().max(MAX_KEPT_TEXT) })
    .nullable(),
  /** 'ai': the record the correction added to the archive; undo removes it again. */
  addedArticleId: z.number().int().positive().nullable(),
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;
