import type { ArticleRecord } from '../lib/archive/article.ts';

export type PopupState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly article: ArticleRecord | null;
      readonly earlierFromSite: number;
    };

export interface PopupViewProps {
  readonly state: PopupState;
  readonly onOpenLibrary: () => void;
}

/** The toolbar popup: what Backstory knows about the current tab. */
export function PopupView({ state, onOpenLibrary }: PopupViewProps) {
  return (
    <main class="bs-popup" data-testid="backstory-popup" aria-label="Backstory">
      <h1 class="bs-popup-brand">Backstory</h1>
      {state.status === 'loading' && <p class="bs-muted">Looking at this tab…</p>}
      {state.status === 'error' && (
        <p class="bs-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && state.article && (
        <section data-testid="popup-article">
          <p class="bs-eyebrow">Saved in your archive</p>
          <p class="bs-title">{state.article.title}</p>
          <p class="bs-muted">
            {state.article.siteName} · read {state.article.readCount}{' '}
            {state.article.readCount === 1 ? 'time' : 'times'}
          </p>
          <p>
            {state.earlierFromSite} earlier {state.earlierFromSite === 1 ? 'article' : 'articles'}{' '}
            from this site
          </p>
        </section>
      )}
      {state.status === 'ready' && !state.article && (
        <p class="bs-muted" data-testid="popup-no-article">
          Backstory has not recorded an article in this tab. It records AI-industry articles as you
          read them.
        </p>
      )}
      <button type="button" class="bs-button" onClick={onOpenLibrary}>
        Open library
      </button>
    </main>
  );
}
