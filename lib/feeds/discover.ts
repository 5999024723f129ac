/**
 * The feeds a page advertises with `<link rel="alternate" type="application/rss+xml" href>` (and
 * Atom, RDF, JSON Feed), absolute and http(s) only, at most a few.
 */
export interface PageFeed {
  readonly url: string;
  readonly title: string;
}

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)$/i;
const MAX_PAGE_FEEDS = 8;

export function discoverFeeds(doc: Document, pageUrl: string): PageFeed[] {
  const found: PageFeed[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate"][href]')).slice(
    0,
    50,
  )) {
    const type = (link.getAttribute('type') ?? '').trim();
    if (!FEED_TYPES.test(type)) continue;
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) continue;
    seen.add(url.href);
    const title = (link.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    found.push({ url: url.href.slice(0, 4_096), title: title || url.hostname });
    if (found.length >= MAX_PAGE_FEEDS) break;
  }
  return found;
}
