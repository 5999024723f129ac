import type { ArticleCapture } from '../archive/article.ts';
import { prefilter } from '../detect/prefilter.ts';
import { extractArticle } from '../extract/extract-article.ts';

export interface PageAnalysis {
  readonly isArticle: boolean;
  /** Why the page is, or is not, treated as an article. */
  readonly reasons: readonly string[];
  readonly capture: ArticleCapture | null;
}

/**
 * The whole page pipeline, as the content script, `npm run analyze` and `npm run eval` run it:
 * the cheap pre-filter, then Readability extraction.
 */
export function analyzePage(doc: Document, pageUrl: string): PageAnalysis {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { isArticle: false, reasons: ['page URL is not a URL'], capture: null };
  }
  const gate = prefilter(doc, url);
  if (!gate.pass)
    return { isArticle: false, reasons: [`pre-filter: ${gate.reason}`], capture: null };
  const extracted = extractArticle(doc, pageUrl);
  if (!extracted.ok) {
    return {
      isArticle: false,
      reasons: [`pre-filter: ${gate.reason}`, extracted.reason],
      capture: null,
    };
  }
  return {
    isArticle: true,
    reasons: [`pre-filter: ${gate.reason}`, `${extracted.capture.wordCount} words of article text`],
    capture: extracted.capture,
  };
}
