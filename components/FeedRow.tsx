import { useState } from 'preact/hooks';
import type { FeedRecord } from '../lib/archive/feed.ts';
import { safeHref } from '../lib/url/safe-href.ts';
import { plural } from './plural.ts';

export interface FeedRowProps {
  readonly feed: FeedRecord;
  readonly now: number;
  readonly onEdit: (id: number, edit: { title?: string; url?: string; paused?: boolean }) => void;
  readonly onRemove: (id: number) => void;
}

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

function until(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** The status of a feed in plain words: paused, failing (and when it tries again), or fine. */
export function feedStatus(feed: FeedRecord, now: number): string {
  if (feed.paused) return 'Paused';
  if (feed.lastError)
    return `Problem: ${feed.lastError}. Trying again in ${until(feed.nextFetchAt - now)}.`;
  if (feed.lastSuccessAt === null) return 'Not checked yet';
  const stored = `${plural(feed.storedCount, 'AI-industry story', 'AI-industry stories')} kept`;
  return `Checked ${ago(now - feed.lastSuccessAt)} · ${feed.itemCount} items in the feed · ${stored}`;
}

/** One followed feed: its name, address and status, with edit, pause and remove. */
export function FeedRow({ feed, now, onEdit, onRemove }: FeedRowProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(feed.title);
  const [url, setUrl] = useState(feed.url);
  const site = feed.siteUrl ? safeHref(feed.siteUrl) : null;
  return (
    <li class="bs-feed" data-testid="feed-row" data-feed-url={feed.url}>
      <div class="bs-feed-head">
        {site ? (
          <a href={site} target="_blank" rel="noopener noreferrer" class="bs-title">
            {feed.title}
          </a>
        ) : (
          <span class="bs-title">{feed.title}</span>
        )}
        <span class="bs-muted bs-feed-url">{feed.url}</span>
      </div>
      <p class={feed.lastError && !feed.paused ? 'bs-error' : 'bs-muted'} data-testid="feed-status">
        {feedStatus(feed, now)}
      </p>
      {editing ? (
        <form
          class="bs-feed-edit"
          onSubmit={(event) => {
            event.preventDefault();
            setEditing(false);
            onEdit(feed.id, { title, url });
          }}
        >
          <label>
            Name{' '}
            <input value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            Address{' '}
            <input
              type="url"
              value={url}
              onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="bs-button">
            Save
          </button>
          <button type="button" class="bs-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div class="bs-feeds-tools">
          <button
            type="button"
            class="bs-button"
            onClick={() => setEditing(true)}
            aria-label={`Edit ${feed.title}`}
          >
            Edit
          </button>
          <button
            type="button"
            class="bs-button"
            onClick={() => onEdit(feed.id, { paused: !feed.paused })}
            aria-label={`${feed.paused ? 'Resume' : 'Pause'} ${feed.title}`}
          >
            {feed.paused ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            class="bs-button"
            onClick={() => onRemove(feed.id)}
            aria-label={`Stop following ${feed.title}`}
            data-testid="feed-remove"
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
