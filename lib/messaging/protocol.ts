/**
 * The one message protocol between Backstory's contexts. Each request has a zod schema, a response
 * schema and the contexts allowed to send it. Names say who sends the message (`content/…` from the
 * content script, `popup/…` and `library/…` from extension pages).
 */
import { z } from 'zod';
import { articleCaptureSchema, articleRecordSchema } from '../archive/article.ts';

export const recordArticleRequest = z.object({
  type: z.literal('content/record-article'),
  capture: articleCaptureSchema,
});

export const getTabStateRequest = z.object({
  type: z.literal('popup/get-tab-state'),
  tabId: z.number().int().nonnegative(),
});

export const getOverviewRequest = z.object({
  type: z.literal('library/get-overview'),
  limit: z.number().int().min(1).max(500),
});

export const requestSchema = z.discriminatedUnion('type', [
  recordArticleRequest,
  getTabStateRequest,
  getOverviewRequest,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

const visitSchema = z.object({
  article: articleRecordSchema,
  earlierFromSite: z.number().int().nonnegative(),
});

export const responseSchemas = {
  'content/record-article': visitSchema,
  'popup/get-tab-state': z.object({ visit: visitSchema.nullable() }),
  'library/get-overview': z.object({
    stats: z.object({ articles: z.number().int(), sites: z.number().int() }),
    recent: z.array(articleRecordSchema),
  }),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** Where a message came from, as far as the background can tell from its sender. */
export type SenderContext = 'content-script' | 'extension-page';

export const allowedSenders: Record<RequestType, readonly SenderContext[]> = {
  'content/record-article': ['content-script'],
  'popup/get-tab-state': ['extension-page'],
  'library/get-overview': ['extension-page'],
};

/** Every answer from the background. Errors are strings: an `Error` does not survive messaging. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
