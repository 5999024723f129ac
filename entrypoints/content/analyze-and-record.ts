import type { SidebarArticle } from '../../components/Sidebar.tsx';
import { request, type Send } from '../../lib/messaging/client.ts';
import { MAX_PAGE_HTML } from '../../lib/messaging/limits.ts';

export interface PageOutcome {
  readonly article: SidebarArticle | null;
  readonly error: string | null;
}

/** Pages with more elements than this are not analysed (the background would refuse them too). */
const MAX_ELEMENTS = 50_000;

/** Waits for the page to be idle, so serialising it never competes with the page's own loading. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Sends the page to the background for analysis (Readability, detection, companies), which also
 * records it when it is an AI-industry article. Returns null on every other page, and on pages too
 * large to analyse. A failure is shown to the reader rather than swallowed.
 */
export async function analyzeAndRecord(
  doc: Document,
  pageUrl: string,
  send: Send,
): Promise<PageOutcome | null> {
  await whenIdle();
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const html = doc.documentElement.outerHTML;
  if (html.length > MAX_PAGE_HTML) return null;
  try {
    const { analysis, visit } = await request(send, {
      type: 'content/analyze-page',
      url: pageUrl,
      html,
    });
    if (!analysis.isAIIndustry || !analysis.title) return null;
    return {
      article: {
        url: analysis.url,
        title: analysis.title,
        siteName: analysis.siteName ?? new URL(analysis.url).hostname,
        byline: analysis.byline,
        genre: analysis.genre,
        companies: analysis.companies,
        reasons: analysis.reasons,
        earlierFromSite: visit?.earlierFromSite ?? null,
      },
      error: visit ? null : 'Backstory recognised this article but could not save it.',
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { article: null, error: `Backstory could not analyse this page: ${reason}` };
  }
}
