import { forgetArticle } from '../archive/forget.ts';
import { recordArticle } from '../archive/articles.ts';
import type { ArchiveDb } from '../archive/db.ts';
import { urlKey } from '../extract/normalize-url.ts';
import type { Settings } from '../settings/settings.ts';
import { sidebarSupport } from './host-support.ts';
import type { TabPages } from './tab-pages.ts';
import type { TabOverview } from './messages.ts';
import type { RequestContext } from '../messaging/dispatch.ts';
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts';
import { summarizeCorrection } from '../corrections/messages.ts';
import { correctionsOfPage } from '../corrections/store.ts';

/** What the popup's answers need from the browser; thin adapters in the background. */
export interface PopupDeps {
  readonly tabPages: TabPages;
  /** The URL the tab shows now, when the browser tells (activeTab: after a toolbar click). */
  readonly tabUrl: (tabId: number) => Promise<string | undefined>;
  readonly readSettings: () => Promise<Settings>;
  /** Asks the tab's content script to open its sidebar; false when nothing answered. */
  readonly openSidebar: (tabId: number) => Promise<boolean>;
  /** Opens (or focuses) the library at a hash route, e.g. `#/page?url=…`. */
  readonly openLibrary: (route: string) => Promise<void>;
}

type PopupType = 'popup/tab-overview' | 'popup/save' | 'popup/forget' | 'popup/open-related';
type PopupHandlers = {
  [T in PopupType]: (request: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

async function savedArticle(db: ArchiveDb, url: string | undefined) {
  if (!url || !/^https?:/i.test(url)) return null;
  let key: string;
  try {
    key = urlKey(url);
  } catch {
    return null;
  }
  return (await db.articles.where('urlKeys').equals(key).first()) ?? null;
}

/** The popup's answers: what the tab is, save / forget, related coverage. */
export function createPopupHandlers(
  db: ArchiveDb,
  now: () => number,
  deps: PopupDeps,
): PopupHandlers {
  /** The tab's address: from the browser, else from the page's last analysis. */
  const urlOf = async (tabId: number) =>
    (await deps.tabUrl(tabId)) ?? deps.tabPages.page(tabId)?.url;
  return {
    'popup/tab-overview': async ({ tabId }): Promise<TabOverview> => {
      const url = await urlOf(tabId);
      const support = sidebarSupport(url, await deps.readSettings(), now());
      const page = deps.tabPages.page(tabId);
      const current = page && url && samePage(page.url, url) ? page : null;
      return {
        url: url ?? null,
        host: support.host,
        noSidebar: support.ok ? null : support.reason,
        page: current,
        saved: await savedArticle(db, url),
        correction: await correctionOf(db, url, current ? deps.tabPages.facts(tabId) : null),
      };
    },
    'popup/save': async ({ tabId }) => {
      const draft = deps.tabPages.draft(tabId);
      if (!draft) {
        throw new Error(
          'Backstory has not analysed an AI-industry article in this tab. Reload the page, then save.',
        );
      }
      const { article } = await recordArticle(db, { ...draft, source: 'save', read: true }, now());
      return { saved: article };
    },
    'popup/forget': async ({ articleId }) => ({
      forgotten: await forgetArticle(db, articleId, now()),
    }),
    'popup/open-related': async ({ tabId }) => {
      const url = await urlOf(tabId);
      const support = sidebarSupport(url, await deps.readSettings(), now());
      if (
        support.ok &&
        deps.tabPages.page(tabId)?.isAIIndustry &&
        (await deps.openSidebar(tabId))
      ) {
        return { opened: 'sidebar' };
      }
      await deps.openLibrary(`#/page?url=${encodeURIComponent(url ?? '')}`);
      return { opened: 'library' };
    },
  };
}

/** The reader's correction of the tab's page, by its address and every variant Backstory knows. */
async function correctionOf(
  db: ArchiveDb,
  url: string | undefined,
  facts: { readonly urlKeys: readonly string[] } | null,
) {
  if (!url || !/^https?:/i.test(url)) return null;
  let keys: string[];
  try {
    keys = [urlKey(url), ...(facts?.urlKeys ?? [])];
  } catch {
    return null;
  }
  const [correction] = await correctionsOfPage(db, keys);
  return correction ? summarizeCorrection(correction) : null;
}

function samePage(a: string, b: string): boolean {
  try {
    return urlKey(a) === urlKey(b);
  } catch {
    return a === b;
  }
}
