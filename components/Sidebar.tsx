import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrgCoverage, RelatedView } from '../lib/related/view.ts';
import { safeHref } from '../lib/url/safe-href.ts';
import { type ChipCompany, CompanyChips } from './CompanyChips.tsx';
import { CompanyView } from './CompanyView.tsx';
import { HighlightsSection, type HighlightsSectionProps } from './HighlightsSection.tsx';
import { CompanyFeedNote, FeedsOffer, type SidebarFeeds } from './FeedNotes.tsx';
import { RelatedList } from './RelatedList.tsx';
import { plural } from './plural.ts';

export interface SidebarArticle {
  readonly title: string;
  readonly siteName: string;
  readonly url: string;
  readonly byline: string | null;
  readonly genre: string;
  readonly companies: readonly ChipCompany[];
  /** Why Backstory treats the page as an AI-industry article. */
  readonly reasons: readonly string[];
}

/** What the archive says about the page. */
export interface SidebarBackstory {
  readonly earlierFromSite: number;
  readonly related: RelatedView;
  /** Whether the page itself is in the archive yet. */
  readonly saved: boolean;
  /** Reference time for relative dates (the article's time, or now). */
  readonly now: number;
}

export interface SidebarProps {
  readonly article: SidebarArticle | null;
  readonly backstory: SidebarBackstory | null;
  readonly error: string | null;
  readonly onClose: () => void;
  /** Saves the article now, without waiting for the reading time. */
  readonly onSave: () => void;
  /** Per-site controls: pause Backstory on this site for a day, or never run here. */
  readonly onPauseSite: () => void;
  readonly onNeverSite: () => void;
  /** The reader says the page is not an AI-industry article (Backstory then leaves it alone). */
  readonly onNotAnArticle: () => void;
  /** Reads one company's coverage from the archive (a chip was opened). */
  readonly loadCompany: (orgId: string) => Promise<OrgCoverage>;
  /** The reader's highlights on this page (issue 6). */
  readonly highlights?: HighlightsSectionProps;
  /** Feeds: unread counts on chips and company pages, and the empty state's offer (issue 8). */
  readonly feeds?: SidebarFeeds;
}

type CompanyState =
  | { readonly status: 'closed' }
  | {
      readonly status: 'open';
      readonly coverage: OrgCoverage | null;
      readonly error: string | null;
    };

function earlierLabel(count: number): string {
  if (count === 0) return 'No earlier articles from this site yet';
  return `${plural(count, 'earlier article', 'earlier articles')} from this site`;
}

/** The open sidebar. Every string in it comes from a page, so it is rendered as text only. */
export function Sidebar({
  article,
  backstory,
  error,
  onClose,
  onSave,
  onPauseSite,
  onNeverSite,
  onNotAnArticle,
  loadCompany,
  highlights,
  feeds,
}: SidebarProps) {
  const [company, setCompany] = useState<CompanyState>({ status: 'closed' });
  const openCompany = (chip: ChipCompany) => {
    setCompany({ status: 'open', coverage: null, error: null });
    loadCompany(chip.id).then(
      (coverage) => setCompany({ status: 'open', coverage, error: null }),
      (error: unknown) =>
        setCompany({
          status: 'open',
          coverage: null,
          error: `Could not read ${chip.name}'s coverage: ${String(error)}`,
        }),
    );
  };
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const href = safeHref(article?.url);
  const stories = backstory?.related.stories ?? [];
  const takes = backstory?.related.takes ?? [];
  return (
    <aside class="bs-sidebar" data-testid="backstory-sidebar" aria-label="Backstory">
      <header class="bs-header">
        <span class="bs-brand">Backstory</span>
        <button
          ref={closeButton}
          type="button"
          class="bs-close"
          aria-label="Close Backstory sidebar"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      {article && (
        <section class="bs-section" aria-labelledby="bs-this-article">
          <h2 id="bs-this-article" class="bs-eyebrow">
            This article
          </h2>
          <p class="bs-title" data-testid="sidebar-title">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {article.title}
              </a>
            ) : (
              article.title
            )}
          </p>
          <p class="bs-meta" data-testid="sidebar-site">
            {article.siteName}
            {article.byline ? ` · ${article.byline}` : ''}
            {` · ${article.genre}`}
            {backstory && (backstory.saved ? ' · saved' : ' · not saved yet')}
          </p>
          {backstory && !backstory.saved && (
            <button type="button" class="bs-button" data-testid="save-article" onClick={onSave}>
              Save to my archive
            </button>
          )}
          <CompanyChips companies={article.companies} onOpen={openCompany} unread={feeds?.unread} />
        </section>
      )}
      {highlights && company.status === 'closed' && <HighlightsSection {...highlights} />}
      {company.status === 'open' && feeds && company.coverage && (
        <CompanyFeedNote
          orgId={company.coverage.orgId}
          name={company.coverage.name}
          feeds={feeds}
        />
      )}
      {company.status === 'open' && (
        <CompanyView
          coverage={company.coverage}
          error={company.error}
          now={backstory?.now ?? Date.now()}
          onBack={() => setCompany({ status: 'closed' })}
        />
      )}
      {backstory && company.status === 'closed' && (
        <>
          <section class="bs-section" aria-labelledby="bs-related">
            <h2 id="bs-related" class="bs-heading">
              Related stories
            </h2>
            {stories.length > 0 ? (
              <RelatedList items={stories} now={backstory.now} testId="related-item" />
            ) : (
              <p class="bs-empty" data-testid="related-empty">
                Nothing related in your archive yet. Backstory keeps the AI-industry articles you
                read; the next one about these companies will find this one.
              </p>
            )}
            {stories.length === 0 && feeds && <FeedsOffer feeds={feeds} />}
          </section>
          {takes.length > 0 && (
            <section class="bs-section" aria-labelledby="bs-takes">
              <h2 id="bs-takes" class="bs-heading">
                Earlier analyst takes
              </h2>
              <RelatedList items={takes} now={backstory.now} testId="take-item" />
            </section>
          )}
          <p class="bs-count" data-testid="earlier-from-site">
            {earlierLabel(backstory.earlierFromSite)}
          </p>
        </>
      )}
      {article && (
        <details class="bs-why" data-testid="detection-reasons">
          <summary>Why this article</summary>
          <ul>
            {article.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      {article && (
        <p class="bs-correct">
          Wrong page for Backstory?{' '}
          <button
            type="button"
            class="bs-link-button"
            data-testid="not-an-article"
            onClick={onNotAnArticle}
          >
            Not an AI-industry article
          </button>
        </p>
      )}
      <div class="bs-site-controls">
        <button type="button" class="bs-link-button" data-testid="pause-site" onClick={onPauseSite}>
          Pause on this site for a day
        </button>
        <button type="button" class="bs-link-button" data-testid="never-site" onClick={onNeverSite}>
          Never run on this site
        </button>
      </div>
    </aside>
  );
}
