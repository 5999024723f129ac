/**
 * The feeds' messages (issue 8), imported into lib/messaging/protocol.ts. The library page manages
 * feeds; the popup follows a feed the current page advertises; the content script asks for unread
 * feed counts of the companies on its page.
 */
import { z } from 'zod';
import { feedRecordSchema } from '../archive/feed.ts';
import { MAX_OPML_CHARS } from './opml.ts';

const feedUrl = z.string().min(1).max(4_096);
const feedId = z.number().int().positive();

export const MIN_REFRESH_MINUTES = 5;
export const MAX_REFRESH_MINUTES = 24 * 60;

export const listFeedsRequest = z.object({ type: z.literal('library/list-feeds') });
export const addFeedsRequest = z.object({
  type: z.literal('library/add-feeds'),
  feeds: z
    .array(z.object({ url: feedUrl, title: z.string().max(500).optional() }))
    .min(1)
    .max(500),
});
export const editFeedRequest = z.object({
  type: z.literal('library/edit-feed'),
  id: feedId,
  title: z.string().max(500).optional(),
  url: feedUrl.optional(),
  paused: z.boolean().optional(),
});
export const removeFeedRequest = z.object({ type: z.literal('library/remove-feed'), id: feedId });
export const refreshFeedsRequest = z.object({
  type: z.literal('library/refresh-feeds'),
  /** Only these feeds (now, whatever their schedule); all due-or-not unpaused feeds otherwise. */
  ids: z.array(feedId).max(500).optional(),
});
export const setFeedIntervalRequest = z.object({
  type: z.literal('library/set-feed-interval'),
  minutes: z.number().int().min(MIN_REFRESH_MINUTES).max(MAX_REFRESH_MINUTES),
});
export const importOpmlRequest = z.object({
  type: z.literal('library/import-opml'),
  opml: z.string().min(1).max(MAX_OPML_CHARS),
});
export const exportOpmlRequest = z.object({ type: z.literal('library/export-opml') });
export const followFeedRequest = z.object({
  type: z.literal('popup/follow-feed'),
  url: feedUrl,
  title: z.string().max(500).optional(),
});
export const popupFeedsRequest = z.object({
  type: z.literal('popup/page-feeds'),
  tabId: z.number().int().nonnegative(),
});
export const unreadFeedCountsRequest = z.object({
  type: z.literal('content/unread-feed-counts'),
  orgIds: z.array(z.string().min(1).max(200)).max(50),
});
export const markOrgReadRequest = z.object({
  type: z.literal('content/mark-org-read'),
  orgId: z.string().min(1).max(200),
});

/** Follow or stop following a company: followed ones get "since you last looked" counts. */
export const followOrgRequest = z.object({
  type: z.literal('content/follow-org'),
  orgId: z.string().min(1).max(200),
  followed: z.boolean(),
});

/** The sidebar's empty state offers feeds: open the library at its feeds section. */
export const openFeedsRequest = z.object({ type: z.literal('content/open-feeds') });

const feedsState = z.object({
  feeds: z.array(feedRecordSchema),
  refreshMinutes: z.number().int(),
});
const addOutcome = feedsState.extend({
  added: z.number().int().nonnegative(),
  errors: z.array(z.object({ url: z.string(), error: z.string() })),
});
const pageFeed = z.object({ url: z.string(), title: z.string(), followed: z.boolean() });

export const feedResponseSchemas = {
  'library/list-feeds': feedsState,
  'library/add-feeds': addOutcome,
  'library/edit-feed': feedsState,
  'library/remove-feed': feedsState,
  'library/refresh-feeds': feedsState,
  'library/set-feed-interval': feedsState,
  'library/import-opml': addOutcome.extend({
    skipped: z.array(z.object({ title: z.string(), reason: z.string() })),
  }),
  'library/export-opml': z.object({ opml: z.string() }),
  'popup/follow-feed': addOutcome,
  'popup/page-feeds': z.object({ feeds: z.array(pageFeed) }),
  'content/unread-feed-counts': z.object({
    counts: z.record(z.string(), z.number().int().nonnegative()),
    /** Which of the asked companies the reader follows. */
    followed: z.array(z.string()),
  }),
  'content/follow-org': z.object({ orgId: z.string(), followed: z.boolean() }),
  'content/mark-org-read': z.object({ orgId: z.string() }),
  'content/open-feeds': z.object({}),
};

export const feedAllowedSenders = {
  'library/list-feeds': ['extension-page'],
  'library/add-feeds': ['extension-page'],
  'library/edit-feed': ['extension-page'],
  'library/remove-feed': ['extension-page'],
  'library/refresh-feeds': ['extension-page'],
  'library/set-feed-interval': ['extension-page'],
  'library/import-opml': ['extension-page'],
  'library/export-opml': ['extension-page'],
  'popup/follow-feed': ['extension-page'],
  'popup/page-feeds': ['extension-page'],
  'content/unread-feed-counts': ['content-script', 'extension-page'],
  'content/mark-org-read': ['content-script', 'extension-page'],
  'content/open-feeds': ['content-script'],
  'content/follow-org': ['content-script', 'extension-page'],
} as const;
