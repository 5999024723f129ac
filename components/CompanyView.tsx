import type { OrgCoverage } from '../lib/related/view.ts';
import { CoverageChart } from './CoverageChart.tsx';
import { RelatedList } from './RelatedList.tsx';
import { plural } from './plural.ts';

export interface CompanyViewProps {
  readonly coverage: OrgCoverage | null;
  readonly error: string | null;
  readonly now: number;
  readonly onBack: () => void;
}

/** One company's coverage inside the sidebar: a chart over time and its newest articles. */
export function CompanyView({ coverage, error, now, onBack }: CompanyViewProps) {
  return (
    <section
      class="bs-section"
      aria-label={coverage ? `Coverage of ${coverage.name}` : 'Company coverage'}
      data-testid="company-view"
    >
      <button type="button" class="bs-link-button" onClick={onBack}>
        ← Back to this article
      </button>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      {!coverage && !error && <p class="bs-empty">Reading your archive…</p>}
      {coverage && (
        <>
          <h2 class="bs-title">{coverage.name}</h2>
          <p class="bs-meta">{plural(coverage.total, 'article', 'articles')} in your archive</p>
          <CoverageChart months={coverage.months} name={coverage.name} />
          <RelatedList
            items={coverage.articles.map((a) => ({ ...a, reason: '', alsoCoveredBy: [] }))}
            now={now}
            testId="related-item"
          />
        </>
      )}
    </section>
  );
}
