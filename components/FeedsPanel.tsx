import { useState } from 'preact/hooks';
import type { FeedRecord } from '../lib/archive/feed.ts';
import type { StarterFeed } from '../lib/feeds/starter-pack.ts';
import { safeHref } from '../lib/url/safe-href.ts';
import { FeedRow } from './FeedRow.tsx';

export interface FeedsPanelMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

export interface FeedsPanelProps {
  readonly feeds: readonly FeedRecord[];
  readonly refreshMinutes: number;
  readonly busy: boolean;
  readonly message: FeedsPanelMessage | null;
  /** Offered on first run, never followed without a tick; null once dismissed. */
  readonly starterPack: readonly StarterFeed[] | null;
  readonly now: number;
  readonly onAdd: (url: string) => void;
  readonly onFollowStarter: (feeds: readonly StarterFeed[]) => void;
  readonly onDismissStarter: () => void;
  readonly onRefresh: () => void;
  readonly onEdit: (id: number, edit: { title?: string; url?: string; paused?: boolean }) => void;
  readonly onRemove: (id: number) => void;
  readonly onIntervalChange: (minutes: number) => void;
  readonly onImportOpml: (text: string) => void;
  readonly onExportOpml: () => void;
}

const INTERVALS = [15, 30, 60, 180, 720, 1440];
const intervalLabel = (m: number) =>
  m < 60 ? `${m} minutes` : m === 60 ? 'hour' : `${m / 60} hours`;

/** The library's feeds section: follow, edit, pause and remove feeds, see each one's status. */
export function FeedsPanel(props: FeedsPanelProps) {
  const [url, setUrl] = useState('');
  const { feeds, busy, message } = props;
  return (
    <section class="bs-feeds" aria-labelledby="feeds-heading" data-testid="feeds-panel">
      <h2 id="feeds-heading">Feeds</h2>
      <p class="bs-muted">
        Stories from the outlets you follow join your backstory as unread coverage, even before you
        open them. Only AI-industry stories are kept.
      </p>
      <form
        class="bs-feeds-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) props.onAdd(url.trim());
        }}
      >
        <label for="feed-url">Feed address</label>
        <input
          id="feed-url"
          type="url"
          required
          placeholder="https://example.com/feed.xml"
          value={url}
          onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
          data-testid="feed-url"
        />
        <button type="submit" class="bs-button" disabled={busy} data-testid="feed-add">
          Follow
        </button>
      </form>
      {message && (
        <p
          class={message.kind === 'error' ? 'bs-error' : 'bs-muted'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="feeds-message"
        >
          {message.text}
        </p>
      )}
      {props.starterPack && feeds.length === 0 && (
        <StarterPack
          feeds={props.starterPack}
          onFollow={props.onFollowStarter}
          onDismiss={props.onDismissStarter}
        />
      )}
      {feeds.length > 0 && (
        <ul class="bs-feed-list" data-testid="feed-list">
          {feeds.map((feed) => (
            <FeedRow
              key={feed.id}
              feed={feed}
              now={props.now}
              onEdit={props.onEdit}
              onRemove={props.onRemove}
            />
          ))}
        </ul>
      )}
      <div class="bs-feeds-tools">
        <button
          type="button"
          class="bs-button"
          disabled={busy || feeds.length === 0}
          onClick={props.onRefresh}
          data-testid="feeds-refresh"
        >
          {busy ? 'Refreshing…' : 'Refresh now'}
        </button>
        <label>
          Check every{' '}
          <select
            value={String(props.refreshMinutes)}
            onChange={(event) =>
              props.onIntervalChange(Number((event.target as HTMLSelectElement).value))
            }
            data-testid="feeds-interval"
          >
            {[...new Set([...INTERVALS, props.refreshMinutes])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={String(m)}>
                  {intervalLabel(m)}
                </option>
              ))}
          </select>
        </label>
        <label class="bs-button">
          Import OPML
          <input
            type="file"
            accept=".opml,.xml,text/xml,application/xml,text/x-opml"
            class="bs-visually-hidden"
            data-testid="opml-import"
            onChange={async (event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImportOpml(await file.text());
              input.value = '';
            }}
          />
        </label>
        <button
          type="button"
          class="bs-button"
          disabled={feeds.length === 0}
          onClick={props.onExportOpml}
          data-testid="opml-export"
        >
          Export OPML
        </button>
      </div>
    </section>
  );
}

interface StarterPackProps {
  readonly feeds: readonly StarterFeed[];
  readonly onFollow: (feeds: readonly StarterFeed[]) => void;
  readonly onDismiss: () => void;
}

/** First run: a short list of well-known AI-industry outlets, none ticked. */
function StarterPack({ feeds, onFollow, onDismiss }: StarterPackProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (url: string) => {
    const next = new Set(ticked);
    if (next.has(url)) next.delete(url);
    else next.add(url);
    setTicked(next);
  };
  return (
    <fieldset class="bs-starter" data-testid="feeds-starter">
      <legend>Start with a few outlets?</legend>
      {feeds.map((feed) => (
        <label key={feed.url} class="bs-starter-item">
          <input type="checkbox" checked={ticked.has(feed.url)} onChange={() => toggle(feed.url)} />{' '}
          <strong>{feed.title}</strong> <span class="bs-muted">· {feed.about}</span>{' '}
          {safeHref(feed.url) && <span class="bs-muted bs-feed-url">{feed.url}</span>}
        </label>
      ))}
      <div class="bs-feeds-tools">
        <button
          type="button"
          class="bs-button"
          disabled={ticked.size === 0}
          onClick={() => onFollow(feeds.filter((f) => ticked.has(f.url)))}
        >
          Follow the ticked ones
        </button>
        <button type="button" class="bs-button" onClick={onDismiss}>
          No thanks
        </button>
      </div>
    </fieldset>
  );
}
