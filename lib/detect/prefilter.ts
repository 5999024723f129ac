import { linkedTextLength, longestParagraphRun } from '../extract/page-shape.ts';

/** Outcome of the cheap check that runs on every page before anything expensive. */
export interface PrefilterResult {
  readonly pass: boolean;
  readonly reason: string;
  /** Passed for its prose alone, without any metadata saying "article". */
  readonly prose?: boolean;
}

const ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:\w*NewsArticle|Article|BlogPosting|Report|TechArticle)"/;
const NON_ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:Product|ProductGroup|Offer|SearchResultsPage|CollectionPage|ItemList|ProfilePage|Recipe)"/;
/** og:types that are never an article. (`website` is no verdict: many blogs put it on posts.) */
const NON_ARTICLE_OG = /^(?:product|profile|video\.|music\.|book|business\.)/;

/** Characters of paragraph text under one parent that make a run of prose. */
export const PROSE_RUN = 700;
/** Characters of page text, under a third of it in links, that make a page of prose. */
export const PROSE_TEXT = 1_500;
/** Paragraphs read at most: a page with more has passed long before. */
const MAX_PARAGRAPHS = 400;

/** Whether the body is a page of text rather than of links (newsletters laid out in tables). */
function mostlyProse(doc: Document): boolean {
  const total = doc.body?.textContent?.length ?? 0;
  return total >= PROSE_TEXT && linkedTextLength(doc, total / 3) * 3 <= total;
}

/**
 * Decides from a handful of selector queries, and at most one pass over the paragraphs, whether a
 * page may be an article worth extracting: metadata first, then, for pages without any (blogs,
 * newsletters, labs' posts), a run of prose. It must cost well under a millisecond on any page.
 */
export function prefilter(doc: Document, url: URL): PrefilterResult {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { pass: false, reason: 'not a web page' };
  }
  if (doc.contentType && !doc.contentType.includes('html')) {
    return { pass: false, reason: `not HTML (${doc.contentType})` };
  }
  if (url.pathname === '/' || url.pathname === '') {
    return { pass: false, reason: 'site home page' };
  }
  let jsonLd = '';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    jsonLd += script.textContent ?? '';
    if (jsonLd.length > 200_000) break;
  }
  const ogType = doc
    .querySelector('meta[property="og:type"]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType === 'article') return { pass: true, reason: 'og:type article' };
  if (ARTICLE_TYPE.test(jsonLd)) return { pass: true, reason: 'JSON-LD article type' };
  if (ogType && NON_ARTICLE_OG.test(ogType)) return { pass: false, reason: `og:type ${ogType}` };
  if (NON_ARTICLE_TYPE.test(jsonLd)) return { pass: false, reason: 'JSON-LD non-article type' };
  if (doc.querySelector('meta[property="article:published_time"]')) {
    return { pass: true, reason: 'article:published_time meta' };
  }
  if (doc.querySelector('article h1, [itemtype*="Article"]')) {
    return { pass: true, reason: 'article markup' };
  }
  const run = longestParagraphRun(doc, { enough: PROSE_RUN, maxParagraphs: MAX_PARAGRAPHS });
  if (run.length >= PROSE_RUN) return { pass: true, reason: 'a run of paragraphs', prose: true };
  if (mostlyProse(doc)) return { pass: true, reason: 'a page of text, few links', prose: true };
  return { pass: false, reason: 'no article signals and no run of prose' };
}
