import { browser } from 'wxt/browser';
import type { ArchiveDb } from '../../lib/archive/db.ts';
import type { PageFeed } from '../../lib/feeds/discover.ts';
import { DEFAULT_REFRESH_MINUTES } from '../../lib/feeds/feed-store.ts';
import { canFetchFeed as canFetch } from '../../lib/feeds/host-access.ts';
import type { FeedRuntime } from '../../lib/feeds/handlers.ts';
import { MAX_REFRESH_MINUTES, MIN_REFRESH_MINUTES } from '../../lib/feeds/messages.ts';
import { refreshDue } from '../../lib/feeds/refresh.ts';

export const FEEDS_ALARM = 'backstory-feeds-refresh';
const MINUTES_KEY = 'feedRefreshMinutes';
const tabKey = (tabId: number) => `feeds:tab:${tabId}`;

function validMinutes(value: unknown): number {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_REFRESH_MINUTES &&
    value <= MAX_REFRESH_MINUTES
    ? value
    : DEFAULT_REFRESH_MINUTES;
}

async function getRefreshMinutes(): Promise<number> {
  return validMinutes((await browser.storage.local.get(MINUTES_KEY))[MINUTES_KEY]);
}

/** (Re)creates the periodic alarm when it is missing or its period changed. */
async function schedule(minutes: number): Promise<void> {
  const alarm = await browser.alarms.get(FEEDS_ALARM);
  if (alarm?.periodInMinutes === minutes) return;
  await browser.alarms.create(FEEDS_ALARM, { periodInMinutes: minutes, delayInMinutes: 1 });
}

/**
 * The feeds' browser side: the refresh alarm (`alarms`; default every 30 minutes, adjustable in
 * the library), host access per feed origin (optional host permissions, asked for by the library
 * page when the reader follows a feed: see docs/adr/0002-feed-host-permissions.md), and the feeds
 * each tab's page advertises (session storage). One refresh runs at a time.
 */
export function startFeedRefresh(db: ArchiveDb, now: () => number): FeedRuntime {
  let running: Promise<unknown> | null = null;
  const runtime: FeedRuntime = {
    getRefreshMinutes,
    async setRefreshMinutes(minutes) {
      await browser.storage.local.set({ [MINUTES_KEY]: validMinutes(minutes) });
      await schedule(validMinutes(minutes));
    },
    canFetch,
    async openFeeds() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html#/section/feeds') });
    },
    async pageFeeds(tabId) {
      const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
      return Array.isArray(stored) ? (stored as PageFeed[]) : [];
    },
    async rememberPageFeeds(tabId, feeds) {
      if (feeds.length === 0) await browser.storage.session.remove(tabKey(tabId));
      else await browser.storage.session.set({ [tabKey(tabId)]: feeds });
    },
  };
  const refresh = async () => {
    const intervalMs = (await getRefreshMinutes()) * 60_000;
    await refreshDue({ db, now, intervalMs, canFetch });
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FEEDS_ALARM || running) return;
    running = refresh()
      .catch((error: unknown) => console.warn('Backstory: feed refresh failed', error))
      .finally(() => {
        running = null;
      });
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));
  void getRefreshMinutes().then(schedule);
  return runtime;
}
