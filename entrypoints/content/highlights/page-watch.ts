/**
 * Notices when the page rewrites its DOM, so highlights are placed again. Debounced, ignores our
 * own UI and marks, and bounded: a page that never stops rewriting itself is re-checked at most
 * `MAX_RUNS` times per visit.
 */
const DEBOUNCE_MS = 600;
/** A page that changes something every few milliseconds (a ticker) still gets re-checked. */
const MAX_WAIT_MS = 3_000;
const MAX_RUNS = 30;

const OURS = '[data-backstory-ui], [data-backstory-mark]';
const ours = (node: Node | null) => {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!el?.closest(OURS);
};

export interface PageWatch {
  /** Drops the changes made so far (our own painting with marks). */
  readonly ignorePending: () => void;
}

export function watchPageChanges(onChange: () => void, signal: AbortSignal): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs = 0;
  let pendingSince: number | null = null;
  const observer = new MutationObserver((mutations) => {
    const relevant = mutations.some((m) => {
      if (ours(m.target)) return false;
      if (m.type === 'characterData') return true;
      return [...m.addedNodes, ...m.removedNodes].some(
        (n) => !(n.nodeType === 1 && (n as Element).matches(OURS)),
      );
    });
    if (!relevant) return;
    clearTimeout(timer);
    pendingSince ??= Date.now();
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, pendingSince + MAX_WAIT_MS - Date.now()));
    timer = setTimeout(() => {
      pendingSince = null;
      runs += 1;
      if (runs >= MAX_RUNS) observer.disconnect();
      onChange();
    }, wait);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return { ignorePending: () => void observer.takeRecords() };
}
