import type { SidebarFeeds } from '../../components/FeedNotes.tsx';
import { request, type Send } from '../../lib/messaging/client.ts';

/**
 * The sidebar's feeds prop for one page: unread feed counts of the page's followed companies
 * (read once, off the path to the tab, and again after "mark as read"), and the empty state's
 * offer to follow feeds. `onChange` re-renders the sidebar; a failure leaves the counts empty.
 */
export async function pageFeedNotes(
  orgIds: readonly string[],
  send: Send,
  onChange: (feeds: SidebarFeeds) => void,
): Promise<void> {
  const none = { counts: {}, followed: [] as string[] };
  const read = async () =>
    orgIds.length === 0
      ? none
      : await request(send, {
          type: 'content/unread-feed-counts',
          orgIds: orgIds.slice(0, 50),
        }).catch(() => none);
  const reread = () =>
    void read()
      .then((next) => onChange(make(next)))
      .catch(() => undefined);
  const make = ({ counts, followed }: typeof none): SidebarFeeds => ({
    unread: counts,
    followed,
    onMarkRead: (orgId) => {
      void request(send, { type: 'content/mark-org-read', orgId }).then(reread, () => undefined);
    },
    onFollow: (orgId, follow) => {
      void request(send, { type: 'content/follow-org', orgId, followed: follow }).then(
        reread,
        () => undefined,
      );
    },
    onOfferFeeds: () => void request(send, { type: 'content/open-feeds' }).catch(() => undefined),
  });
  onChange(make(await read()));
}
