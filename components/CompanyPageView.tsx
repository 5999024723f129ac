import { useState } from 'preact/hooks';
import type { OrgAction } from '../lib/library/messages.ts';
import { hrefOf } from '../lib/library/routes.ts';
import { ArticleRow } from './ArticleRow.tsx';
import { GenreChart } from './GenreChart.tsx';
import { HighlightRow } from './HighlightRow.tsx';
import { useAsk, useLoad } from './use-ask.ts';
import { plural } from './plural.ts';

export interface CompanyPageViewProps {
  readonly orgId: string;
  /** After a merge the page follows the company it went into. */
  readonly onGo: (hash: string) => void;
}

/** One company: coverage over time by genre, co-mentioned companies, articles, notes, management. */
export function CompanyPageView({ orgId, onGo }: CompanyPageViewProps) {
  const ask = useAsk();
  const [page, reload] = useLoad(() => ask({ type: 'library/company', orgId }), orgId);
  const [companies] = useLoad(() => ask({ type: 'library/companies' }), `all:${orgId}`);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (change: OrgAction) => {
    setProblem(null);
    try {
      await ask({ type: 'library/org-action', orgId, change });
      if (change.action === 'merge') onGo(hrefOf({ view: 'company', orgId: change.into }));
      else reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  if (page.status === 'loading') return <p class="bs-muted">Loading…</p>;
  if (page.status === 'error')
    return (
      <p class="bs-error" role="alert">
        {page.message}
      </p>
    );
  const { org, months, related, articles, notes } = page.value;
  const others =
    companies.status === 'ready'
      ? companies.value.orgs.filter((o) => o.id !== org.id && o.status !== 'ignored')
      : [];
  return (
    <section aria-labelledby="company-heading" data-testid="company-page">
      <p class="bs-eyebrow">
        <a href="#/companies">Companies</a> · {org.status}
      </p>
      <h2 id="company-heading" data-testid="company-name">
        {org.name}
      </h2>
      <p class="bs-muted">{plural(org.articleCount, 'article', 'articles')} in your archive</p>
      {org.status === 'merged' && org.mergedInto && (
        <p>
          Merged into{' '}
          <a href={hrefOf({ view: 'company', orgId: org.mergedInto })}>another company</a>.
        </p>
      )}
      {org.status !== 'merged' && (
        <div class="bs-actions bs-manage" data-testid="company-manage">
          <button
            type="button"
            class="bs-button"
            aria-pressed={org.followed === true}
            onClick={() => void act({ action: org.followed ? 'unfollow' : 'follow' })}
          >
            {org.followed ? 'Following' : 'Follow'}
          </button>
          {org.status === 'discovered' && (
            <button
              type="button"
              class="bs-button bs-button-quiet"
              onClick={() => void act({ action: 'confirm' })}
            >
              Confirm
            </button>
          )}
          <form
            class="bs-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const name = new FormData(e.currentTarget).get('name');
              if (typeof name === 'string' && name.trim())
                void act({ action: 'rename', name: name.trim() });
            }}
          >
            <input class="bs-input" name="name" aria-label="New name" placeholder="New name" />
            <button type="submit" class="bs-button bs-button-quiet">
              Rename
            </button>
          </form>
          <form
            class="bs-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const into = new FormData(e.currentTarget).get('into');
              if (typeof into === 'string' && into) void act({ action: 'merge', into });
            }}
          >
            <select class="bs-input" name="into" aria-label="Merge into" data-testid="merge-into">
              <option value="">Merge into…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button type="submit" class="bs-button bs-button-quiet" data-testid="merge">
              Merge
            </button>
          </form>
          {org.status !== 'ignored' && (
            <button
              type="button"
              class="bs-button bs-button-quiet"
              onClick={() => void act({ action: 'ignore' })}
            >
              Ignore
            </button>
          )}
        </div>
      )}
      {problem && (
        <p class="bs-error" role="alert">
          {problem}
        </p>
      )}
      <h3>Coverage over time</h3>
      <GenreChart months={months} name={org.name} />
      {related.length > 0 && (
        <>
          <h3>Often mentioned with</h3>
          <ul class="bs-chips" data-testid="company-related">
            {related.map((r) => (
              <li key={r.id} class="bs-chip">
                <a href={hrefOf({ view: 'company', orgId: r.id })}>{r.name}</a> · {r.count}
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3>Your notes</h3>
          <ul class="bs-history">
            {notes.map((h) => (
              <HighlightRow key={h.id} highlight={h} />
            ))}
          </ul>
        </>
      )}
      <h3>Articles</h3>
      <ol class="bs-history" data-testid="company-articles">
        {articles.map((a) => (
          <ArticleRow key={a.id} article={a} />
        ))}
      </ol>
    </section>
  );
}
