export interface FollowableFeed {
  readonly url: string;
  readonly title: string;
  readonly followed: boolean;
}

export interface FollowFeedsProps {
  readonly feeds: readonly FollowableFeed[];
  readonly message: string | null;
  readonly onFollow: (feed: FollowableFeed) => void;
}

/** The popup's "follow this outlet": the feeds the current page advertises. */
export function FollowFeeds({ feeds, message, onFollow }: FollowFeedsProps) {
  if (feeds.length === 0 && !message) return null;
  return (
    <section class="bs-follow" data-testid="popup-follow-feeds" aria-label="Follow this outlet">
      <p class="bs-eyebrow">This outlet has a feed</p>
      <ul class="bs-feed-list">
        {feeds.map((feed) => (
          <li key={feed.url}>
            <span class="bs-title">{feed.title}</span>{' '}
            {feed.followed ? (
              <span class="bs-muted">Following</span>
            ) : (
              <button
                type="button"
                class="bs-button"
                onClick={() => onFollow(feed)}
                aria-label={`Follow ${feed.title}`}
              >
                Follow
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p class="bs-muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
