/**
 * The text of an article as a reader sees it: each block on its own line (so the last word of one
 * block never runs into the first of the next, "Associated PressNvidia"), and without what a
 * reader skips: captions, "Advertisement" labels, lists of related links and the teasers of other
 * stories.
 */
import { linkedTextLength, longestParagraphRun } from './page-shape.ts';

/** Elements that start a new line of text. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 ' +
    'H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** Never read: not text, or not the article's. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'svg', 'SVG']);

/** A block whose whole text is one of these is an ad slot's label, in the languages we read. */
const AD_LABEL =
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|广告|廣告|広告|광고)$/i;

/** A list of at least this many items whose text is nearly all links is a "related" box. */
const LINK_LIST_ITEMS = 3;
const LINK_LIST_SHARE = 0.8;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A line cut short with an ellipsis: the teaser of another page. */
const TEASER = /(?:…|\.{3,})$/;
/** Teasers among a few lines in a row that make a list of other stories ("more from us"). */
const RIVER_TEASERS = 3;
const RIVER_SPAN = 6;

/**
 * The lines before the first list of other stories' teasers: lines cut short with an ellipsis,
 * at least three within six lines. A page that is nothing but teasers (a blog's index) keeps no
 * text at all; an article followed by "more stories" keeps the article.
 */
function beforeTeaserList(lines: readonly string[]): readonly string[] {
  for (let i = 0; i < lines.length; i += 1) {
    if (!TEASER.test(lines[i] ?? '')) continue;
    const near = lines.slice(i, i + RIVER_SPAN).filter((line) => TEASER.test(line)).length;
    if (near >= RIVER_TEASERS) return lines.slice(0, i);
  }
  return lines;
}

/** Whether a list is a list of links to elsewhere rather than a list the article makes. */
function isLinkList(list: Element): boolean {
  const items = list.querySelectorAll(':scope > li');
  if (items.length < LINK_LIST_ITEMS) return false;
  const total = squeeze(list.textContent ?? '').length;
  if (total === 0) return false;
  let linked = 0;
  for (const link of list.querySelectorAll('a')) linked += squeeze(link.textContent ?? '').length;
  return linked / total >= LINK_LIST_SHARE;
}

/**
 * The text of `root` with a line break between blocks, whitespace collapsed within a line, blank
 * lines dropped. Captions, ad labels and link lists are left out.
 */
export function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const text = squeeze(line);
    if (text && !AD_LABEL.test(text)) lines.push(text);
    line = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if ((tag === 'UL' || tag === 'OL') && isLinkList(element)) return;
    const block = BLOCKS.has(tag);
    if (block) breakLine();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakLine();
  };
  visit(root);
  breakLine();
  return beforeTeaserList(lines).join('\n');
}

/**
 * The element holding the page's largest run of text: the parent of the most paragraph text, or,
 * on pages written without paragraphs (newsletters laid out in tables and divs), the block with
 * the most text that is not links. For pages Readability gives up on.
 */
export function largestTextBlock(doc: Document): Element | null {
  const run = longestParagraphRun(doc);
  if (run.length >= 500) return run.parent;
  // No paragraphs to speak of: the smallest block that holds most of the body's unlinked text.
  const body = doc.body;
  if (!body) return null;
  const unlinked = (element: Element) =>
    (element.textContent ?? '').length - linkedTextLength(element);
  const whole = unlinked(body);
  let node: Element = body;
  for (;;) {
    const next = [...node.children]
      .filter((child) => !SKIPPED.has(child.tagName.toUpperCase()))
      .find((child) => unlinked(child) >= whole * 0.6);
    if (!next) return node;
    node = next;
  }
}
