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

/**
 * The last analysis of each tab's page, kept in the background's memory so the popup can
 * describe the page and "Save" can record it without asking the page again. Gone when the
 * service worker stops: the popup then says what it does not know.
 */
export class TabPages {
  readonly #pages = new Map<number, { page: TabPage; draft: ArticleDraft | null }>();

  remember(
    tabId: number,
    pageUrl: string,
    analysis: PageAnalysis,
    draft: ArticleDraft | null,
    related: number | null,
  ) {
    this.#pages.delete(tabId);
    this.#pages.set(tabId, { page: summarize(pageUrl, analysis, related), draft });
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

  forget(tabId: number): void {
    this.#pages.delete(tabId);
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
