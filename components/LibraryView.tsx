import type { ArticleRecord } from '../lib/archive/article.ts';
import { safeHref } from '../lib/url/safe-href.ts';

export type LibraryState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly stats: { readonly articles: number; readonly sites: number };
      readonly recent: readonly ArticleRecord[];
    };

export interface LibraryViewProps {
  readonly state: LibraryState;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The library page: the reader's archive. */
export function LibraryView({ state }: LibraryViewProps) {
  return (
    <main class="bs-library" data-testid="backstory-library">
      <header class="bs-library-header">
        <h1>Backstory library</h1>
        {state.status === 'ready' && (
          <p class="bs-muted" data-testid="library-stats">
            {plural(state.stats.articles, 'article', 'articles')} from{' '}
            {plural(state.stats.sites, 'site', 'sites')}
          </p>
        )}
      </header>
      {state.status === 'loading' && <p class="bs-muted">Opening your archive…</p>}
      {state.status === 'error' && (
        <p class="bs-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently read</h2>
          {state.recent.length === 0 ? (
            <p class="bs-muted" data-testid="library-empty">
              Your archive is empty. Read an article about the AI industry and Backstory keeps it
              here, so its backstory is ready when the next one comes along.
            </p>
          ) : (
            <ol class="bs-history">
              {state.recent.map((article) => (
                <HistoryItem key={article.id} article={article} />
              ))}
            </ol>
          )}
        </section>
      )}
    </main>
  );
}

function HistoryItem({ article }: { readonly article: ArticleRecord }) {
  const href = safeHref(article.url);
  return (
    <li class="bs-history-item" data-testid="history-item">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      ) : (
        <span>{article.title}</span>
      )}
      <span class="bs-muted">
        {article.siteName} · {dateFormat.format(article.lastReadAt)}
      </span>
    </li>
  );
}
