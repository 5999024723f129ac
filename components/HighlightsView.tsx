import type { HighlightRecord } from '../lib/archive/highlight.ts';
import type { HighlightFilter } from '../lib/library/messages.ts';
import { FilterSelect, useFilter } from './filters.tsx';
import { HighlightRow } from './HighlightRow.tsx';
import { useAsk, useLoad } from './use-ask.ts';

const COLORS = ['fact', 'claim', 'question', 'idea'] as const;

export interface HighlightsViewProps {
  /** Exports the listed highlights (Markdown, Web Annotation). */
  readonly onExport: (
    format: 'markdown' | 'web-annotation',
    highlights: readonly HighlightRecord[],
  ) => void;
}

/** All highlights and notes, filterable by company, tag and colour, orphans included. */
export function HighlightsView({ onExport }: HighlightsViewProps) {
  const ask = useAsk();
  const [filter, set] = useFilter<HighlightFilter>();
  const [list] = useLoad(() => ask({ type: 'library/highlights', filter }), JSON.stringify(filter));
  const [companies] = useLoad(() => ask({ type: 'library/companies' }), 'companies');
  const highlights = list.status === 'ready' ? list.value.highlights : [];
  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">Highlights and notes</h2>
      <form class="bs-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label="Company"
          value={filter.orgId}
          options={
            companies.status === 'ready'
              ? companies.value.orgs.map((o) => ({ value: o.id, label: o.name }))
              : []
          }
          onChange={(orgId) => set({ orgId })}
        />
        <label>
          Tag
          <input
            class="bs-input"
            value={filter.tag ?? ''}
            onChange={(e) => set({ tag: e.currentTarget.value.trim() || undefined })}
          />
        </label>
        <FilterSelect
          label="Colour"
          value={filter.color}
          options={COLORS}
          onChange={(color) => set({ color: color as HighlightFilter['color'] })}
        />
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
          disabled={highlights.length === 0}
          onClick={() => onExport('markdown', highlights)}
        >
          Export as Markdown
        </button>
        <button
          type="button"
          class="bs-button bs-button-quiet"
          disabled={highlights.length === 0}
          onClick={() => onExport('web-annotation', highlights)}
        >
          Export as Web Annotations
        </button>
      </div>
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
