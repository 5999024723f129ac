import { useState } from 'preact/hooks';
import type { CorrectionSummary } from '../lib/corrections/messages.ts';
import { describeSection } from '../lib/corrections/section.ts';
import { safeHref } from '../lib/url/safe-href.ts';
import { plural } from './plural.ts';
import { useAsk, useLoad } from './use-ask.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Corrections listed at most (newest first). */
const SHOWN = 500;

function CorrectionRow({
  correction,
  busy,
  onUndo,
}: {
  readonly correction: CorrectionSummary;
  readonly busy: boolean;
  readonly onUndo: () => void;
}) {
  const href = safeHref(correction.url);
  const label = correction.title ?? correction.url;
  const ai = correction.verdict === 'ai';
  return (
    <li class="bs-history-item bs-correction-item" data-testid="correction-item">
      <span class={ai ? 'bs-verdict bs-verdict-ai' : 'bs-verdict'}>
        {ai ? 'AI-industry article' : 'Not an AI-industry article'}
      </span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      <span class="bs-muted">
        {describeSection(correction.section)} · {dateFormat.format(correction.createdAt)}
        {correction.restoresArticle ? ' · undo puts it back in your archive' : ''}
        {correction.removesArticle ? ' · undo removes it from your archive' : ''}
      </span>
      <span>
        <button
          type="button"
          class="bs-button bs-button-quiet"
          data-testid="undo-correction"
          aria-label={`Undo your correction of ${label}`}
          disabled={busy}
          onClick={onUndo}
        >
          Undo
        </button>
      </span>
    </li>
  );
}

/**
 * The reader's corrections of Backstory's verdicts, newest first, each with its undo. Later
 * pages of a corrected page's section follow the corrections: the list says which section.
 */
export function CorrectionsView() {
  const ask = useAsk();
  const [list, reload] = useLoad(() => ask({ type: 'library/corrections', limit: SHOWN }), 'list');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const undo = async (correction: CorrectionSummary) => {
    setBusy(true);
    try {
      const { undone } = await ask({ type: 'library/undo-correction', id: correction.id });
      setNotice(
        undone
          ? `Undone: Backstory decides “${correction.title ?? correction.url}” again.`
          : 'That correction was already undone.',
      );
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
    setBusy(false);
    reload();
  };
  return (
    <fieldset data-testid="corrections">
      <legend>Your corrections</legend>
      <p class="bs-muted">
        Pages you told Backstory it got wrong, from the toolbar popup or the sidebar. Other pages of
        the same section of a site follow your corrections where Backstory weighed them the same
        way; each page’s reasons say when your corrections decided it.
      </p>
      {list.status === 'loading' && <p class="bs-muted">Loading corrections…</p>}
      {list.status === 'error' && (
        <p class="bs-error" role="alert">
          {list.message}
        </p>
      )}
      {list.status === 'ready' &&
        (list.value.corrections.length === 0 ? (
          <p class="bs-muted" data-testid="corrections-empty">
            No corrections yet.
          </p>
        ) : (
          <>
            <p class="bs-muted" data-testid="corrections-count">
              {plural(list.value.total, 'correction', 'corrections')}
              {list.value.total > list.value.corrections.length
                ? `, the newest ${list.value.corrections.length} shown`
                : ''}
            </p>
            <ul class="bs-history">
              {list.value.corrections.map((correction) => (
                <CorrectionRow
                  key={correction.id}
                  correction={correction}
                  busy={busy}
                  onUndo={() => void undo(correction)}
                />
              ))}
            </ul>
          </>
        ))}
      {notice && (
        <p class="bs-muted" role="status" data-testid="corrections-notice">
          {notice}
        </p>
      )}
    </fieldset>
  );
}
