import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type FollowableFeed, FollowFeeds } from '../../components/FollowFeeds.tsx';
import { feedOriginAsker } from '../../lib/feeds/host-access.ts';
import { request } from '../../lib/messaging/client.ts';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const asker = feedOriginAsker();

/**
 * "Follow this outlet" when the described tab's page advertises feeds. The host permission for
 * the feed's origin is asked inside the click (ADR 0002).
 */
export function PopupFollowFeeds({ tabId }: { readonly tabId: number }) {
  const [feeds, setFeeds] = useState<readonly FollowableFeed[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    request(send, { type: 'popup/page-feeds', tabId }).then(
      (answer) => setFeeds(answer.feeds),
      // The offer is optional: without it the popup still says everything else.
      (error: unknown) => console.warn('Backstory: no feeds for this tab', error),
    );
  }, [tabId]);

  const follow = (feed: FollowableFeed) => {
    // Asked before any await: the browser grants permissions only within the click.
    const granted = asker.ask([feed.url]);
    void (async () => {
      if (!(await granted)) {
        setMessage('Backstory needs your permission to read that site; nothing was added.');
        return;
      }
      try {
        const added = await request(send, {
          type: 'popup/follow-feed',
          url: feed.url,
          title: feed.title,
        });
        const fresh = added.feeds.filter((f) => f.lastFetchedAt === null).map((f) => f.id);
        if (fresh.length > 0) await request(send, { type: 'library/refresh-feeds', ids: fresh });
        setFeeds((all) => all.map((f) => (f.url === feed.url ? { ...f, followed: true } : f)));
        setMessage(added.errors[0]?.error ?? `Following ${feed.title}.`);
      } catch (error) {
        setMessage(error instanceof Error ? error.message : String(error));
      }
    })();
  };
  return <FollowFeeds feeds={feeds} message={message} onFollow={follow} />;
}
