import type { HighlightRecord } from '../lib/archive/highlight.ts';
import { safeHref } from '../lib/url/safe-href.ts';

/** One highlight: the quote, the reader's note, tags, colour and where it is from. */
export function HighlightRow({ highlight: h }: { readonly highlight: HighlightRecord }) {
  const href = safeHref(h.url);
  return (
    <li class={`bs-history-item bs-highlight bs-color-${h.color}`} data-testid="highlight-item">
      <blockquote class="bs-quote">{h.quote.exact}</blockquote>
      {h.note && <p class="bs-note">{h.note}</p>}
      <span class="bs-muted">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {h.title || h.url}
          </a>
        ) : (
          h.title
        )}{' '}
        · {h.color}
        {h.tags.length > 0 ? ` · ${h.tags.map((t) => `#${t}`).join(' ')}` : ''}
        {h.state === 'orphan' ? ' · not found on the page last time (kept)' : ''}
      </span>
    </li>
  );
}
