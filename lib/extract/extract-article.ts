import { Readability } from '@mozilla/readability';
import type { ArticleCapture } from '../archive/article.ts';
import { canonicalUrl } from './canonical-url.ts';

/** Fewer words than this and Readability's result is a teaser or a stub, not an article. */
export const MIN_ARTICLE_WORDS = 150;

export type ExtractResult =
  | { readonly ok: true; readonly capture: ArticleCapture; readonly text: string }
  | { readonly ok: false; readonly reason: string };

const clip = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Extracts the article of a document with Readability. Readability rewrites the tree it reads,
 * so it always works on a clone: the page itself is never modified.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractResult {
  const url = canonicalUrl(doc, pageUrl);
  if (!url) return { ok: false, reason: 'page URL is not http(s)' };
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { maxElemsToParse: 50_000 }).parse();
  if (!parsed?.textContent) return { ok: false, reason: 'Readability found no article' };
  const wordCount = countWords(parsed.textContent);
  if (wordCount < MIN_ARTICLE_WORDS) {
    return { ok: false, reason: `only ${wordCount} words of article text` };
  }
  const title = clip(parsed.title, 1_000) ?? clip(doc.title, 1_000);
  if (!title) return { ok: false, reason: 'article has no title' };
  return {
    ok: true,
    text: parsed.textContent,
    capture: {
      url,
      title,
      siteName: clip(parsed.siteName, 200) ?? new URL(url).hostname,
      byline: clip(parsed.byline, 500),
      excerpt: clip(parsed.excerpt, 2_000),
      publishedAt: toIsoDate(parsed.publishedTime),
      lang: clip(parsed.lang ?? doc.documentElement.lang, 35),
      wordCount,
    },
  };
}
