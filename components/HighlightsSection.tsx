import type { HighlightColor } from '../lib/archive/highlight.ts';

/** One of the reader's highlights on this page, as the sidebar lists it. */
export interface HighlightItem {
  readonly id: string;
  readonly quote: string;
  readonly note: string;
  readonly color: HighlightColor;
  readonly tags: readonly string[];
  /** Not found on the page this time: kept, listed, and tried again on every visit. */
  readonly orphan: boolean;
}

export interface HighlightsSectionProps {
  readonly items: readonly HighlightItem[];
  readonly onExport: (format: 'markdown' | 'web-annotation') => void;
  /** Deletes one highlight (the page then offers undo); the only way an orphan ever goes. */
  readonly onDelete?: (id: string) => void;
  /** A failed export or save, said plainly. */
  readonly error?: string | null;
}

/** "Your highlights on this page": quotes with notes, orphans marked, and the exports. */
export function HighlightsSection({ items, onExport, onDelete, error }: HighlightsSectionProps) {
  return (
    <section class="bs-section" aria-labelledby="bs-highlights" data-testid="highlights-section">
      <h2 id="bs-highlights" class="bs-heading">
        Your highlights on this page
      </h2>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p class="bs-empty">
          Select a passage in the article to highlight it or add a note (Alt+Shift+H).
        </p>
      ) : (
        <>
          <ol class="bs-items">
            {items.map((item) => (
              <li
                key={item.id}
                class={`bs-item bs-hl-item bs-hl-${item.color}`}
                data-testid="highlight-item"
                data-orphan={item.orphan}
              >
                <blockquote class="bs-item-quote">{item.quote}</blockquote>
                {item.note && <p class="bs-item-note-text">{item.note}</p>}
                <p class="bs-item-meta">
                  {item.color}
                  {item.tags.map((t) => ` · #${t}`).join('')}
                </p>
                {item.orphan && (
                  <p class="bs-item-reason" data-testid="highlight-orphan">
                    Not found on the page this time. Kept; Backstory looks for it again on every
                    visit.
                  </p>
                )}
                {onDelete && (
                  <button
                    type="button"
                    class="bs-link-button"
                    data-testid="highlight-delete"
                    aria-label={`Delete the highlight “${item.quote.slice(0, 60)}”`}
                    onClick={() => onDelete(item.id)}
                  >
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ol>
          <p class="bs-hl-exports">
            <button
              type="button"
              class="bs-link-button"
              data-testid="export-markdown"
              onClick={() => onExport('markdown')}
            >
              Export Markdown
            </button>
            <button
              type="button"
              class="bs-link-button"
              data-testid="export-web-annotation"
              onClick={() => onExport('web-annotation')}
            >
              Export Web Annotations (JSON-LD)
            </button>
          </p>
        </>
      )}
    </section>
  );
}
