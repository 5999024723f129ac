/**
 * The text of a DOM subtree as the reader sees it, with whitespace collapsed, and a map back to
 * its text nodes. Selectors are offsets into this text, so a page that reflows its whitespace or
 * wraps its article in new containers keeps the same text and the same offsets. Block elements
 * count as one space between their words, which also makes the live page's text line up with
 * the Readability text (`normalizeText`).
 */

/** Elements whose text the reader does not read as part of the page (and our own UI). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'HEAD',
]);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The characters `isSpace` accepts, as runs. */
const SPACES = /[ \n\t\r\f\u00a0]+/g;
const isSpace = (ch: string) =>
  ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0';

/** One text node's share of the collapsed text. */
interface Piece {
  readonly node: Text;
  /** Offset in `text` of the node's first emitted character. */
  readonly start: number;
  /** Characters the node emitted. */
  readonly length: number;
  /** Whether the text before the node ended in a space (its leading spaces then collapse). */
  readonly afterSpace: boolean;
}

export interface TextMap {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

/** Collapses runs of whitespace to one space and trims: the form every selector is made in. */
export function normalizeText(raw: string): string {
  return raw.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whether an element is Backstory's own UI (never part of the text the reader highlights). */
const isOwnUi = (el: Element) => el.hasAttribute('data-backstory-ui');

/** Builds the text map of `root` (normally `document.body`). */
export function buildTextMap(root: Node): TextMap {
  const out: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let afterSpace = true;
  const space = () => {
    if (!afterSpace) {
      out.push(' ');
      length += 1;
      afterSpace = true;
    }
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const start = length;
      const entry = afterSpace;
      let emitted = data.replace(SPACES, ' ');
      if (afterSpace && emitted.startsWith(' ')) emitted = emitted.slice(1);
      if (emitted) {
        afterSpace = emitted.endsWith(' ');
        out.push(emitted);
        length += emitted.length;
        pieces.push({ node: node as Text, start, length: emitted.length, afterSpace: entry });
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    if (node.nodeType === 1 && (SKIPPED.has(el.tagName.toUpperCase()) || isOwnUi(el))) return;
    const block = node.nodeType === 1 && BLOCKS.has(el.tagName.toUpperCase());
    if (block) space();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) space();
  };
  visit(root);
  let text = out.join('');
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return { text, pieces };
}

/** The piece holding the character at `index`, by binary search. */
function pieceAt(map: TextMap, index: number): Piece | undefined {
  let lo = 0;
  let hi = map.pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = map.pieces[mid] as Piece;
    if (index < p.start) hi = mid - 1;
    else if (index >= p.start + p.length) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** The raw offset in the node's data of the emitted character `k` of a piece. */
function rawOffset(piece: Piece, k: number): number {
  const data = piece.node.data;
  let count = 0;
  let afterSpace = piece.afterSpace;
  for (let i = 0; i < data.length; i += 1) {
    const ch = data[i] as string;
    const emits = isSpace(ch) ? !afterSpace : true;
    afterSpace = isSpace(ch);
    if (!emits) continue;
    if (count === k) return i;
    count += 1;
  }
  return data.length;
}

/** The DOM boundary points of a stretch of text (a DOM Range is made from them in the page). */
export interface TextPoints {
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

/** The boundary points of `[start, end)` of the map's text, or null when it is not node text. */
export function pointsFor(map: TextMap, start: number, end: number): TextPoints | null {
  const first = pieceAt(map, start);
  const last = pieceAt(map, end - 1);
  if (!first || !last || end <= start) return null;
  return {
    startNode: first.node,
    startOffset: rawOffset(first, start - first.start),
    endNode: last.node,
    endOffset: rawOffset(last, end - 1 - last.start) + 1,
  };
}

/** A live DOM range over the points. */
export function toRange(points: TextPoints, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(points.startNode, points.startOffset);
  range.setEnd(points.endNode, points.endOffset);
  return range;
}

/** The text between two points as the map has it (for checks in tests and scripts). */
export function textOf(map: TextMap, points: TextPoints): string | null {
  const start = offsetOf(map, points.startNode, points.startOffset);
  const end = offsetOf(map, points.endNode, points.endOffset);
  return start === null || end === null ? null : map.text.slice(start, end);
}

/** The offset in the map's text of a DOM boundary point (a selection's start or end). */
export function offsetOf(map: TextMap, container: Node, offset: number): number | null {
  const index = map.pieces.findIndex((p) => p.node === container);
  if (index >= 0) {
    const piece = map.pieces[index] as Piece;
    let count = 0;
    let afterSpace = piece.afterSpace;
    const data = piece.node.data;
    for (let i = 0; i < Math.min(offset, data.length); i += 1) {
      const ch = data[i] as string;
      if (!isSpace(ch) || !afterSpace) count += 1;
      afterSpace = isSpace(ch);
    }
    return piece.start + count;
  }
  // An element boundary: the first text piece at or after it.
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = map.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint((map.pieces[mid] as Piece).node, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  const after = map.pieces[lo];
  return after ? after.start : map.text.length;
}
