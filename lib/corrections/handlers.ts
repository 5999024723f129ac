/**
 * The background's answers to the corrections' messages, as plain functions of their
 * dependencies. The browser side (storage for the content script's hint, messages to tabs) comes
 * through `CorrectionsRuntime`; tests use `memoryCorrectionsRuntime`.
 */
import type { ReaderVerdict } from '../archive/correction.ts';
import type { ArchiveDb } from '../archive/db.ts';
import { urlKeysOf } from '../archive/draft.ts';
import type { RequestContext } from '../messaging/dispatch.ts';
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts';
import type { PopupDeps } from '../popup/handlers.ts';
import type { TabPages } from '../popup/tab-pages.ts';
import { sectionsThatAddArticles } from './learn.ts';
import { summarizeCorrection } from './messages.ts';
import type { correctionResponseSchemas } from './messages.ts';
import {
  allCorrections,
  type CorrectedPage,
  correctPage,
  listCorrections,
  undoCorrection,
} from './store.ts';

/** What the corrections need from the browser; thin adapters in the background. */
export interface CorrectionsRuntime {
  /**
   * Publishes the sections where a page the pre-filter stops may still be an AI-industry article
   * (the content script reads them from storage, so that it asks only there).
   */
  publishSections(sections: readonly string[]): Promise<void>;
  /** Tells a tab's content script that its page's correction changed; false if none answered. */
  notifyTab(tabId: number, verdict: ReaderVerdict | null): Promise<boolean>;
}

/** A runtime in memory, for tests and for callers without a browser. */
export function memoryCorrectionsRuntime(): CorrectionsRuntime & {
  readonly sections: string[];
  readonly notified: [number, ReaderVerdict | null][];
} {
  const sections: string[] = [];
  const notified: [number, ReaderVerdict | null][] = [];
  return {
    sections,
    notified,
    publishSections: async (next) => {
      sections.splice(0, sections.length, ...next);
    },
    notifyTab: async (tabId, verdict) => {
      notified.push([tabId, verdict]);
      return true;
    },
  };
}

export interface CorrectionDeps {
  readonly db: ArchiveDb;
  readonly now: () => number;
  readonly runtime: CorrectionsRuntime;
  readonly tabPages: TabPages;
  readonly tabUrl: PopupDeps['tabUrl'];
}

type CorrectionType = keyof typeof correctionResponseSchemas;
type CorrectionHandlers = {
  [T in CorrectionType]: (request: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

/** The reasons' first line while a tab waits for its page to be analysed again. */
const SAID = {
  ai: 'AI-industry article: you said so',
  'not-ai': 'Not an AI-industry article: you said so',
} as const;

function keysOf(url: string): string[] {
  try {
    return urlKeysOf([url]);
  } catch {
    return [];
  }
}

/** The page a tab shows, as far as the background knows it, at the tab's address `url`. */
function pageOfTab(tabPages: TabPages, tabId: number | undefined, url: string): CorrectedPage {
  const facts = tabId === undefined ? null : tabPages.facts(tabId);
  const page = tabId === undefined ? null : tabPages.page(tabId);
  const ownKeys = keysOf(url);
  if (!facts?.urlKeys.some((key) => ownKeys.includes(key))) {
    return { url, urlKeys: ownKeys, title: null, leaning: null };
  }
  return {
    url: facts.canonicalUrl,
    urlKeys: [...new Set([...facts.urlKeys, ...ownKeys])],
    title: page?.title ?? null,
    leaning: facts.leaning,
  };
}

/** Publishes the content script's hint after every change of the corrections. */
export async function publishCorrectionSections(db: ArchiveDb, runtime: CorrectionsRuntime) {
  await runtime.publishSections(sectionsThatAddArticles(await allCorrections(db)));
}

export function createCorrectionHandlers({
  db,
  now,
  runtime,
  tabPages,
  tabUrl,
}: CorrectionDeps): CorrectionHandlers {
  const publish = () => publishCorrectionSections(db, runtime);
  return {
    'content/correct-page': async ({ url, verdict }, { tabId, incognito }) => {
      if (incognito) throw new Error('Backstory keeps nothing from private windows.');
      const correction = await correctPage(db, pageOfTab(tabPages, tabId, url), verdict, now());
      if (tabId !== undefined) tabPages.correct(tabId, verdict, SAID[verdict]);
      await publish();
      return { correction: summarizeCorrection(correction) };
    },
    'popup/correct-page': async ({ tabId, verdict }) => {
      const url = (await tabUrl(tabId)) ?? tabPages.page(tabId)?.url;
      if (!url || !/^https?:/i.test(url)) {
        throw new Error('Backstory can only be corrected on web pages (http or https).');
      }
      const correction = await correctPage(db, pageOfTab(tabPages, tabId, url), verdict, now());
      tabPages.correct(tabId, verdict, SAID[verdict]);
      await publish();
      const tabUpdated = await runtime.notifyTab(tabId, verdict);
      return { correction: summarizeCorrection(correction), tabUpdated };
    },
    'library/corrections': async ({ limit }) => {
      const { corrections, total } = await listCorrections(db, limit);
      return { corrections: corrections.map(summarizeCorrection), total };
    },
    'library/undo-correction': async ({ id, tabId }) => {
      const undone = await undoCorrection(db, id, now());
      if (!undone) return { undone: null };
      await publish();
      const tabs = new Set(tabPages.tabsShowing(undone.urlKeys));
      if (tabId !== undefined) tabs.add(tabId);
      for (const tab of tabs) {
        tabPages.correct(tab, null, '');
        await runtime.notifyTab(tab, null);
      }
      return { undone: summarizeCorrection(undone) };
    },
  };
}
