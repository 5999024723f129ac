export interface SidebarTabProps {
  /** Related stories and takes found for this page, or null while unknown. */
  readonly relatedCount: number | null;
  /** Whether the page is in the archive (exposed for tests and styling). */
  readonly saved: boolean;
  readonly onOpen: () => void;
}

/** The small tab at the page edge; the only thing Backstory shows until the reader asks for more. */
export function SidebarTab({ relatedCount, saved, onOpen }: SidebarTabProps) {
  const label = relatedCount === null ? 'Backstory' : `Backstory · ${relatedCount} related`;
  return (
    <button
      type="button"
      class="bs-tab"
      data-testid="backstory-tab"
      data-saved={saved}
      aria-label={`${label}: open the sidebar`}
      onClick={onOpen}
    >
      {label}
    </button>
  );
}
