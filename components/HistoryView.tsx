import { useState } from 'preact/hooks';
import type { HistoryFilter } from '../lib/library/messages.ts';
import { ArticleRow } from './ArticleRow.tsx';
import { useAsk, useLoad } from './use-ask.ts';

const GENRES = ['news', 'analysis', 'opinion', 'press-release', 'other'] as const;

const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);
const dayEnd = (value: string) => (value ? Date.parse(`${value}T23:59:59Z`) : undefined);

/** Reading history with filters: company, genre, outlet, dates, read state, feed or visited. */
export function HistoryView() {
  const ask = useAsk();
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [history] = useLoad(
    () => ask({ type: 'library/history', filter, limit: 200 }),
    JSON.stringify(filter),
  );
  const [companies] = useLoad(() => ask({ type: 'library/companies' }), 'companies');
  const set = (change: Partial<HistoryFilter>) => {
    const next: Record<string, unknown> = { ...filter, ...change };
    for (const key of Object.keys(next))
      if (next[key] === undefined || next[key] === '') delete next[key];
    setFilter(next as HistoryFilter);
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Reading history</h2>
      <form class="bs-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Company
          <select
            data-testid="filter-company"
            value={filter.orgId ?? ''}
            onChange={(e) => set({ orgId: e.currentTarget.value || undefined })}
          >
            <option value="">Any</option>
            {companies.status === 'ready' &&
              companies.value.orgs
                .filter((o) => o.status !== 'ignored')
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
          </select>
        </label>
        <label>
          Genre
          <select
            data-testid="filter-genre"
            value={filter.genre ?? ''}
            onChange={(e) =>
              set({ genre: (e.currentTarget.value || undefined) as HistoryFilter['genre'] })
            }
          >
            <option value="">Any</option>
            {GENRES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outlet
          <select
            data-testid="filter-site"
            value={filter.site ?? ''}
            onChange={(e) => set({ site: e.currentTarget.value || undefined })}
          >
            <option value="">Any</option>
            {history.status === 'ready' &&
              history.value.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
        </label>
        <label>
          From
          <input
            type="date"
            data-testid="filter-from"
            onChange={(e) => set({ from: dayStart(e.currentTarget.value) })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            data-testid="filter-to"
            onChange={(e) => set({ to: dayEnd(e.currentTarget.value) })}
          />
        </label>
        <label>
          State
          <select
            data-testid="filter-read"
            value={filter.read ?? ''}
            onChange={(e) =>
              set({ read: (e.currentTarget.value || undefined) as HistoryFilter['read'] })
            }
          >
            <option value="">Read or unread</option>
            <option value="read">Read</option>
            <option value="unread">Unread</option>
          </select>
        </label>
        <label>
          Source
          <select
            data-testid="filter-source"
            value={filter.source ?? ''}
            onChange={(e) =>
              set({ source: (e.currentTarget.value || undefined) as HistoryFilter['source'] })
            }
          >
            <option value="">Feeds and visits</option>
            <option value="visited">Visited</option>
            <option value="feed">From feeds</option>
          </select>
        </label>
      </form>
      {history.status === 'error' && (
        <p class="bs-error" role="alert">
          {history.message}
        </p>
      )}
      {history.status === 'ready' &&
        (history.value.articles.length === 0 ? (
          <p class="bs-muted" data-testid="library-empty">
            {Object.keys(filter).length > 0
              ? 'No article matches these filters.'
              : 'Your archive is empty. Read an article about the AI industry and Backstory keeps it here, so its backstory is ready when the next one comes along.'}
          </p>
        ) : (
          <>
            <p class="bs-muted" data-testid="history-count">
              {history.value.total} {history.value.total === 1 ? 'article' : 'articles'}
            </p>
            <ol class="bs-history">
              {history.value.articles.map((a) => (
                <ArticleRow key={a.id} article={a} />
              ))}
            </ol>
          </>
        ))}
    </section>
  );
}
