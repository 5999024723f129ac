import type { SidebarArticle, SidebarBackstory } from '../../components/Sidebar.tsx';
import { request, type Send } from '../../lib/messaging/client.ts';
import { MAX_PAGE_HTML } from '../../lib/messaging/limits.ts';

/** What the in-page UI shows; replaced as a whole when something changes. */
export interface PageState {
  readonly article: SidebarArticle | null;
  readonly backstory: SidebarBackstory | null;
  readonly error: string | null;
}

const RETRY_AFTER_MS = 1_000;

/**
 * Asks once more after a pause if the first attempt fails: a busy browser (many tabs opening at
 * once) can fail a request in passing, for instance while the offscreen document is starting.
 */
function askWithRetry<T>(ask: () => Promise<T>): Promise<T> {
  return ask().catch(async () => {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    return ask();
  });
}

/** Pages with more elements than this are not analysed (the background would refuse them too). */
const MAX_ELEMENTS = 50_000;

/** Waits for the page to be idle, so serialising it never competes with the page's own loading. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/** The page as HTML for the background, or null when it is too large to analyse. */
export function serializePage(doc: Document): string | null {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const html = doc.documentElement.outerHTML;
  return html.length > MAX_PAGE_HTML ? null : html;
}

/**
 * Sends the page to the background for analysis (Readability, detection, companies) and its
 * backstory. Returns null on pages that are not AI-industry articles, and on pages too large to
 * analyse. A failure is shown to the reader rather than swallowed.
 */
export async function analyzeInBackground(
  doc: Document,
  pageUrl: string,
  send: Send,
): Promise<PageState | null> {
  const html = serializePage(doc);
  if (html === null) return null;
  try {
    const { analysis, backstory } = await askWithRetry(() =>
      request(send, { type: 'content/analyze-page', url: pageUrl, html }),
    );
    if (!analysis.isAIIndustry || !analysis.title || !backstory) return null;
    const published = analysis.publishedAt ? Date.parse(analysis.publishedAt) : Number.NaN;
    return {
      article: {
        url: analysis.url,
        title: analysis.title,
        siteName: analysis.siteName ?? new URL(analysis.url).hostname,
        byline: analysis.byline,
        genre: analysis.genre,
        companies: analysis.companies.map((c) => ({
          ...c,
          archived: backstory.orgCounts[c.id] ?? 0,
        })),
        reasons: analysis.reasons,
      },
      backstory: {
        earlierFromSite: backstory.earlierFromSite,
        related: backstory.related,
        saved: backstory.saved !== null,
        now: Number.isNaN(published) ? Date.now() : published,
      },
      error: null,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      article: null,
      backstory: null,
      error: `Backstory could not analyse this page: ${reason}`,
    };
  }
}

/** Records the article as read; returns the new state (or the error to show). */
export async function recordRead(
  doc: Document,
  pageUrl: string,
  send: Send,
  state: PageState,
): Promise<PageState> {
  const html = serializePage(doc);
  if (html === null || !state.backstory) return state;
  try {
    const { visit } = await askWithRetry(() =>
      request(send, { type: 'content/record-read', url: pageUrl, html }),
    );
    if (!visit) return state;
    // A first save adds this article to each of its companies' counts.
    const added = state.backstory.saved ? 0 : 1;
    return {
      ...state,
      article: state.article && {
        ...state.article,
        companies: state.article.companies.map((c) => ({
          ...c,
          archived: (c.archived ?? 0) + added,
        })),
      },
      backstory: { ...state.backstory, saved: true, earlierFromSite: visit.earlierFromSite },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...state, error: `Backstory could not save this article: ${reason}` };
  }
}
