/**
 * The reader's corrections as messages, imported into `lib/messaging/protocol.ts`. The sidebar
 * says "not an AI-industry article" about its own page; the popup says either about its tab; the
 * library lists corrections, and the popup and the library undo them.
 */
import { z } from 'zod';
import { type CorrectionRecord, readerVerdictSchema } from '../archive/correction.ts';

const tabId = z.number().int().nonnegative();
const correctionId = z.number().int().positive();

/** The sidebar: the page it is on is not an AI-industry article (the only verdict it offers). */
export const correctPageFromTabRequest = z.object({
  type: z.literal('content/correct-page'),
  url: z.url({ protocol: /^https?$/ }).max(8_192),
  verdict: z.literal('not-ai'),
});
/** The popup: what the reader says the page of its tab is. */
export const correctTabRequest = z.object({
  type: z.literal('popup/correct-page'),
  tabId,
  verdict: readerVerdictSchema,
});
/** The library's list of corrections, newest first. */
export const listCorrectionsRequest = z.object({
  type: z.literal('library/corrections'),
  limit: z.number().int().min(1).max(1_000),
});
/** Undo a correction (the popup passes its tab, whose page is then looked at again). */
export const undoCorrectionRequest = z.object({
  type: z.literal('library/undo-correction'),
  id: correctionId,
  tabId: tabId.optional(),
});

export const correctionRequests = [
  correctPageFromTabRequest,
  correctTabRequest,
  listCorrectionsRequest,
  undoCorrectionRequest,
] as const;

/** A correction as the popup and the library show it (without the removed record it keeps). */
export const correctionSummarySchema = z.object({
  id: correctionId,
  url: z.string().max(4_096),
  title: z.string().max(1_000).nullable(),
  site: z.string().max(253),
  section: z.string().max(600),
  verdict: readerVerdictSchema,
  createdAt: z.number().int(),
  /** Undo puts back the archived article the correction removed. */
  restoresArticle: z.boolean(),
  /** Undo removes the article the correction added to the archive. */
  removesArticle: z.boolean(),
});
export type CorrectionSummary = z.infer<typeof correctionSummarySchema>;

export function summarizeCorrection(record: CorrectionRecord): CorrectionSummary {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    site: record.site,
    section: record.section,
    verdict: record.verdict,
    createdAt: record.createdAt,
    restoresArticle: record.removed !== null,
    removesArticle: record.addedArticleId !== null,
  };
}

export const correctionResponseSchemas = {
  'content/correct-page': z.object({ correction: correctionSummarySchema }),
  'popup/correct-page': z.object({
    correction: correctionSummarySchema,
    /** Whether the tab's page took the correction at once (else: at its next load). */
    tabUpdated: z.boolean(),
  }),
  'library/corrections': z.object({
    corrections: z.array(correctionSummarySchema).max(1_000),
    total: z.number().int().nonnegative(),
  }),
  'library/undo-correction': z.object({ undone: correctionSummarySchema.nullable() }),
};

export const correctionAllowedSenders = {
  'content/correct-page': ['content-script'],
  'popup/correct-page': ['extension-page'],
  'library/corrections': ['extension-page'],
  'library/undo-correction': ['extension-page'],
} as const;
