import type { AnalyzedPage } from '../analyze/analyze-page.ts';
import type { ArticleRecord } from '../archive/article.ts';
import {
  archiveStats,
  countEarlierFromSite,
  findArticleByUrl,
  recentArticles,
  recordArticle,
} from '../archive/articles.ts';
import type { ArchiveDb } from '../archive/db.ts';
import { dexieSource, READ_TABLES } from '../archive/dexie-source.ts';
import { draftFromAnalysis } from '../archive/draft.ts';
import { companiesAsDecided } from '../archive/org-decisions.ts';
import { linkSummary } from '../archive/summaries.ts';
import { orgTimeline } from '../archive/timeline.ts';
import { getOrg } from '../entities/recognize.ts';
import { createHighlightHandlers } from '../highlights/handlers.ts';
import { noteTakes } from '../highlights/note-takes.ts';
import { createPopupLibraryHandlers } from '../library/all-handlers.ts';
import type { LibraryDeps } from '../library/handlers.ts';
import type { PopupDeps } from '../popup/handlers.ts';
import { findRelated } from '../related/engine.ts';
import { toRelatedItem } from '../related/view.ts';
import type { Handlers } from './dispatch.ts';
import { explainStorageErrors } from './storage-errors.ts';
import { createFeedHandlers, type FeedRuntime, memoryFeedRuntime } from '../feeds/handlers.ts';

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
  readonly analyze: (html: string, url: string) => Promise<AnalyzedPage>;
  /** Shows a short text on the toolbar button for one tab ('' clears it). */
  readonly badge: (tabId: number, text: string) => Promise<void>;
  /** The popup's and library's browser adapters (issue 7); stand-ins when absent. */
  readonly popup?: PopupDeps;
  readonly library?: LibraryDeps;
  /** Feeds' schedule, host access and page feeds (issue 8); in memory when absent (tests). */
  readonly feeds?: FeedRuntime;
}

/** The background's answers to every request, as plain functions of their dependencies. */
export function createHandlers({
  db,
  tabs,
  now,
  analyze,
  badge,
  popup,
  library,
  feeds,
}: HandlerDeps): Handlers {
  const source = dexieSource(db);
  const feedRuntime = feeds ?? memoryFeedRuntime();
  return {
    ...createHighlightHandlers({ db, now }),
    ...createFeedHandlers({ db, now, runtime: feedRuntime }),
    'content/analyze-page': async ({ html, url }, { tabId }) => {
      const analyzed = await analyze(html, url);
      const { text } = analyzed;
      // The chips, the popup and the lookups follow the reader's ignore and merge decisions.
      const decided = await companiesAsDecided(db, analyzed.analysis.companies);
      const analysis = { ...analyzed.analysis, companies: decided.companies };
      if (tabId !== undefined) await feedRuntime.rememberPageFeeds(tabId, analysis.feeds ?? []);
      const draft = draftFromAnalysis(analysis, text, 'visit', now());
      if (!draft) {
        if (tabId !== undefined) popup?.tabPages.remember(tabId, url, analysis, null, null);
        if (tabId !== undefined) await badge(tabId, '');
        return { analysis, backstory: null };
      }
      const saved = (await db.articles.where('urlKeys').anyOf(draft.urlKeys).first()) ?? null;
      const names = new Map(analysis.companies.map((c) => [c.id, c.name]));
      const orgName = (id: string) => names.get(id) ?? getOrg(id)?.name ?? id.replace(/^d:/, '');
      const { stories, takes, skipped } = await db.transaction('r', [...READ_TABLES], () =>
        findRelated(source, {
          article: { ...draft, id: saved?.id, storyId: saved?.storyId ?? null },
          now: now(),
          orgName,
        }),
      );
      if (skipped > 0) {
        console.warn(`Backstory: skipped ${skipped} archived records that fail their schema`);
      }
      // Independent reads: the reader's notes as takes, the site's count.
      const [notes, earlierFromSite] = await Promise.all([
        noteTakes(db, { orgIds: draft.orgs.map((o) => o.id), urlKeys: draft.urlKeys, orgName }),
        saved
          ? countEarlierFromSite(db, saved)
          : db.articles.where('siteKey').equals(draft.siteKey).count(),
      ]);
      // The chips' counts, from the records read for the decisions.
      const orgCounts = Object.fromEntries(
        analysis.companies.map((c) => [c.id, decided.orgs.get(c.id)?.articleCount ?? 0]),
      );
      const takeItems = [...notes, ...takes.map(toRelatedItem)].slice(0, 20);
      if (tabId !== undefined) {
        await badge(tabId, String(stories.length + takeItems.length));
        popup?.tabPages.remember(tabId, url, analysis, draft, stories.length + takeItems.length);
      }
      return {
        analysis,
        backstory: {
          saved,
          earlierFromSite,
          orgCounts,
          related: { stories: stories.map(toRelatedItem), takes: takeItems },
        },
      };
    },
    'content/record-read': async ({ html, url }, { tabId, incognito }) => {
      if (incognito) return { visit: null };
      const { analysis, text } = await analyze(html, url);
      const draft = draftFromAnalysis(analysis, text, 'visit', now());
      if (!draft) return { visit: null };
      let visit = await explainStorageErrors(() => recordArticle(db, draft, now()));
      if (analysis.originalUrl) {
        const storyId = await linkSummary(db, visit.article.id, analysis.originalUrl);
        if (storyId !== null) visit = { ...visit, article: { ...visit.article, storyId } };
      }
      if (tabId !== undefined) await tabs.set(tabId, visit.article.url);
      return { visit };
    },
    'content/org-coverage': async ({ orgId }) => {
      const { buckets, articles } = await orgTimeline(db, orgId, 'month', 20);
      const org = await db.orgs.get(orgId);
      return {
        orgId,
        name: org?.name ?? getOrg(orgId)?.name ?? orgId.replace(/^d:/, ''),
        total: org?.articleCount ?? 0,
        months: buckets,
        articles: articles.map(({ url, title, siteName, time, genre, read }) => ({
          url,
          title,
          siteName,
          time,
          genre,
          read,
        })),
      };
    },
    'popup/get-tab-state': async ({ tabId }) => {
      const url = await tabs.get(tabId);
      const article: ArticleRecord | undefined = url ? await findArticleByUrl(db, url) : undefined;
      if (!article) return { visit: null };
      return { visit: { article, earlierFromSite: await countEarlierFromSite(db, article) } };
    },
    'library/get-overview': async ({ limit }) => ({
      stats: await archiveStats(db),
      recent: await recentArticles(db, limit),
    }),
    ...createPopupLibraryHandlers({ db, now, popup, library }),
  };
}
