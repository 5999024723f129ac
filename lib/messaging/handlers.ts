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
import { draftFromAnalysis, urlKeysOf } from '../archive/draft.ts';
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
import {
  decideForReader,
  mayAddArticle,
  readerContext,
  type ReaderView,
} from '../corrections/apply.ts';
import {
  type CorrectionsRuntime,
  createCorrectionHandlers,
  memoryCorrectionsRuntime,
  publishCorrectionSections,
} from '../corrections/handlers.ts';
import { leaningOf } from '../corrections/learn.ts';
import { noteAddedArticle } from '../corrections/store.ts';
import { defaultPopupDeps } from '../library/all-handlers.ts';

/** Remembers which article each tab showed last, so the popup can describe the current tab. */
export interface TabArticles {
  set(tabId: number, url: string): Promise<void>;
  get(tabId: number): Promise<string | undefined>;
}

export interface HandlerDeps {
  readonly db: ArchiveDb;
  readonly tabs: TabArticles;
  readonly now: () => number;
  /**
   * Runs the page pipeline on serialised HTML (an offscreen document in Chrome); `pastPrefilter`
   * reads the page even where the pre-filter would stop (the reader's corrections may add it).
   */
  readonly analyze: (
    html: string,
    url: string,
    options?: { readonly pastPrefilter?: boolean },
  ) => Promise<AnalyzedPage>;
  /** Shows a short text on the toolbar button for one tab ('' clears it). */
  readonly badge: (tabId: number, text: string) => Promise<void>;
  /** The popup's and library's browser adapters (issue 7); stand-ins when absent. */
  readonly popup?: PopupDeps;
  readonly library?: LibraryDeps;
  /** Feeds' schedule, host access and page feeds (issue 8); in memory when absent (tests). */
  readonly feeds?: FeedRuntime;
  /** The reader's corrections: the content script's hint and tabs told; in memory when absent. */
  readonly corrections?: CorrectionsRuntime;
}

/** The background's answers to every request, as plain functions of their dependencies. */
export function createHandlers({
  db,
  tabs,
  now,
  analyze,
  badge,
  popup: givenPopup,
  library,
  feeds,
  corrections,
}: HandlerDeps): Handlers {
  const source = dexieSource(db);
  const feedRuntime = feeds ?? memoryFeedRuntime();
  const popup = givenPopup ?? defaultPopupDeps();
  const correctionRuntime = corrections ?? memoryCorrectionsRuntime();
  /** The page analysed, then decided the reader's way where their corrections say so. */
  const analyzeForReader = async (html: string, url: string): Promise<ReaderView> => {
    const context = await readerContext(db, url);
    const analyzed = await analyze(html, url, { pastPrefilter: mayAddArticle(context, url) });
    return decideForReader(db, context, url, analyzed);
  };
  const libraryHandlers = createPopupLibraryHandlers({ db, now, popup, library });
  return {
    ...createHighlightHandlers({ db, now }),
    ...createFeedHandlers({ db, now, runtime: feedRuntime }),
    ...createCorrectionHandlers({
      db,
      now,
      runtime: correctionRuntime,
      tabPages: popup.tabPages,
      tabUrl: popup.tabUrl,
    }),
    'content/analyze-page': async ({ html, url }, { tabId }) => {
      const reader = await analyzeForReader(html, url);
      const { analyzed } = reader;
      const { text } = analyzed;
      const facts = (pageKeys: readonly string[]) => ({
        canonicalUrl: analyzed.analysis.url,
        urlKeys: [...new Set([...pageKeys, ...urlKeysOf([url])])].slice(0, 10),
        leaning: leaningOf(reader.detector),
        detectorAnalysis: {
          ...analyzed.analysis,
          isArticle: reader.detector.isArticle,
          isAIIndustry: reader.detector.isAIIndustry,
          reasons: analyzed.analysis.reasons.slice(reader.decision ? 1 : 0),
        },
      });
      // The chips, the popup and the lookups follow the reader's ignore and merge decisions.
      const decided = await companiesAsDecided(db, analyzed.analysis.companies);
      const analysis = { ...analyzed.analysis, companies: decided.companies };
      if (tabId !== undefined) await feedRuntime.rememberPageFeeds(tabId, analysis.feeds ?? []);
      const draft = draftFromAnalysis(analysis, text, 'visit', now());
      if (!draft) {
        if (tabId !== undefined) {
          const keys = urlKeysOf([analysis.url, url, ...analysis.urlVariants]);
          popup.tabPages.remember(tabId, url, analysis, null, null, facts(keys));
          await badge(tabId, '');
        }
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
        popup.tabPages.remember(
          tabId,
          url,
          analysis,
          draft,
          stories.length + takeItems.length,
          facts(draft.urlKeys),
        );
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
      const { analyzed, decision, own, detector } = await analyzeForReader(html, url);
      const { analysis, text } = analyzed;
      const draft = draftFromAnalysis(analysis, text, 'visit', now());
      if (!draft) return { visit: null };
      const archived = await db.articles.where('urlKeys').anyOf(draft.urlKeys).count();
      let visit = await explainStorageErrors(() => recordArticle(db, draft, now()));
      // A page only the reader's own word made an article: undoing their word removes it again.
      if (own && decision?.verdict === 'ai' && archived === 0 && !detector.isAIIndustry) {
        await noteAddedArticle(db, own.id, visit.article.id);
      }
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
    ...libraryHandlers,
    'library/import-commit': async (request, context) => {
      const summary = await libraryHandlers['library/import-commit'](request, context);
      // A backup may bring corrections: the content script's hint follows.
      await publishCorrectionSections(db, correctionRuntime);
      return summary;
    },
  };
}
