import { useState } from 'preact/hooks';
import type { HighlightRecord } from '../lib/archive/highlight.ts';
import type { HighlightFilter } from '../lib/library/messages.ts';
import { HighlightRow } from './HighlightRow.tsx';
import { useAsk, useLoad } from './use-ask.ts';

const COLORS = ['fact', 'claim', 'question', 'idea'] as const;

export interface HighlightsViewProps {
  /** Exports the listed highlights (Markdown, Web Annotation); absent when not available. */
  readonly onExport?: (
    format: 'markdown' | 'web-annotation',
    highlights: readonly HighlightRecord[],
  ) => void;
}

/** All highlights and notes, filterable by company, tag and colour, orphans included. */
export function HighlightsView({ onExport }: HighlightsViewProps) {
  const ask = useAsk();
  const [filter, setFilter] = useState<HighlightFilter>({});
  const [list] = useLoad(() => ask({ type: 'library/highlights', filter }), JSON.stringify(filter));
  const [companies] = useLoad(() => ask({ type: 'library/companies' }), 'companies');
  const set = (change: Partial<HighlightFilter>) => {
    const next: Record<string, unknown> = { ...filter, ...change };
    for (const key of Object.keys(next))
      if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    setFilter(next as HighlightFilter);
  };
  const highlights = list.status === 'ready' ? list.value.highlights : [];
  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">Highlights and notes</h2>
      <form class="bs-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Company
          <select
            value={filter.orgId ?? ''}
            onChange={(e) => set({ orgId: e.currentTarget.value || undefined })}
          >
            <option value="">Any</option>
            {companies.status === 'ready' &&
              companies.value.orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          Tag
          <input
            class="bs-input"
            value={filter.tag ?? ''}
            onChange={(e) => set({ tag: e.currentTarget.value.trim() || undefined })}
          />
        </label>
        <label>
          Colour
          <select
            value={filter.color ?? ''}
            onChange={(e) =>
              set({ color: (e.currentTarget.value || undefined) as HighlightFilter['color'] })
            }
          >
            <option value="">Any</option>
            {COLORS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label class="bs-check">
          <input
            type="checkbox"
            checked={filter.orphans === true}
            onChange={(e) => set({ orphans: e.currentTarget.checked })}
          />
          Only those not found on their page
        </label>
      </form>
      <div class="bs-actions">
        <button
          type="button"
          class="bs-button bs-button-quiet"
          disabled={!onExport || highlights.length === 0}
          onClick={() => onExport?.('markdown', highlights)}
        >
          Export as Markdown
        </button>
        <button
          type="button"
          class="bs-button bs-button-quiet"
          disabled={!onExport || highlights.length === 0}
          onClick={() => onExport?.('web-annotation', highlights)}
        >
          Export as Web Annotations
        </button>
      </div>
      {!onExport && (
        <p class="bs-muted" data-testid="highlight-export-unavailable">
          Markdown and Web Annotation export arrive with the highlights feature.
        </p>
      )}
      {list.status === 'error' && (
        <p class="bs-error" role="alert">
          {list.message}
        </p>
      )}
      {list.status === 'ready' &&
        (highlights.length === 0 ? (
          <p class="bs-muted">
            No highlights here yet. Select text on an article to keep a passage and a note.
          </p>
        ) : (
          <ul class="bs-history">
            {highlights.map((h) => (
              <HighlightRow key={h.id} highlight={h} />
            ))}
          </ul>
        ))}
    </section>
  );
}
