import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HighlightRecord } from '../lib/archive/highlight.ts';
import { hrefOf, type LibraryRoute } from '../lib/library/routes.ts';
import { BackupView } from './BackupView.tsx';
import { CompaniesView } from './CompaniesView.tsx';
import { CompanyPageView } from './CompanyPageView.tsx';
import { CorrectionsView } from './CorrectionsView.tsx';
import { HighlightsView } from './HighlightsView.tsx';
import { HistoryView } from './HistoryView.tsx';
import { PageInLibrary } from './PageInLibrary.tsx';
import { SearchView } from './SearchView.tsx';
import { type SettingsStore, SettingsView } from './SettingsView.tsx';
import { useAsk, useLoad } from './use-ask.ts';
import { plural } from './plural.ts';

/**
 * A section another feature adds to the library (feeds, issue 8; more highlight tools, issue 6):
 * a nav entry and what its route shows. The library renders it; it owns its data.
 */
export interface LibrarySection {
  readonly id: string;
  readonly label: string;
  readonly render: () => ComponentChildren;
}

export interface LibraryAppProps {
  readonly route: LibraryRoute;
  /** Moves to another route (sets the address's hash). */
  readonly onGo: (hash: string, replace?: boolean) => void;
  readonly settings: SettingsStore;
  readonly schemaVersion: number;
  readonly sections?: readonly LibrarySection[];
  readonly onExportHighlights: (
    format: 'markdown' | 'web-annotation',
    highlights: readonly HighlightRecord[],
  ) => void;
}

const NAV: readonly { readonly view: LibraryRoute['view']; readonly label: string }[] = [
  { view: 'history', label: 'History' },
  { view: 'search', label: 'Search' },
  { view: 'companies', label: 'Companies' },
  { view: 'highlights', label: 'Highlights' },
  { view: 'backup', label: 'Backup' },
  { view: 'settings', label: 'Settings' },
];

/** The library page: navigation, the archive's size, and the current route's view. */
export function LibraryApp({
  route,
  onGo,
  settings,
  schemaVersion,
  sections = [],
  onExportHighlights,
}: LibraryAppProps) {
  const ask = useAsk();
  const [overview] = useLoad(
    () => ask({ type: 'library/get-overview', limit: 1 }),
    `${route.view}`,
  );
  const current = route.view === 'company' ? 'companies' : route.view;
  return (
    <div class="bs-library" data-testid="backstory-library">
      <header class="bs-library-header">
        <h1>Backstory library</h1>
        {overview.status === 'ready' && (
          <p class="bs-muted" data-testid="library-stats">
            {plural(overview.value.stats.articles, 'article', 'articles')} from{' '}
            {plural(overview.value.stats.sites, 'site', 'sites')}
          </p>
        )}
        <nav class="bs-nav" aria-label="Library">
          {NAV.map((item) => (
            <a
              key={item.view}
              href={
                item.view === 'search' ? hrefOf({ view: 'search', query: '' }) : `#/${item.view}`
              }
              aria-current={current === item.view ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
          {sections.map((section) => (
            <a
              key={section.id}
              href={hrefOf({ view: 'section', id: section.id })}
              aria-current={
                route.view === 'section' && route.id === section.id ? 'page' : undefined
              }
            >
              {section.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <RouteView
          route={route}
          onGo={onGo}
          settings={settings}
          schemaVersion={schemaVersion}
          sections={sections}
          onExportHighlights={onExportHighlights}
        />
      </main>
    </div>
  );
}

function RouteView({
  route,
  onGo,
  settings,
  schemaVersion,
  sections = [],
  onExportHighlights,
}: LibraryAppProps) {
  switch (route.view) {
    case 'search':
      return (
        <SearchView
          query={route.query}
          onQuery={(q) => onGo(hrefOf({ view: 'search', query: q }), true)}
        />
      );
    case 'companies':
      return <CompaniesView />;
    case 'company':
      return <CompanyPageView orgId={route.orgId} onGo={onGo} />;
    case 'highlights':
      return <HighlightsView onExport={onExportHighlights} />;
    case 'page':
      return <PageInLibrary url={route.url} />;
    case 'related':
      return <Resolve text={route.text} onGo={onGo} />;
    case 'backup':
      return <BackupView schemaVersion={schemaVersion} />;
    case 'settings':
      return (
        <>
          <SettingsView store={settings} />
          <CorrectionsView />
        </>
      );
    case 'section': {
      const section = sections.find((s) => s.id === route.id);
      if (section) return section.render();
      return <p class="bs-muted">This section is not available.</p>;
    }
    default:
      return <HistoryView />;
  }
}

/** "Related coverage for '…'" from the context menu: a company page, or a search. */
function Resolve({
  text,
  onGo,
}: {
  readonly text: string;
  readonly onGo: LibraryAppProps['onGo'];
}) {
  const ask = useAsk();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    ask({ type: 'library/resolve', text }).then(
      ({ route }) => onGo(route, true),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, [ask, text, onGo]);
  return problem ? (
    <p class="bs-error" role="alert">
      {problem}
    </p>
  ) : (
    <p class="bs-muted">Looking up “{text}”…</p>
  );
}
