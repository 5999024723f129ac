import type { PageAnalysis } from '../analyze/analyze-page.ts';
import type { ArticleDraft } from '../archive/draft.ts';

/** What the popup shows about a tab's page: the detection, its reasons and companies. */
export interface TabPage {
  /** The address the tab showed when it was analysed. */
  readonly url: string;
  readonly isArticle: boolean;
  readonly isAIIndustry: boolean;
  readonly score: number;
  readonly genre: PageAnalysis['genre'];
  readonly title: string | null;
  readonly reasons: readonly string[];
  readonly companies: readonly {
    readonly id: string;
    readonly name: string;
    readonly about: boolean;
    readonly discovered: boolean;
  }[];
  /** Related stories and takes found for it (the badge's number), null when not an article. */
  readonly relatedCount: number | null;
}

/** Tabs remembered at most: the draft of a long article can weigh a few hundred kB. */
const MAX_TABS = 30;

/** What a correction of the tab's page needs to know about it, besides what the popup shows. */
export interface TabPageFacts {
  /** The page's canonical address and the identity keys of its URL variants. */
  readonly canonicalUrl: string;
  readonly urlKeys: readonly string[];
  /** The detector's own leaning on the page (`leaningOf`). */
  readonly leaning: number;
  /** What the detector alone made of it, shown again when a correction is undone. */
  readonly detectorAnalysis: PageAnalysis;
}

interface Entry {
  readonly page: TabPage;
  readonly draft: ArticleDraft | null;
  readonly facts: TabPageFacts | null;
}

/**
 * The last analysis of each tab's page, kept in the background's memory so the popup can
 * describe the page and "Save" can record it without asking the page again. Gone when the
 * service worker stops: the popup then says what it does not know.
 */
export class TabPages {
  readonly #pages = new Map<number, Entry>();

  remember(
    tabId: number,
    pageUrl: string,
    analysis: PageAnalysis,
    draft: ArticleDraft | null,
    related: number | null,
    facts: TabPageFacts | null = null,
  ) {
    this.#pages.delete(tabId);
    this.#pages.set(tabId, { page: summarize(pageUrl, analysis, related), draft, facts });
    while (this.#pages.size > MAX_TABS) {
      const oldest = this.#pages.keys().next().value;
      if (oldest === undefined) break;
      this.#pages.delete(oldest);
    }
  }

  page(tabId: number): TabPage | null {
    return this.#pages.get(tabId)?.page ?? null;
  }

  draft(tabId: number): ArticleDraft | null {
    return this.#pages.get(tabId)?.draft ?? null;
  }

  facts(tabId: number): TabPageFacts | null {
    return this.#pages.get(tabId)?.facts ?? null;
  }

  forget(tabId: number): void {
    this.#pages.delete(tabId);
  }

  /**
   * Shows the reader's verdict on the tab's page at once, until its content script has the page
   * analysed again; null goes back to the detector's own verdict (a correction undone).
   */
  correct(tabId: number, verdict: 'ai' | 'not-ai' | null, reason: string): void {
    const entry = this.#pages.get(tabId);
    if (!entry) return;
    if (verdict === null) {
      const detector = entry.facts?.detectorAnalysis;
      if (!detector) return;
      this.#pages.set(tabId, { ...entry, page: summarize(entry.page.url, detector, null) });
      return;
    }
    const reasons = [reason, ...entry.page.reasons].slice(0, 12);
    const page: TabPage =
      verdict === 'ai'
        ? { ...entry.page, isArticle: true, isAIIndustry: true, reasons }
        : { ...entry.page, isAIIndustry: false, reasons, relatedCount: null };
    this.#pages.set(tabId, { ...entry, page, draft: verdict === 'ai' ? entry.draft : null });
  }

  /** The tabs whose remembered page has one of these URL keys. */
  tabsShowing(urlKeys: readonly string[]): number[] {
    const keys = new Set(urlKeys);
    return [...this.#pages]
      .filter(([, entry]) => entry.facts?.urlKeys.some((key) => keys.has(key)))
      .map(([tabId]) => tabId);
  }
}

/** The popup's share of an analysis; `url` is the tab's address, not the canonical one. */
export function summarize(
  url: string,
  analysis: PageAnalysis,
  relatedCount: number | null,
): TabPage {
  return {
    url,
    isArticle: analysis.isArticle,
    isAIIndustry: analysis.isAIIndustry,
    score: analysis.score,
    genre: analysis.genre,
    title: analysis.title,
    reasons: analysis.reasons.slice(0, 12),
    companies: analysis.companies
      .slice(0, 24)
      .map(({ id, name, about, discovered }) => ({ id, name, about, discovered })),
    relatedCount,
  };
}
