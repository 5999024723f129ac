import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type FollowableFeed, FollowFeeds } from '../../components/FollowFeeds.tsx';
import { feedOriginAsker } from '../../lib/feeds/host-access.ts';
import { request } from '../../lib/messaging/client.ts';

const send = (message: unknown) => browser.runtime.sendMessage(message);

/**
 * Mounts "follow this outlet" after `anchor` when the active tab's page advertises feeds. The
 * host permission for the feed's origin is asked inside the click (ADR 0002).
 */
export async function mountFollowFeeds(anchor: Element): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const host = document.createElement('div');
  anchor.after(host);
  const asker = feedOriginAsker();
  let feeds: readonly FollowableFeed[] = (
    await request(send, { type: 'popup/page-feeds', tabId: tab.id })
  ).feeds;
  let message: string | null = null;
  const draw = () =>
    render(<FollowFeeds feeds={feeds} message={message} onFollow={follow} />, host);
  function follow(feed: FollowableFeed) {
    const granted = asker.ask([feed.url]);
    void (async () => {
      if (!(await granted)) {
        message = 'Backstory needs your permission to read that site; nothing was added.';
      } else {
        try {
          const added = await request(send, {
            type: 'popup/follow-feed',
            url: feed.url,
            title: feed.title,
          });
          const fresh = added.feeds.filter((f) => f.lastFetchedAt === null).map((f) => f.id);
          if (fresh.length > 0) await request(send, { type: 'library/refresh-feeds', ids: fresh });
          feeds = feeds.map((f) => (f.url === feed.url ? { ...f, followed: true } : f));
          message = added.errors[0]?.error ?? `Following ${feed.title}.`;
        } catch (error) {
          message = error instanceof Error ? error.message : String(error);
        }
      }
      draw();
    })();
  }
  draw();
}
