export interface SidebarTabProps {
  readonly earlierCount: number | null;
  readonly onOpen: () => void;
}

/** The small tab at the page edge; the only thing Backstory shows until the reader asks for more. */
export function SidebarTab({ earlierCount, onOpen }: SidebarTabProps) {
  const label = earlierCount === null ? 'Backstory' : `Backstory · ${earlierCount}`;
  return (
    <button
      type="button"
      class="bs-tab"
      data-testid="backstory-tab"
      aria-label={`Open Backstory sidebar${earlierCount === null ? '' : `: ${earlierCount} earlier articles from this site`}`}
      onClick={onOpen}
    >
      {label}
    </button>
  );
}
