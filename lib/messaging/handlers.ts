import {
  archiveStats,
  countEarlierFromSite,
  findArticleByUrl,
  recentArticles,
  recordVisit,
} from '../archive/articles.ts';
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
}

/** The background's answers to every request, as plain functions of their dependencies. */
export function createHandlers({ db, tabs, now }: HandlerDeps): Handlers {
  return {
    'content/record-article': async ({ capture }, { tabId }) => {
      const visit = await recordVisit(db, capture, now());
      if (tabId !== undefined) await tabs.set(tabId, visit.article.url);
      return visit;
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
