/**
 * Requests of the toolbar popup (issue 7). Imported into `lib/messaging/protocol.ts`.
 */
import { z } from 'zod';
import { articleRecordSchema, genreSchema } from '../archive/article.ts';
import { correctionSummarySchema } from '../corrections/messages.ts';

const tabId = z.number().int().nonnegative();

/** Everything the popup shows about one tab. */
export const tabOverviewRequest = z.object({ type: z.literal('popup/tab-overview'), tabId });
/** Save the tab's article now ("Save" in the popup). */
export const saveTabRequest = z.object({ type: z.literal('popup/save'), tabId });
/** Remove the tab's article from the archive ("Forget"). */
export const forgetTabRequest = z.object({
  type: z.literal('popup/forget'),
  tabId,
  articleId: z.number().int().positive(),
});
/** Open related coverage for the tab: its sidebar, or the library's view of the page. */
export const openRelatedRequest = z.object({ type: z.literal('popup/open-related'), tabId });

export const tabPageSchema = z.object({
  url: z.string().max(8_192),
  isArticle: z.boolean(),
  isAIIndustry: z.boolean(),
  score: z.number(),
  genre: genreSchema,
  title: z.string().max(2_000).nullable(),
  reasons: z.array(z.string().max(1_000)).max(12).readonly(),
  companies: z
    .array(
      z.object({
        id: z.string().max(200),
        name: z.string().max(300),
        about: z.boolean(),
        discovered: z.boolean(),
      }),
    )
    .max(24)
    .readonly(),
  relatedCount: z.number().int().nonnegative().nullable(),
});

export const tabOverviewSchema = z.object({
  url: z.string().max(8_192).nullable(),
  host: z.string().max(300).nullable(),
  /** Null when the page can host the sidebar, else why not. */
  noSidebar: z.string().max(300).nullable(),
  page: tabPageSchema.nullable(),
  saved: articleRecordSchema.nullable(),
  /** The reader's own correction of this page, which Undo takes back. */
  correction: correctionSummarySchema.nullable(),
});
export type TabOverview = z.infer<typeof tabOverviewSchema>;

export const popupResponseSchemas = {
  'popup/tab-overview': tabOverviewSchema,
  'popup/save': z.object({ saved: articleRecordSchema }),
  'popup/forget': z.object({ forgotten: z.boolean() }),
  'popup/open-related': z.object({ opened: z.enum(['sidebar', 'library']) }),
};
