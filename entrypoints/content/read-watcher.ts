export interface ReadWatchOptions {
  /** Visible time (ms) after which the article counts as read. */
  readonly dwellMs: number;
  /** Share of the page scrolled through that also counts as read. */
  readonly scrollShare: number;
  readonly signal: AbortSignal;
  readonly onRead: () => void;
}

/**
 * Calls `onRead` once, when the reader has had the page visible for `dwellMs` (time in a
 * background tab does not count) or has scrolled through `scrollShare` of it. Every listener and
 * timer goes when the signal aborts.
 */
export function watchReading({ dwellMs, scrollShare, signal, onRead }: ReadWatchOptions): void {
  let visibleMs = 0;
  let visibleSince = document.visibilityState === 'visible' ? performance.now() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const finish = () => {
    if (done || signal.aborted) return;
    done = true;
    clearTimeout(timer);
    onRead();
  };
  const schedule = () => {
    clearTimeout(timer);
    if (visibleSince !== null) timer = setTimeout(finish, Math.max(0, dwellMs - visibleMs));
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') visibleSince = performance.now();
    else if (visibleSince !== null) {
      visibleMs += performance.now() - visibleSince;
      visibleSince = null;
    }
    schedule();
  };
  const onScroll = () => {
    const scrollable = document.documentElement.scrollHeight - window.innerHeight;
    if (scrollable > 0 && window.scrollY / scrollable >= scrollShare) finish();
  };
  document.addEventListener('visibilitychange', onVisibility, { signal });
  window.addEventListener('scroll', onScroll, { passive: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
  schedule();
}
