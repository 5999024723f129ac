/**
 * Paints highlights on the page without changing it: the CSS Custom Highlight API where the
 * browser has it (ranges painted by the browser; the page's DOM is untouched), else `<mark>`
 * elements that are removed cleanly (their text nodes merged back).
 */
import type { HighlightColor } from '../../../lib/archive/highlight.ts';

/** Highlight names are global to the page: ours carry a prefix. */
const NAME = (color: HighlightColor) => `backstory-hl-${color}`;
const COLORS: Record<HighlightColor, string> = {
  fact: 'rgba(255, 214, 10, 0.42)',
  claim: 'rgba(255, 120, 150, 0.38)',
  question: 'rgba(90, 170, 255, 0.38)',
  idea: 'rgba(120, 220, 140, 0.4)',
};
const MARK_ATTRIBUTE = 'data-backstory-mark';

export interface Painted {
  readonly id: string;
  readonly color: HighlightColor;
  readonly range: Range;
}

export interface Painter {
  paint(items: readonly Painted[]): void;
  clear(): void;
  /** Whether the painting changes the page's DOM (marks), which a mutation observer must ignore. */
  readonly usesMarks: boolean;
}

type HighlightRegistry = Map<string, unknown>;
interface HighlightApi {
  readonly highlights?: HighlightRegistry;
}

function customHighlightPainter(registry: HighlightRegistry, doc: Document): Painter {
  const HighlightCtor = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown })
    .Highlight;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    Object.entries(COLORS)
      .map(
        ([color, bg]) =>
          `::highlight(${NAME(color as HighlightColor)}) { background-color: ${bg}; }`,
      )
      .join('\n'),
  );
  let added = false;
  const clear = () => {
    for (const color of Object.keys(COLORS)) registry.delete(NAME(color as HighlightColor));
  };
  return {
    usesMarks: false,
    paint(items) {
      if (!added) {
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        added = true;
      }
      clear();
      for (const color of Object.keys(COLORS) as HighlightColor[]) {
        const ranges = items.filter((i) => i.color === color).map((i) => i.range);
        if (ranges.length > 0) registry.set(NAME(color), new HighlightCtor(...ranges));
      }
    },
    clear() {
      clear();
      if (added) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      added = false;
    },
  };
}

/** Text nodes inside a range, cut at its ends. */
function textNodesIn(range: Range, doc: Document): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n) && (n as Text).data.trim()) nodes.push(n as Text);
  }
  return nodes;
}

function markPainter(doc: Document): Painter {
  let marks: HTMLElement[] = [];
  const clear = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    marks = [];
  };
  return {
    usesMarks: true,
    paint(items) {
      clear();
      for (const { id, color, range } of items) {
        for (let node of textNodesIn(range, doc)) {
          if (node === range.endContainer) node.splitText(range.endOffset);
          if (node === range.startContainer && range.startOffset > 0)
            node = node.splitText(range.startOffset);
          const mark = doc.createElement('mark');
          mark.setAttribute(MARK_ATTRIBUTE, id);
          mark.style.cssText = `background-color: ${COLORS[color]}; color: inherit; padding: 0;`;
          node.parentNode?.insertBefore(mark, node);
          mark.appendChild(node);
          marks.push(mark);
        }
      }
    },
    clear,
  };
}

/** The best painter this browser offers. */
export function createPainter(doc: Document = document): Painter {
  const api = (globalThis as unknown as { CSS?: HighlightApi }).CSS;
  if (api?.highlights && 'Highlight' in globalThis && 'adoptedStyleSheets' in doc) {
    return customHighlightPainter(api.highlights, doc);
  }
  return markPainter(doc);
}
