/**
 * The shape of a page as a whole, which tells an article from a listing: how much of its text is
 * links, and how many of its headings link elsewhere (a blog index, a tag page, search results).
 */
export interface PageShape {
  /** Share of the body's text inside links, 0..1. */
  readonly linkShare: number;
  /** Headings (h1–h4) that are links or hold one: the titles of other pages. */
  readonly linkedHeadings: number;
  /** Headings (h1–h4) of any kind: a service page or documentation is cut into many sections. */
  readonly headings: number;
}

/** Links read at most: past this many the page is a listing whatever the rest says. */
const MAX_LINKS = 2_000;

const squeezedLength = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().length;

/**
 * The characters of text inside links under `root`, read over at most `MAX_LINKS` links and until
 * the count passes `enough`.
 */
export function linkedTextLength(root: Element | Document, enough = Number.POSITIVE_INFINITY) {
  let linked = 0;
  let read = 0;
  for (const link of root.getElementsByTagName('a')) {
    if (++read > MAX_LINKS) break;
    linked += link.textContent?.length ?? 0;
    if (linked > enough) break;
  }
  return linked;
}

/** The element whose child paragraphs hold the most text, and how many characters they hold. */
export interface ParagraphRun {
  readonly parent: Element | null;
  readonly length: number;
}

/**
 * The page's longest run of paragraphs under one parent, whitespace squeezed. Reading stops once a
 * run reaches `enough` characters or after `maxParagraphs` paragraphs, so a caller that only asks
 * "is there one this long" pays for no more than that.
 */
export function longestParagraphRun(
  doc: Document,
  { enough = Number.POSITIVE_INFINITY, maxParagraphs = Number.POSITIVE_INFINITY } = {},
): ParagraphRun {
  const byParent = new Map<Element, number>();
  let best: ParagraphRun = { parent: null, length: 0 };
  let read = 0;
  for (const p of doc.getElementsByTagName('p')) {
    if (++read > maxParagraphs) break;
    const parent = p.parentElement;
    if (!parent) continue;
    const length = (byParent.get(parent) ?? 0) + squeezedLength(p.textContent);
    byParent.set(parent, length);
    if (length > best.length) best = { parent, length };
    if (best.length >= enough) break;
  }
  return best;
}

export function pageShape(doc: Document): PageShape {
  const total = doc.body?.textContent?.length ?? 0;
  const linked = linkedTextLength(doc);
  let linkedHeadings = 0;
  const headings = doc.querySelectorAll('h1, h2, h3, h4');
  for (const heading of headings) {
    if (heading.closest('a') || heading.querySelector('a')) linkedHeadings += 1;
  }
  return {
    linkShare: total > 0 ? Math.min(1, linked / total) : 1,
    linkedHeadings,
    headings: headings.length,
  };
}
