/**
 * The one message protocol between Backstory's contexts. Each request has a zod schema, a response
 * schema and the contexts allowed to send it. Names say who sends the message (`content/…` from the
 * content script, `popup/…` and `library/…` from extension pages).
 */
import { z } from 'zod';
import { pageAnalysisSchema } from '../analyze/analysis-schema.ts';
import { orgCoverageSchema, relatedViewSchema } from '../related/view.ts';
import { articleRecordSchema } from '../archive/article.ts';

import {
  highlightDeleteRequest,
  highlightResponseSchemas,
  highlightSaveRequest,
  highlightsCheckedRequest,
  highlightsExportRequest,
  highlightsForPageRequest,
  highlightUpdateRequest,
} from '../highlights/messages.ts';
import { MAX_PAGE_HTML } from './limits.ts';

const pageSource = {
  url: z.url({ protocol: /^https?$/ }).max(8_192),
  html: z.string().max(MAX_PAGE_HTML),
};

/** A content script asks the background to analyse its page and find its backstory. */
export const analyzePageRequest = z.object({
  type: z.literal('content/analyze-page'),
  ...pageSource,
});

/** A content script reports that the reader read its AI-industry article: record it. */
export const recordReadRequest = z.object({
  type: z.literal('content/record-read'),
  ...pageSource,
});

/** A content script asks for one company's coverage (a company chip was opened). */
export const orgCoverageRequest = z.object({
  type: z.literal('content/org-coverage'),
  orgId: z.string().min(1).max(200),
});

export const getTabStateRequest = z.object({
  type: z.literal('popup/get-tab-state'),
  tabId: z.number().int().nonnegative(),
});

export const getOverviewRequest = z.object({
  type: z.literal('library/get-overview'),
  limit: z.number().int().min(1).max(500),
});

// — highlights and notes (issue 6): requests above this line

import {
  forgetTabRequest,
  openRelatedRequest,
  popupResponseSchemas,
  saveTabRequest,
  tabOverviewRequest,
} from '../popup/messages.ts';
import { libraryRequests, libraryResponseSchemas, librarySenders } from '../library/messages.ts';

// — popup, library, search, import/export (issue 7): requests above this line

import {
  addFeedsRequest,
  editFeedRequest,
  exportOpmlRequest,
  feedAllowedSenders,
  feedResponseSchemas,
  followFeedRequest,
  followOrgRequest,
  importOpmlRequest,
  listFeedsRequest,
  markOrgReadRequest,
  openFeedsRequest,
  popupFeedsRequest,
  refreshFeedsRequest,
  removeFeedRequest,
  setFeedIntervalRequest,
  unreadFeedCountsRequest,
} from '../feeds/messages.ts';
// — feeds (issue 8): requests above this line

import {
  correctionAllowedSenders,
  correctionRequests,
  correctionResponseSchemas,
} from '../corrections/messages.ts';
// — the reader's corrections: requests above this line

export const requestSchema = z.discriminatedUnion('type', [
  analyzePageRequest,
  recordReadRequest,
  orgCoverageRequest,
  getTabStateRequest,
  getOverviewRequest,
  // — highlights (issue 6)
  highlightSaveRequest,
  highlightsForPageRequest,
  highlightUpdateRequest,
  highlightsCheckedRequest,
  highlightDeleteRequest,
  highlightsExportRequest,
  // — popup and library (issue 7)
  tabOverviewRequest,
  saveTabRequest,
  forgetTabRequest,
  openRelatedRequest,
  ...libraryRequests,
  // — feeds (issue 8)
  listFeedsRequest,
  addFeedsRequest,
  editFeedRequest,
  removeFeedRequest,
  refreshFeedsRequest,
  setFeedIntervalRequest,
  importOpmlRequest,
  exportOpmlRequest,
  followFeedRequest,
  popupFeedsRequest,
  unreadFeedCountsRequest,
  markOrgReadRequest,
  openFeedsRequest,
  followOrgRequest,
  // — the reader's corrections
  ...correctionRequests,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

const visitSchema = z.object({
  article: articleRecordSchema,
  earlierFromSite: z.number().int().nonnegative(),
});

export const responseSchemas = {
  'content/analyze-page': z.object({
    analysis: pageAnalysisSchema,
    /** When the page is an AI-industry article: its backstory in the archive. */
    backstory: z
      .object({
        /** The archived record of this page, when the reader read it before. */
        saved: articleRecordSchema.nullable(),
        /** Other archived articles of the same site. */
        earlierFromSite: z.number().int().nonnegative(),
        /** How many archived articles each of the page's companies has (the chips' counts). */
        orgCounts: z.record(z.string(), z.number().int().nonnegative()),
        related: relatedViewSchema,
      })
      .nullable(),
  }),
  'content/record-read': z.object({ visit: visitSchema.nullable() }),
  'content/org-coverage': orgCoverageSchema,
  'popup/get-tab-state': z.object({ visit: visitSchema.nullable() }),
  'library/get-overview': z.object({
    stats: z.object({ articles: z.number().int(), sites: z.number().int() }),
    recent: z.array(articleRecordSchema),
  }),
  // — highlights (issue 6)
  ...highlightResponseSchemas,
  // — popup and library (issue 7)
  ...popupResponseSchemas,
  ...libraryResponseSchemas,
  // — feeds (issue 8)
  ...feedResponseSchemas,
  // — the reader's corrections
  ...correctionResponseSchemas,
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** Where a message came from, as far as the background can tell from its sender. */
export type SenderContext = 'content-script' | 'extension-page';

export const allowedSenders: Record<RequestType, readonly SenderContext[]> = {
  'content/analyze-page': ['content-script'],
  'content/record-read': ['content-script'],
  'content/org-coverage': ['content-script'],
  'popup/get-tab-state': ['extension-page'],
  'library/get-overview': ['extension-page'],
  // — highlights (issue 6)
  'content/highlight-save': ['content-script'],
  'content/highlights-for-page': ['content-script'],
  'content/highlight-update': ['content-script'],
  'content/highlights-checked': ['content-script'],
  'content/highlight-delete': ['content-script'],
  'content/highlights-export': ['content-script', 'extension-page'],
  // — popup and library (issue 7)
  'popup/tab-overview': ['extension-page'],
  'popup/save': ['extension-page'],
  'popup/forget': ['extension-page'],
  'popup/open-related': ['extension-page'],
  ...librarySenders,
  // — feeds (issue 8)
  ...feedAllowedSenders,
  // — the reader's corrections
  ...correctionAllowedSenders,
};

/** Every answer from the background. Errors are strings: an `Error` does not survive messaging. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The shape of every `Result`, for contexts that validate answers (the background does). */
export const resultEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/**
 * Sent by the background to its offscreen document (Chrome), which has the DOM a service worker
 * lacks. Answered with `Result<PageAnalysis>`; never handled by the background itself.
 */
export const offscreenAnalyzeRequest = z.object({
  type: z.literal('offscreen/analyze'),
  ...pageSource,
  /** Read the page even where the pre-filter would stop (the reader's corrections may add it). */
  pastPrefilter: z.boolean().optional(),
});
export type OffscreenAnalyzeRequest = z.infer<typeof offscreenAnalyzeRequest>;
