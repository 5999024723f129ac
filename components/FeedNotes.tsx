import { plural } from './plural.ts';

/**
 * What feeds add to the sidebar (issue 8): "since you last looked" counts on company chips and on
 * a company's page, with "mark as read", and an offer of feeds in the empty state.
 */

/** The sidebar's one optional feeds prop. */
export interface SidebarFeeds {
  /** Unread feed stories per followed company since the reader last looked (absent: none). */
  readonly unread: Readonly<Record<string, number>>;
  /** The page's companies the reader follows. */
  readonly followed: readonly string[];
  readonly onMarkRead: (orgId: string) => void;
  readonly onFollow: (orgId: string, followed: boolean) => void;
  /** Opens the library's feeds section. */
  readonly onOfferFeeds: () => void;
}

const stories = (n: number) => plural(n, 'unread feed story', 'unread feed stories');

/** The badge on a company chip. */
export function ChipUnread({ count }: { readonly count: number | undefined }) {
  if (!count) return null;
  return (
    <span
      class="bs-chip-new"
      data-testid="chip-unread"
      title={`${stories(count)} since you last looked`}
    >
      {count} new
    </span>
  );
}

export interface CompanyFeedNoteProps {
  readonly orgId: string;
  readonly name: string;
  readonly feeds: SidebarFeeds;
}

/** On a company's page: follow it, and how many feed stories arrived since the reader last looked. */
export function CompanyFeedNote({ orgId, name, feeds }: CompanyFeedNoteProps) {
  const count = feeds.unread[orgId] ?? 0;
  if (!feeds.followed.includes(orgId)) {
    return (
      <p class="bs-count" data-testid="company-follow">
        <button type="button" class="bs-link-button" onClick={() => feeds.onFollow(orgId, true)}>
          Follow {name}
        </button>{' '}
        to count new feed stories about it here.
      </p>
    );
  }
  return (
    <p class="bs-count" data-testid="company-unread">
      {count === 0
        ? `Following ${name}: no new feed stories since you last looked.`
        : `${stories(count)} about ${name} since you last looked.`}{' '}
      {count > 0 && (
        <button type="button" class="bs-link-button" onClick={() => feeds.onMarkRead(orgId)}>
          Mark as read
        </button>
      )}{' '}
      <button type="button" class="bs-link-button" onClick={() => feeds.onFollow(orgId, false)}>
        Stop following
      </button>
    </p>
  );
}

/** In the empty state: feeds fill the archive before the reader has read much. */
export function FeedsOffer({ feeds }: { readonly feeds: SidebarFeeds }) {
  return (
    <p class="bs-empty" data-testid="feeds-offer">
      Follow the feeds of outlets you trust and their AI-industry stories show up here, even the
      ones you have not opened.{' '}
      <button type="button" class="bs-link-button" onClick={feeds.onOfferFeeds}>
        Follow feeds
      </button>
    </p>
  );
}
