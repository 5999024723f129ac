/** Page furniture around an article: navigation, rails, footers, comments, promos. */
export const FURNITURE_SELECTOR =
  'nav, aside, footer, [role="navigation"], [role="complementary"], [class*="related"], [class*="comments"], [class*="comment-"], [class*="newsletter"], [class*="sidebar"]';

/**
 * Whether an element sits in page furniture inside `scope` (furniture around the scope, such as
 * a "layout-with-sidebar" wrapper of the whole page, does not count).
 */
export function inFurniture(element: Element, scope: Element): boolean {
  const furniture = element.closest(FURNITURE_SELECTOR);
  return furniture !== null && furniture !== scope && scope.contains(furniture);
}

/** How far up from the headline the byline and date of a page of divs are looked for. */
const HEADING_LEVELS = 3;
const MAX_CANDIDATES = 100;
/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out: Node is not a global outside a browser. */
const FOLLOWING = 4;

/** The article's headline element: the first <h1> of the article or main content, else the page. */
export function articleHeading(doc: Document): Element | null {
  for (const selector of ['article h1', 'main h1', '[role="main"] h1', 'h1']) {
    const heading = doc.querySelector(selector);
    if (heading) return heading;
  }
  return null;
}

/**
 * The <article> element that holds the page's article: the one around the headline, else the
 * only one on the page. Null on listing pages, where every teaser card is an <article>.
 */
export function articleRoot(doc: Document, heading = articleHeading(doc)): Element | null {
  const around = heading?.closest('article');
  if (around) return around;
  const articles = doc.getElementsByTagName('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

/** The closest ancestor of the headline that is a plausible article container (not body/main). */
function headingContainer(heading: Element): Element | null {
  let container: Element | null = heading;
  for (let level = 0; level < HEADING_LEVELS && container; level++) {
    const parent: Element | null = container.parentElement;
    if (
      !parent ||
      /^(?:BODY|HTML|MAIN)$/i.test(parent.tagName) ||
      parent.getAttribute('role') === 'main'
    ) {
      break;
    }
    container = parent;
  }
  return container === heading ? null : container;
}

/** `Node.DOCUMENT_POSITION_PRECEDING`. */
const PRECEDING = 2;

/**
 * Elements matching `selector` that belong to the article, in document order: those inside the
 * article root, else (pages built of divs) those between the headline and the next heading in
 * the headline's container, where bylines and dates sit. Page furniture is skipped. Listing
 * pages (teaser cards, each with its own <h2>) give nothing, so a teaser's date or byline is
 * never taken for the page's.
 */
export function articleElements(doc: Document, selector: string): Element[] {
  const heading = articleHeading(doc);
  const root = articleRoot(doc, heading);
  const container = root ?? (heading ? headingContainer(heading) : null);
  if (!container) return [];
  const found = [...container.querySelectorAll(selector)].slice(0, MAX_CANDIDATES);
  const kept = found.filter((element) => !inFurniture(element, container));
  if (root || !heading) return kept;
  const next = [...container.querySelectorAll('h2, h3, h4')].find(
    (h) => (heading.compareDocumentPosition(h) & FOLLOWING) !== 0,
  );
  return kept.filter(
    (element) =>
      (heading.compareDocumentPosition(element) & FOLLOWING) !== 0 &&
      (!next || (next.compareDocumentPosition(element) & PRECEDING) !== 0),
  );
}
