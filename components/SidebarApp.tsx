import { useEffect, useState } from 'preact/hooks';
import { Sidebar, type SidebarArticle } from './Sidebar.tsx';
import { SidebarTab } from './SidebarTab.tsx';

export interface SidebarAppProps {
  readonly article: SidebarArticle | null;
  readonly error: string | null;
}

/** The tab and the sidebar it opens; Escape closes it. */
export function SidebarApp({ article, error }: SidebarAppProps) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  if (!open) {
    return (
      <SidebarTab earlierCount={article?.earlierFromSite ?? null} onOpen={() => setOpen(true)} />
    );
  }
  return <Sidebar article={article} error={error} onClose={() => setOpen(false)} />;
}
