/**
 * The background's answers to the feeds' messages, as plain functions of their dependencies.
 * Added to the handler object by one spread line in lib/messaging/handlers.ts.
 */
import type { ArchiveDb } from '../archive/db.ts';
import type { Handlers } from '../messaging/dispatch.ts';
import {
  addFeed,
  DEFAULT_REFRESH_MINUTES,
  editFeed,
  FeedInputError,
  listFeeds,
  removeFeed,
} from './feed-store.ts';
import type { FetchOptions } from './fetch-feed.ts';
import { readOpml, writeOpml } from './opml.ts';
import type { PageFeed } from './discover.ts';
import { refreshDue, refreshFeed } from './refresh.ts';
import { getOrg } from '../entities/recognize.ts';
import { followOrg, markOrgLooked, unreadCounts } from './unread.ts';

/** What feeds need from the browser: the schedule, host access and what tabs advertise. */
export interface FeedRuntime {
  getRefreshMinutes(): Promise<number>;
  /** Stores the interval and reschedules the background refresh. */
  setRefreshMinutes(minutes: number): Promise<void>;
  /** Whether the reader granted access to a feed's origin (the fetch would fail without it). */
  canFetch(url: string): Promise<boolean>;
  pageFeeds(tabId: number): Promise<readonly PageFeed[]>;
  /** Remembers the feeds a tab's page advertises (from its analysis). */
  rememberPageFeeds(tabId: number, feeds: readonly PageFeed[]): Promise<void>;
  /** Opens the library at its feeds section (from the sidebar's offer). */
  openFeeds(): Promise<void>;
  readonly fetchOptions?: FetchOptions;
}

/** For tests and Node: a fixed interval in memory, every origin allowed, no tabs. */
export function memoryFeedRuntime(fetchOptions?: FetchOptions): FeedRuntime {
  let minutes = DEFAULT_REFRESH_MINUTES;
  const tabs = new Map<number, readonly PageFeed[]>();
  return {
    getRefreshMinutes: async () => minutes,
    setRefreshMinutes: async (value) => {
      minutes = value;
    },
    canFetch: async () => true,
    pageFeeds: async (tabId) => tabs.get(tabId) ?? [],
    rememberPageFeeds: async (tabId, feeds) => {
      tabs.set(tabId, feeds);
    },
    openFeeds: async () => undefined,
    fetchOptions,
  };
}

export interface FeedHandlerDeps {
  readonly db: ArchiveDb;
  readonly now: () => number;
  readonly runtime: FeedRuntime;
}

type FeedHandlerKeys =
  | 'library/list-feeds'
  | 'library/add-feeds'
  | 'library/edit-feed'
  | 'library/remove-feed'
  | 'library/refresh-feeds'
  | 'library/set-feed-interval'
  | 'library/import-opml'
  | 'library/export-opml'
  | 'popup/follow-feed'
  | 'popup/page-feeds'
  | 'content/unread-feed-counts'
  | 'content/mark-org-read'
  | 'content/open-feeds'
  | 'content/follow-org';

export function createFeedHandlers({
  db,
  now,
  runtime,
}: FeedHandlerDeps): Pick<Handlers, FeedHandlerKeys> {
  const state = async () => ({
    feeds: await listFeeds(db),
    refreshMinutes: await runtime.getRefreshMinutes(),
  });
  const refreshDeps = async () => ({
    db,
    now,
    intervalMs: (await runtime.getRefreshMinutes()) * 60_000,
    fetchOptions: runtime.fetchOptions,
    canFetch: runtime.canFetch,
  });
  const addAll = async (feeds: ReadonlyArray<{ url: string; title?: string }>) => {
    const errors: { url: string; error: string }[] = [];
    let added = 0;
    for (const { url, title } of feeds) {
      try {
        const before = await db.feeds.count();
        await addFeed(db, url, now(), title);
        if ((await db.feeds.count()) > before) added += 1;
      } catch (error) {
        if (!(error instanceof FeedInputError)) throw error;
        errors.push({ url: url.slice(0, 300), error: error.message });
      }
    }
    return { added, errors };
  };
  return {
    'library/list-feeds': state,
    'library/add-feeds': async ({ feeds }) => ({ ...(await addAll(feeds)), ...(await state()) }),
    'library/edit-feed': async ({ id, title, url, paused }) => {
      await editFeed(db, id, { title, url, paused }, now());
      return state();
    },
    'library/remove-feed': async ({ id }) => {
      await removeFeed(db, id);
      return state();
    },
    'library/refresh-feeds': async ({ ids }) => {
      const deps = await refreshDeps();
      if (!ids) await refreshDue(deps, 4, true);
      else {
        for (const feed of await db.feeds.bulkGet(ids)) if (feed) await refreshFeed(feed, deps);
      }
      return state();
    },
    'library/set-feed-interval': async ({ minutes }) => {
      await runtime.setRefreshMinutes(minutes);
      return state();
    },
    'library/import-opml': async ({ opml }) => {
      const { feeds, skipped } = readOpml(opml);
      return { ...(await addAll(feeds)), skipped: [...skipped], ...(await state()) };
    },
    'library/export-opml': async () => ({ opml: writeOpml(await listFeeds(db), now()) }),
    'popup/follow-feed': async ({ url, title }) => ({
      ...(await addAll([{ url, title }])),
      ...(await state()),
    }),
    'popup/page-feeds': async ({ tabId }) => {
      const followed = new Set((await listFeeds(db)).map((f) => f.url));
      const feeds = await runtime.pageFeeds(tabId);
      return { feeds: feeds.map((f) => ({ ...f, followed: followed.has(f.url) })) };
    },
    'content/unread-feed-counts': async ({ orgIds }) => unreadCounts(db, orgIds),
    'content/follow-org': async ({ orgId, followed }) => {
      const name = getOrg(orgId)?.name ?? orgId.replace(/^d:/, '');
      await followOrg(db, orgId, name, followed, now());
      return { orgId, followed };
    },
    'content/open-feeds': async () => {
      await runtime.openFeeds();
      return {};
    },
    'content/mark-org-read': async ({ orgId }) => {
      await markOrgLooked(db, orgId, now());
      return { orgId };
    },
  };
}
