import { readAuthors } from './authors.ts';
import { findCanonical } from './canonical.ts';
import { readJsonLd } from './json-ld.ts';
import { firstField, ldText, pageNodes } from './json-ld-article.ts';
import { firstMeta, readMetaTags } from './meta-tags.ts';
import { normalizeUrl } from './normalize-url.ts';
import { readPageDates } from './page-dates.ts';
import { readDescription, readKeywords, readLang, readSection } from './page-fields.ts';
import { domainName, readSiteName } from './site-name.ts';
import { cleanText } from './text.ts';
import { readTitle } from './title.ts';

export interface PageMetadata {
  /** rel=canonical, else og:url: absolute and normalised; a bogus home-page canonical is ignored. */
  readonly canonicalUrl: string | null;
  /** canonicalUrl, else the normalised page URL (else the page URL as given). */
  readonly url: string;
  /** The page URL as given, its normalised form and the canonical, deduplicated. */
  readonly urlVariants: readonly string[];
  readonly title: string | null;
  readonly siteName: string | null;
  readonly authors: readonly string[];
  /** ISO 8601 UTC. */
  readonly publishedAt: string | null;
  /** ISO 8601 UTC. */
  readonly modifiedAt: string | null;
  /** Primary language subtag, lower case ("en"). */
  readonly lang: string | null;
  /** Every JSON-LD @type on the page, nested ones included. */
  readonly jsonLdTypes: readonly string[];
  readonly ogType: string | null;
  readonly section: string | null;
  readonly keywords: readonly string[];
  readonly description: string | null;
}

/** A field reader that fails (an odd DOM, a selector a parser does not know) leaves its field empty. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function isHome(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.pathname === '/' && parsed.search === '';
  } catch {
    return false;
  }
}

const dedupe = (values: ReadonlyArray<string | null>): string[] => [
  ...new Set(values.filter((value): value is string => !!value)),
];

/**
 * Reads a page's metadata from its markup: JSON-LD, meta tags, link tags and byline markup.
 * Pure and read-only: it never modifies `doc`, works on a live page or a parsed one (happy-dom
 * in Node), never throws on malformed input, and caps its work on huge pages. `now` (ms since
 * the epoch) bounds plausible dates.
 */
export function readMetadata(
  doc: Document,
  pageUrl: string,
  now: number = Date.now(),
): PageMetadata {
  const tags = safely(() => readMetaTags(doc), new Map());
  const ld = safely(() => readJsonLd(doc), { entries: [], types: [], byId: new Map() });
  const canonicalUrl = safely(() => findCanonical(doc, pageUrl, tags), null);
  const normalPage = normalizeUrl(pageUrl);
  const url = canonicalUrl ?? normalPage ?? pageUrl;
  const nodes = pageNodes(ld, dedupe([canonicalUrl, normalPage]));
  const siteName = safely(() => readSiteName(doc, tags, ld, nodes, url), domainName(url));
  const publisher = ldText(firstField(nodes, 'publisher', ld), 100);
  const siteNames = dedupe([
    siteName,
    publisher,
    firstMeta(tags, ['og:site_name', 'application-name']),
    domainName(url),
    domainName(pageUrl),
  ]);
  const section = readSection(tags, ld, nodes);
  const headline = ldText(firstField(nodes.slice(0, 1), 'headline', ld), 500);
  const dates = safely(() => readPageDates(doc, tags, ld, nodes, now), {
    publishedAt: null,
    modifiedAt: null,
  });
  return {
    canonicalUrl,
    url,
    urlVariants: dedupe([pageUrl.trim() || null, normalPage, canonicalUrl]),
    title: safely(
      () => readTitle(doc, tags, headline, [...siteNames, section ?? ''], isHome(url)),
      null,
    ),
    siteName,
    authors: safely(() => readAuthors(doc, tags, ld, nodes, siteNames), []),
    publishedAt: dates.publishedAt,
    modifiedAt: dates.modifiedAt,
    lang: safely(() => readLang(doc, tags, ld, nodes), null),
    jsonLdTypes: ld.types,
    ogType: cleanText(firstMeta(tags, ['og:type']), 100)?.toLowerCase() ?? null,
    section,
    keywords: readKeywords(tags, ld, nodes),
    description: readDescription(tags, ld, nodes),
  };
}
