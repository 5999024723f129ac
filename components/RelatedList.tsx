import type { RelatedItem } from '../lib/related/view.ts';
import { safeHref } from '../lib/url/safe-href.ts';

export interface RelatedListProps {
  readonly items: readonly RelatedItem[];
  /** The current article's time, for "3 weeks earlier". */
  readonly now: number;
  readonly testId: 'related-item' | 'take-item';
}

const dateFormat = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "3 weeks ago", "yesterday", "in 2 days": the age of a related article, for scanning. */
export function relativeAge(time: number, now: number): string {
  const days = Math.round((now - time) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 0) return `in ${-days} days`;
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 730) return `${Math.round(days / 30)} months ago`;
  return `${Math.round(days / 365)} years ago`;
}

function Title({ url, title }: { readonly url: string; readonly title: string }) {
  const href = safeHref(url);
  if (!href) return <span class="bs-item-title">{title}</span>;
  return (
    <a class="bs-item-title" href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}

/** Related stories or earlier takes: title, outlet, date, genre, read state, and why it is here. */
export function RelatedList({ items, now, testId }: RelatedListProps) {
  return (
    <ol class="bs-items">
      {items.map((item) => (
        <li key={item.url} class="bs-item" data-testid={testId} data-read={item.read}>
          <Title url={item.url} title={item.title} />
          <p class="bs-item-meta">
            {item.siteName} ·{' '}
            <time dateTime={new Date(item.time).toISOString()}>{dateFormat.format(item.time)}</time>{' '}
            ({relativeAge(item.time, now)}) · {item.genre}
            {item.read ? '' : ' · unread'}
          </p>
          {item.reason && (
            <p class="bs-item-reason" data-testid="related-reason">
              {item.reason}
            </p>
          )}
          {item.note && (
            <div class="bs-item-note" data-testid="take-note">
              <blockquote class="bs-item-quote">{item.note.quote}</blockquote>
              <p class="bs-item-note-text">{item.note.text}</p>
            </div>
          )}
          {item.alsoCoveredBy.length > 0 && (
            <p class="bs-item-also" data-testid="also-covered-by">
              Also covered by{' '}
              {item.alsoCoveredBy.map((other, i) => (
                <span key={other.url}>
                  {i > 0 ? ', ' : ''}
                  <Title url={other.url} title={other.siteName} />
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
