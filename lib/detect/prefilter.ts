/** Outcome of the cheap check that runs on every page before anything expensive. */
export interface PrefilterResult {
  readonly pass: boolean;
  readonly reason: string;
}

const ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:\w*NewsArticle|Article|BlogPosting|Report|TechArticle)"/;
const NON_ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:Product|ProductGroup|Offer|SearchResultsPage|CollectionPage|ItemList|ProfilePage|Recipe)"/;
const NON_ARTICLE_OG = /^(?:product|profile|website|video\.|music\.|book|business\.)/;

/**
 * Decides from a handful of selector queries whether a page may be an article worth extracting.
 * It reads no text and walks no tree: it must cost well under a millisecond on any page.
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
  return { pass: false, reason: 'no article signals' };
}
