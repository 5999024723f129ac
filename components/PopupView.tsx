import type { ComponentChildren } from 'preact';
import type { TabOverview } from '../lib/popup/messages.ts';
import { plural } from './plural.ts';

/** A popup button: every one is out of reach while an action runs. */
function Action(props: {
  readonly kind: 'main' | 'quiet' | 'link';
  readonly testId: string;
  readonly busy: boolean | undefined;
  readonly onClick: () => void;
  readonly children: ComponentChildren;
}) {
  const classes = { main: 'bs-button', quiet: 'bs-button bs-button-quiet', link: 'bs-link-button' };
  return (
    <button
      type="button"
      class={classes[props.kind]}
      data-testid={props.testId}
      disabled={props.busy}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export type PopupState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly overview: TabOverview;
      /** The last action's outcome or error, shown under the buttons. */
      readonly notice?: string;
      readonly busy?: boolean;
    };

export interface PopupViewProps {
  readonly state: PopupState;
  readonly onOpenLibrary: () => void;
  readonly onRelated: () => void;
  readonly onSave: () => void;
  readonly onForget: (articleId: number) => void;
  readonly onPause: () => void;
  /** The reader says what the page is: an AI-industry article ("ai") or not ("not-ai"). */
  readonly onCorrect: (verdict: 'ai' | 'not-ai') => void;
  /** Takes the reader's correction of the page back. */
  readonly onUndoCorrection: (correctionId: number) => void;
  /** What the page offers besides (the popup's "follow this outlet"), above the library link. */
  readonly children?: ComponentChildren;
}

const GENRES: Record<string, string> = {
  news: 'News',
  analysis: 'Analysis',
  opinion: 'Opinion',
  'press-release': 'Press release',
  other: 'Article',
};

/** The toolbar popup: what Backstory makes of the current tab, and one-click actions. */
export function PopupView({
  state,
  onOpenLibrary,
  onRelated,
  onSave,
  onForget,
  onPause,
  onCorrect,
  onUndoCorrection,
  children,
}: PopupViewProps) {
  return (
    <main class="bs-popup" data-testid="backstory-popup" aria-label="Backstory">
      <h1 class="bs-popup-brand">Backstory</h1>
      {state.status === 'loading' && <p class="bs-muted">Looking at this tab…</p>}
      {state.status === 'error' && (
        <p class="bs-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <Overview
          state={state}
          onRelated={onRelated}
          onSave={onSave}
          onForget={onForget}
          onPause={onPause}
          onCorrect={onCorrect}
          onUndoCorrection={onUndoCorrection}
        />
      )}
      {children}
      <button type="button" class="bs-button bs-button-quiet" onClick={onOpenLibrary}>
        Open library
      </button>
    </main>
  );
}

function Overview({
  state,
  onRelated,
  onSave,
  onForget,
  onPause,
  onCorrect,
  onUndoCorrection,
}: {
  readonly state: Extract<PopupState, { status: 'ready' }>;
} & Pick<
  PopupViewProps,
  'onRelated' | 'onSave' | 'onForget' | 'onPause' | 'onCorrect' | 'onUndoCorrection'
>) {
  const { page, saved, noSidebar, host, correction } = state.overview;
  const isArticle = page?.isAIIndustry === true;
  return (
    <>
      <section data-testid="popup-detection" aria-label="What this page is">
        {page ? (
          <>
            <p class="bs-eyebrow" data-testid="popup-verdict">
              {isArticle
                ? `AI-industry ${GENRES[page.genre]?.toLowerCase() ?? 'article'}`
                : page.isArticle
                  ? 'An article, not about the AI industry'
                  : 'Not an article'}
            </p>
            {page.title && <p class="bs-title">{page.title}</p>}
            {page.reasons.length > 0 && (
              <details class="bs-reasons" open={!isArticle}>
                <summary>Why</summary>
                <ul data-testid="popup-reasons">
                  {page.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </details>
            )}
            {page.companies.length > 0 && (
              <ul class="bs-chips" aria-label="Companies" data-testid="popup-companies">
                {page.companies.map((c) => (
                  <li key={c.id} class={c.about ? 'bs-chip bs-chip-about' : 'bs-chip'}>
                    {c.name}
                  </li>
                ))}
              </ul>
            )}
            {isArticle && page.relatedCount !== null && (
              <p class="bs-muted" data-testid="popup-related-count">
                {page.relatedCount === 0
                  ? 'No related coverage in your archive yet'
                  : `${page.relatedCount} related in your archive`}
              </p>
            )}
          </>
        ) : (
          <p class="bs-muted" data-testid="popup-no-article">
            {noSidebar ?? 'Backstory has not looked at this page. It looks at pages as they load.'}
          </p>
        )}
      </section>
      {page && noSidebar && (
        <p class="bs-muted" data-testid="popup-no-sidebar">
          {noSidebar}
        </p>
      )}
      {saved ? (
        <section data-testid="popup-article">
          <p class="bs-muted">
            Saved in your archive · read {plural(saved.readCount, 'time', 'times')}
          </p>
        </section>
      ) : null}
      <div class="bs-actions">
        <Action kind="main" testId="popup-related" busy={state.busy} onClick={onRelated}>
          Related coverage
        </Action>
        {saved ? (
          <Action
            kind="quiet"
            testId="popup-forget"
            busy={state.busy}
            onClick={() => onForget(saved.id)}
          >
            Forget
          </Action>
        ) : (
          isArticle && (
            <Action kind="quiet" testId="popup-save" busy={state.busy} onClick={onSave}>
              Save
            </Action>
          )
        )}
        {host && !noSidebar && (
          <Action kind="quiet" testId="popup-pause" busy={state.busy} onClick={onPause}>
            Pause on {host} for a day
          </Action>
        )}
      </div>
      {correction ? (
        <p class="bs-correction" data-testid="popup-correction">
          {correction.verdict === 'ai'
            ? 'You said this is an AI-industry article.'
            : 'You said this is not an AI-industry article.'}{' '}
          <Action
            kind="link"
            testId="popup-undo-correction"
            busy={state.busy}
            onClick={() => onUndoCorrection(correction.id)}
          >
            Undo
          </Action>
        </p>
      ) : (
        host &&
        !noSidebar && (
          <p class="bs-correction">
            Wrong?{' '}
            <Action
              kind="link"
              testId={isArticle ? 'popup-not-ai' : 'popup-is-ai'}
              busy={state.busy}
              onClick={() => onCorrect(isArticle ? 'not-ai' : 'ai')}
            >
              {isArticle ? 'Not an AI-industry article' : 'It is an AI-industry article: save it'}
            </Action>
          </p>
        )
      )}
      {state.notice && (
        <p class="bs-muted" role="status" data-testid="popup-notice">
          {state.notice}
        </p>
      )}
    </>
  );
}
