import type { SidebarArticle } from '../../components/Sidebar.tsx';
import { analyzePage } from '../../lib/analyze/analyze-page.ts';
import { request, type Send } from '../../lib/messaging/client.ts';

export interface PageOutcome {
  readonly article: SidebarArticle | null;
  readonly error: string | null;
}

/** Waits for the page to be idle, so extraction never competes with the page's own loading. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Extracts the article and asks the background to record the visit. Returns null on pages that
 * turn out not to be articles; a failure to record still shows the article, with the error.
 */
export async function analyzeAndRecord(
  doc: Document,
  pageUrl: string,
  send: Send,
): Promise<PageOutcome | null> {
  await whenIdle();
  const { capture } = analyzePage(doc, pageUrl);
  if (!capture) return null;
  try {
    const visit = await request(send, { type: 'content/record-article', capture });
    return { article: { ...capture, earlierFromSite: visit.earlierFromSite }, error: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      article: { ...capture, earlierFromSite: null },
      error: `Backstory could not save this article: ${reason}`,
    };
  }
}
