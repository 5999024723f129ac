import {
  archiveStats,
  countEarlierFromSite,
  findArticleByUrl,
  recentArticles,
  recordVisit,
} from '../archive/articles.ts';
import { captureOf, type PageAnalysis } from '../analyze/analyze-page.ts';
import type { ArchiveDb } from '../archive/db.ts';
import type { Handlers } from './dispatch.ts';

/** Remembers which article each tab showed last, so the popup can describe the current tab. */
export interface TabArticles {
  set(tabId: number, url: string): Promise<void>;
  get(tabId: number): Promise<string | undefined>;
}

export interface HandlerDeps {
  readonly db: ArchiveDb;
  readonly tabs: TabArticles;
  readonly now: () => number;
  /** Runs the page pipeline on serialised HTML (an offscreen document in Chrome). */
  readonly analyze: (html: string, url: string) => Promise<PageAnalysis>;
}

/** The background's answers to every request, as plain functions of their dependencies. */
export function createHandlers({ db, tabs, now, analyze }: HandlerDeps): Handlers {
  return {
    'content/analyze-page': async ({ html, url }, { tabId }) => {
      const analysis = await analyze(html, url);
      const capture = captureOf(analysis);
      if (!capture) return { analysis, visit: null };
      const visit = await recordVisit(db, capture, now());
      if (tabId !== undefined) await tabs.set(tabId, visit.article.url);
      return { analysis, visit };
    },
    'popup/get-tab-state': async ({ tabId }) => {
      const url = await tabs.get(tabId);
      const article = url ? await findArticleByUrl(db, url) : undefined;
      if (!article) return { visit: null };
      return { visit: { article, earlierFromSite: await countEarlierFromSite(db, article) } };
    },
    'library/get-overview': async ({ limit }) => ({
      stats: await archiveStats(db),
      recent: await recentArticles(db, limit),
    }),
  };
}
