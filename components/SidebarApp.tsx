import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrgCoverage } from '../lib/related/view.ts';
import type { HighlightsSectionProps } from './HighlightsSection.tsx';
import type { SidebarFeeds } from './FeedNotes.tsx';
import { Sidebar, type SidebarArticle, type SidebarBackstory } from './Sidebar.tsx';
import { SidebarTab } from './SidebarTab.tsx';

export interface SidebarAppProps {
  readonly article: SidebarArticle | null;
  readonly backstory: SidebarBackstory | null;
  readonly error: string | null;
  readonly onSave: () => void;
  readonly onPauseSite: () => void;
  readonly onNeverSite: () => void;
  /** The reader says the page is not an AI-industry article. */
  readonly onNotAnArticle: () => void;
  readonly loadCompany: (orgId: string) => Promise<OrgCoverage>;
  /** Open at once (the reader's auto-open setting) when there is a backstory to show. */
  readonly initiallyOpen?: boolean;
  /** Counts keyboard-shortcut presses: each change toggles the sidebar. */
  readonly toggles?: number;
  /** The reader's highlights on this page (issue 6). */
  readonly highlights?: HighlightsSectionProps;
  /** Counts the popup's "Related coverage" clicks: each change opens the sidebar (issue 7). */
  readonly opens?: number;
  /** Feeds' counts and offer in the sidebar (issue 8). */
  readonly feeds?: SidebarFeeds;
}

/** The tab and the sidebar it opens; Escape closes it. */
export function SidebarApp({
  article,
  backstory,
  error,
  onSave,
  onPauseSite,
  onNeverSite,
  onNotAnArticle,
  loadCompany,
  initiallyOpen = false,
  toggles = 0,
  highlights,
  opens = 0,
  feeds,
}: SidebarAppProps) {
  const hasBackstory =
    (backstory?.related.stories.length ?? 0) + (backstory?.related.takes.length ?? 0) > 0;
  const [open, setOpen] = useState(initiallyOpen && hasBackstory);
  const seenToggles = useRef(toggles);
  useEffect(() => {
    if (toggles === seenToggles.current) return;
    seenToggles.current = toggles;
    setOpen((wasOpen) => !wasOpen);
  }, [toggles]);
  const seenOpens = useRef(opens);
  useEffect(() => {
    if (opens === seenOpens.current) return;
    seenOpens.current = opens;
    setOpen(true);
  }, [opens]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      // A page script can dispatch a fake Escape; only the reader's own key closes the sidebar.
      if (event.key === 'Escape' && event.isTrusted) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  if (!open) {
    const count = backstory
      ? backstory.related.stories.length + backstory.related.takes.length
      : null;
    return (
      <SidebarTab
        relatedCount={count}
        saved={backstory?.saved ?? false}
        onOpen={() => setOpen(true)}
      />
    );
  }
  return (
    <Sidebar
      article={article}
      backstory={backstory}
      error={error}
      onClose={() => setOpen(false)}
      onSave={onSave}
      onPauseSite={onPauseSite}
      onNeverSite={onNeverSite}
      onNotAnArticle={onNotAnArticle}
      loadCompany={loadCompany}
      highlights={highlights}
      feeds={feeds}
    />
  );
}
