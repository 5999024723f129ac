import { useEffect, useRef } from 'preact/hooks';
import { safeHref } from '../lib/url/safe-href.ts';
import { type ChipCompany, CompanyChips } from './CompanyChips.tsx';

export interface SidebarArticle {
  readonly title: string;
  readonly siteName: string;
  readonly url: string;
  readonly byline: string | null;
  /** Null when the archive could not be asked. */
  readonly earlierFromSite: number | null;
  readonly genre: string;
  readonly companies: readonly ChipCompany[];
  /** Why Backstory treats the page as an AI-industry article. */
  readonly reasons: readonly string[];
}

export interface SidebarProps {
  readonly article: SidebarArticle | null;
  readonly error: string | null;
  readonly onClose: () => void;
}

function earlierLabel(count: number): string {
  if (count === 0) return 'No earlier articles from this site yet';
  return `${count} earlier ${count === 1 ? 'article' : 'articles'} from this site`;
}

/** The open sidebar. Every string in it comes from a page, so it is rendered as text only. */
export function Sidebar({ article, error, onClose }: SidebarProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const href = safeHref(article?.url);
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
          </p>
          <CompanyChips companies={article.companies} />
          {article.earlierFromSite !== null && (
            <p class="bs-count" data-testid="earlier-from-site">
              {earlierLabel(article.earlierFromSite)}
            </p>
          )}
          <details class="bs-why" data-testid="detection-reasons">
            <summary>Why this article</summary>
            <ul>
              {article.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </details>
        </section>
      )}
    </aside>
  );
}
