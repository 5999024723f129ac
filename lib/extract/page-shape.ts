/**
 * The shape of a page as a whole, which tells an article from a listing: how much of its text is
 * links, and how many of its headings link elsewhere (a blog index, a tag page, search results).
 */
export interface PageShape {
  /** Share of the body's text inside links, 0..1. */
  readonly linkShare: number;
  /** Headings (h1–h4) that are links or hold one: the titles of other pages. */
  readonly linkedHeadings: number;
}

/** Links read at most: past this many the page is a listing whatever the rest says. */
const MAX_LINKS = 2_000;

export function pageShape(doc: Document): PageShape {
  const total = doc.body?.textContent?.length ?? 0;
  let linked = 0;
  let read = 0;
  for (const link of doc.getElementsByTagName('a')) {
    if (++read > MAX_LINKS) break;
    linked += link.textContent?.length ?? 0;
  }
  let linkedHeadings = 0;
  for (const heading of doc.querySelectorAll('h1, h2, h3, h4')) {
    if (heading.closest('a') || heading.querySelector('a')) linkedHeadings += 1;
  }
  return { linkShare: total > 0 ? Math.min(1, linked / total) : 1, linkedHeadings };
}
