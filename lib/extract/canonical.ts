import { unwrapAmpCache } from './amp-url.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { normalizeUrl } from './normalize-url.ts';
import { registrableDomain } from './registrable-domain.ts';

const MAX_LINK_TAGS = 1_000;

function canonicalHref(doc: Document): string | null {
  // Browsers and search engines only honour rel=canonical in the head; fall back to the whole
  // document when a page has no head element at all.
  const scope: Document | Element = doc.head ?? doc;
  const links = scope.getElementsByTagName('link');
  for (let i = 0; i < Math.min(links.length, MAX_LINK_TAGS); i++) {
    const link = links[i];
    const rel = link?.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = link?.getAttribute('href');
    if (rel.includes('canonical') && href?.trim()) return href;
  }
  return null;
}

/** Relative links on a page served from the AMP cache are relative to the origin page. */
function resolutionBase(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl);
    return unwrapAmpCache(url) ?? url.href;
  } catch {
    return undefined;
  }
}

function isHomePage(url: string): boolean {
  const parsed = new URL(url);
  return parsed.pathname === '/' && parsed.search === '';
}

/**
 * An http canonical of a page served over https from the same site is a stale CMS setting:
 * the page the reader has is the https one.
 */
function upgradeScheme(canonical: string, page: string): string {
  const url = new URL(canonical);
  const pageUrl = new URL(page);
  const sameSite = registrableDomain(url.hostname) === registrableDomain(pageUrl.hostname);
  if (url.protocol !== 'http:' || pageUrl.protocol !== 'https:' || !sameSite) return canonical;
  url.protocol = 'https:';
  return url.href;
}

/**
 * The page's canonical address: rel=canonical, else og:url, resolved against the page URL and
 * normalised with {@link normalizeUrl}; null when neither is usable. A canonical that points to
 * a home page while the page itself is not one is a common CMS bug (a template default) and is
 * ignored, whichever site it names. An http canonical on an https page of the same site is
 * upgraded to https.
 */
export function findCanonical(doc: Document, pageUrl: string, tags: MetaTags): string | null {
  const page = normalizeUrl(pageUrl);
  const pageIsHome = page === null || isHomePage(page);
  const base = resolutionBase(pageUrl);
  for (const raw of [canonicalHref(doc), firstMeta(tags, ['og:url'])]) {
    if (!raw) continue;
    const url = normalizeUrl(raw, base);
    if (url && (pageIsHome || !isHomePage(url))) return page ? upgradeScheme(url, page) : url;
  }
  return null;
}
