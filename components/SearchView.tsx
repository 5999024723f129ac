import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../lib/library/messages.ts';
import { safeHref } from '../lib/url/safe-href.ts';
import { Snippet } from './Snippet.tsx';
import { useAsk } from './use-ask.ts';
import { plural } from './plural.ts';

export interface SearchViewProps {
  readonly query: string;
  /** The query changed (the page keeps it in the address, so a search can be bookmarked). */
  readonly onQuery: (query: string) => void;
}

type Results =
  | { readonly status: 'idle' }
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly hits: readonly SearchHit[];
      readonly total: number;
      readonly ms: number;
    };

/** Search everything as you type: titles, article text, highlights and notes. */
export function SearchView({ query, onQuery }: SearchViewProps) {
  const ask = useAsk();
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const round = ++latest.current;
    // The first search builds the index (seconds on a large archive): say so after a moment.
    const slow = setTimeout(
      () => round === latest.current && setResults({ status: 'pending' }),
      300,
    );
    // An empty query warms the index up, so the first keystroke is answered fast.
    ask({ type: 'library/search', query, limit: 30 })
      .finally(() => clearTimeout(slow))
      .then(
        ({ hits, total, ms }) =>
          round === latest.current && setResults({ status: 'ready', hits, total, ms }),
        (error: unknown) =>
          round === latest.current &&
          setResults({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
  }, [ask, query]);
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search everything</h2>
      <input
        type="search"
        class="bs-input bs-search"
        data-testid="search-input"
        aria-label="Search titles, article text, highlights and notes"
        placeholder="Search titles, article text, highlights and notes"
        value={query}
        // biome-ignore lint/a11y/noAutofocus: the search page exists to be typed into.
        autoFocus
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      {results.status === 'pending' && (
        <p class="bs-muted" role="status" data-testid="search-pending">
          Searching… (the first search reads your whole archive)
        </p>
      )}
      {results.status === 'error' && (
        <p class="bs-error" role="alert">
          {results.message}
        </p>
      )}
      {results.status === 'ready' && query.trim() !== '' && (
        <>
          <p class="bs-muted" data-testid="search-summary">
            {results.total === 0
              ? 'Nothing matches.'
              : `${plural(results.total, 'match', 'matches')} · ${results.ms} ms`}
          </p>
          <ol class="bs-history" data-testid="search-results">
            {results.hits.map((hit) => (
              <HitRow key={hit.key} hit={hit} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function HitRow({ hit }: { readonly hit: SearchHit }) {
  const href = safeHref(hit.url);
  return (
    <li class="bs-history-item" data-testid="search-hit" data-kind={hit.kind}>
      <span class="bs-eyebrow">{hit.kind === 'highlight' ? 'Your highlight' : 'Article'}</span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {hit.title}
        </a>
      ) : (
        <span>{hit.title}</span>
      )}
      <span class="bs-muted">{hit.siteName}</span>
      <Snippet segments={hit.snippet} />
      {hit.note && <p class="bs-note">Note: {hit.note}</p>}
    </li>
  );
}
