import type { HistoryFilter } from '../lib/library/messages.ts';
import { ArticleRow } from './ArticleRow.tsx';
import { FilterSelect, useFilter } from './filters.tsx';
import { useAsk, useLoad } from './use-ask.ts';
import { plural } from './plural.ts';

const GENRES = ['news', 'analysis', 'opinion', 'press-release', 'other'] as const;

const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);
const dayEnd = (value: string) => (value ? Date.parse(`${value}T23:59:59Z`) : undefined);

/** Reading history with filters: company, genre, outlet, dates, read state, feed or visited. */
export function HistoryView() {
  const ask = useAsk();
  const [filter, set] = useFilter<HistoryFilter>();
  const [history] = useLoad(
    () => ask({ type: 'library/history', filter, limit: 200 }),
    JSON.stringify(filter),
  );
  const [companies] = useLoad(() => ask({ type: 'library/companies' }), 'companies');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Reading history</h2>
      <form class="bs-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label="Company"
          testId="filter-company"
          value={filter.orgId}
          options={
            companies.status === 'ready'
              ? companies.value.orgs
                  .filter((o) => o.status !== 'ignored')
                  .map((o) => ({ value: o.id, label: o.name }))
              : []
          }
          onChange={(orgId) => set({ orgId })}
        />
        <FilterSelect
          label="Genre"
          testId="filter-genre"
          value={filter.genre}
          options={GENRES}
          onChange={(genre) => set({ genre: genre as HistoryFilter['genre'] })}
        />
        <FilterSelect
          label="Outlet"
          testId="filter-site"
          value={filter.site}
          options={history.status === 'ready' ? history.value.sites : []}
          onChange={(site) => set({ site })}
        />
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
        <FilterSelect
          label="State"
          testId="filter-read"
          value={filter.read}
          any="Read or unread"
          options={[
            { value: 'read', label: 'Read' },
            { value: 'unread', label: 'Unread' },
          ]}
          onChange={(read) => set({ read: read as HistoryFilter['read'] })}
        />
        <FilterSelect
          label="Source"
          testId="filter-source"
          value={filter.source}
          any="Feeds and visits"
          options={[
            { value: 'visited', label: 'Visited' },
            { value: 'feed', label: 'From feeds' },
          ]}
          onChange={(source) => set({ source: source as HistoryFilter['source'] })}
        />
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
              {plural(history.value.total, 'article', 'articles')}
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
