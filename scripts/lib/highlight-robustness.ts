/**
 * Robustness of highlight anchoring on the golden pages: place 50 highlights per page, apply an
 * outlet's realistic edits, anchor again, and count. Ground truth comes from the DOM: each
 * highlight lies in one paragraph element, and after an edit it is right only if it lands at the
 * same offsets inside that same paragraph; a highlight whose paragraph was removed must become
 * an orphan. Used by `npm run eval` and by tests/unit/highlights-robustness.test.ts.
 */
import type { TextQuoteSelector } from '../../lib/archive/highlight.ts';
import { readArticle } from '../../lib/extract/extract-article.ts';
import { anchorQuote } from '../../lib/highlights/anchor.ts';
import { describe } from '../../lib/highlights/selectors.ts';
import { buildTextMap, normalizeText, type TextMap } from '../../lib/highlights/text-map.ts';
import { parseHtml } from './parse-html.ts';

export const HIGHLIGHTS_PER_PAGE = 50;
/** Characters a fuzzy match may be off at either end and still be the right text. */
const TOLERANCE = 2;

export const EDITS = [
  'paragraph inserted before',
  'typo fixed inside quotes',
  'whitespace and line-break reflow',
  'ad block injected',
  'article wrapped in new containers',
  'paragraph with a highlight removed',
  'all of these at once',
] as const;
export type Edit = (typeof EDITS)[number];

interface Placed {
  readonly paragraph: Element;
  /** Offsets inside the paragraph's text. */
  readonly localStart: number;
  readonly localEnd: number;
  readonly quote: TextQuoteSelector;
  readonly position: { start: number; end: number };
}

/** A small deterministic random source, so every run places the same highlights. */
function random(seed: string) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

const spans = new WeakMap<TextMap, Map<Element, [number, number]>>();

/** Where a paragraph's text lies in the map (its first to its last text piece). */
function span(map: TextMap, paragraph: Element): [number, number] | null {
  let byParagraph = spans.get(map);
  if (!byParagraph) {
    // One pass over the pieces: each piece extends the span of its nearest paragraph.
    byParagraph = new Map();
    for (const piece of map.pieces) {
      const p = piece.node.parentElement?.closest('p');
      if (!p) continue;
      const current = byParagraph.get(p);
      const end = piece.start + piece.length;
      byParagraph.set(p, current ? [current[0], end] : [piece.start, end]);
    }
    spans.set(map, byParagraph);
  }
  return byParagraph.get(paragraph) ?? null;
}

function paragraphsOf(doc: Document, map: TextMap): Element[] {
  return [...doc.body.querySelectorAll('p')].filter((p) => {
    const s = span(map, p);
    return s !== null && s[1] - s[0] >= 80;
  });
}

/** 50 highlights of 3 to 25 words inside paragraphs, each quote unique on the page. */
function place(doc: Document, seed: string): Placed[] {
  const map = buildTextMap(doc.body);
  const paragraphs = paragraphsOf(doc, map);
  const next = random(seed);
  const placed: Placed[] = [];
  for (
    let attempt = 0;
    attempt < 2_000 && placed.length < HIGHLIGHTS_PER_PAGE && paragraphs.length > 0;
    attempt += 1
  ) {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)] as Element;
    const [pStart, pEnd] = span(map, paragraph) as [number, number];
    const words = [...map.text.slice(pStart, pEnd).matchAll(/\S+/g)];
    const length = 3 + Math.floor(next() * 23);
    if (words.length < length) continue;
    const from = Math.floor(next() * (words.length - length + 1));
    const first = words[from] as RegExpMatchArray;
    const last = words[from + length - 1] as RegExpMatchArray;
    const start = pStart + (first.index ?? 0);
    const end = pStart + (last.index ?? 0) + last[0].length;
    const d = describe(map.text, start, end);
    if (!d || map.text.indexOf(d.quote.exact) !== map.text.lastIndexOf(d.quote.exact)) continue;
    placed.push({ paragraph, localStart: start - pStart, localEnd: end - pStart, ...d });
  }
  return placed;
}

function insertBefore(doc: Document, placed: readonly Placed[], html: string) {
  const first = placed.map((p) => p.paragraph).find((p) => p.isConnected);
  const box = doc.createElement('div');
  box.innerHTML = html;
  const target = first ?? doc.body.firstElementChild;
  target?.parentNode?.insertBefore(box, target);
}

function reflow(doc: Document) {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let i = 0;
  for (const node of nodes) {
    node.data = node.data.replace(/ /g, () => {
      i += 1;
      return i % 6 === 0 ? '\n      ' : ' ';
    });
  }
}

function wrap(doc: Document) {
  const outer = doc.createElement('div');
  outer.className = 'layout-shell';
  const inner = doc.createElement('section');
  inner.className = 'story-body';
  outer.appendChild(inner);
  while (doc.body.firstChild) inner.appendChild(doc.body.firstChild);
  doc.body.appendChild(outer);
}

/** Applies one edit; returns the selectors the reader saved (the typo case saved a typo). */
function applyEdit(doc: Document, placed: Placed[], edit: Edit, next: () => number): Placed[] {
  const all = edit === 'all of these at once';
  let saved = placed;
  if (edit === 'typo fixed inside quotes' || all) {
    // Every fifth highlight was made when the page still had a typo in the passage.
    saved = placed.map((p, i) => {
      const exact = p.quote.exact;
      if (i % 5 !== 0 || exact.length < 12) return p;
      const at = 4 + Math.floor(next() * (exact.length - 8));
      const typo =
        exact.slice(0, at) + (exact[at + 1] ?? '') + (exact[at] ?? '') + exact.slice(at + 2);
      return { ...p, quote: { ...p.quote, exact: typo } };
    });
  }
  if (edit === 'paragraph with a highlight removed' || all) {
    const victim = placed[Math.floor(next() * placed.length)]?.paragraph;
    victim?.remove();
  }
  if (edit === 'paragraph inserted before' || all) {
    insertBefore(
      doc,
      placed,
      '<p>Update: this article was corrected to reflect the company’s statement on Wednesday.</p>',
    );
  }
  if (edit === 'ad block injected' || all) {
    const connected = placed.map((p) => p.paragraph).filter((p) => p.isConnected);
    const middle = connected[Math.floor(connected.length / 2)];
    const ad = doc.createElement('aside');
    ad.className = 'ad-slot';
    ad.innerHTML =
      '<p>Advertisement</p><p>Upgrade your cloud today. Fast GPUs, flexible plans, no lock-in.</p>';
    middle?.parentNode?.insertBefore(ad, middle);
  }
  if (edit === 'article wrapped in new containers' || all) wrap(doc);
  if (edit === 'whitespace and line-break reflow' || all) reflow(doc);
  return saved;
}

export interface EditFigures {
  /** Highlights whose text is still on the page. */
  readonly present: number;
  readonly reanchored: number;
  /** Highlights whose text is gone. */
  readonly gone: number;
  readonly orphaned: number;
  /** Placed on other text: must be 0. */
  readonly misplaced: number;
}

export interface RobustnessReport {
  readonly pages: number;
  readonly highlights: number;
  readonly byEdit: Readonly<Record<Edit, EditFigures>>;
  readonly total: EditFigures;
  /** Share of highlights found in the Readability text of the unedited page. */
  readonly readabilityShare: number;
  /** Where misplacements happened (for --verbose). */
  readonly misses: readonly string[];
}

export function measureRobustness(
  pages: readonly { slug: string; html: string }[],
  { readability = true }: { readability?: boolean } = {},
): RobustnessReport {
  const empty = (): EditFigures => ({
    present: 0,
    reanchored: 0,
    gone: 0,
    orphaned: 0,
    misplaced: 0,
  });
  const byEdit = Object.fromEntries(EDITS.map((e) => [e, empty()])) as Record<Edit, EditFigures>;
  const misses: string[] = [];
  let used = 0;
  let highlights = 0;
  let inReadability = 0;
  for (const { slug, html } of pages) {
    const url = `https://fixtures.example/${slug}`;
    const original = place(parseHtml(html, url), slug);
    if (original.length < HIGHLIGHTS_PER_PAGE) continue;
    used += 1;
    highlights += original.length;
    if (readability) {
      const read = readArticle(parseHtml(html, url));
      const readText = read.ok ? normalizeText(read.text) : '';
      inReadability += original.filter((p) => anchorQuote(readText, p.quote, p.position)).length;
    }
    for (const edit of EDITS) {
      const doc = parseHtml(html, url);
      const placed = place(doc, slug);
      const saved = applyEdit(doc, placed, edit, random(`${slug}:${edit}`));
      const map = buildTextMap(doc.body);
      const f = byEdit[edit] as { -readonly [K in keyof EditFigures]: number };
      saved.forEach((p, i) => {
        const found = anchorQuote(map.text, p.quote, p.position);
        const truth = placed[i] as Placed;
        if (!truth.paragraph.isConnected) {
          f.gone += 1;
          if (found) {
            f.misplaced += 1;
            misses.push(
              `${slug} · ${edit}: "${p.quote.exact}" placed on "${map.text.slice(found.start, found.end)}"`,
            );
          } else f.orphaned += 1;
          return;
        }
        f.present += 1;
        const s = span(map, truth.paragraph);
        if (!found || !s) return;
        const right =
          Math.abs(found.start - s[0] - truth.localStart) <= TOLERANCE &&
          Math.abs(found.end - s[0] - truth.localEnd) <= TOLERANCE;
        if (right) f.reanchored += 1;
        else {
          f.misplaced += 1;
          misses.push(
            `${slug} · ${edit}: "${p.quote.exact}" placed on "${map.text.slice(found.start, found.end)}"`,
          );
        }
      });
    }
  }
  const total = empty() as { -readonly [K in keyof EditFigures]: number };
  for (const f of Object.values(byEdit)) {
    for (const key of Object.keys(total) as (keyof EditFigures)[]) total[key] += f[key];
  }
  return {
    pages: used,
    highlights,
    byEdit,
    total,
    readabilityShare: highlights === 0 ? 0 : inReadability / highlights,
    misses,
  };
}

const share = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** The figures as `npm run eval` prints them. */
export function formatRobustness(r: RobustnessReport, verbose = false): string {
  const lines = [
    `Highlights: ${r.highlights} on ${r.pages} golden pages (${HIGHLIGHTS_PER_PAGE} each), anchored after each edit`,
    `${'edit'.padEnd(36)}${'re-anchored'.padStart(12)}${'orphaned'.padStart(10)}${'misplaced'.padStart(10)}`,
  ];
  for (const [edit, f] of Object.entries(r.byEdit)) {
    lines.push(
      `${edit.padEnd(36)}${share(f.reanchored, f.present).padStart(12)}${share(f.orphaned, f.gone).padStart(10)}${String(f.misplaced).padStart(10)}`,
    );
  }
  const t = r.total;
  lines.push(
    `${'all edits'.padEnd(36)}${share(t.reanchored, t.present).padStart(12)}${share(t.orphaned, t.gone).padStart(10)}${String(t.misplaced).padStart(10)}   targets: >= 95%, 100%, 0`,
    `highlights found in the Readability text of the unedited page: ${share(r.readabilityShare * 1000, 1000)} (the rest lie outside the article: navigation, captions, comments)`,
  );
  if (verbose) lines.push(...r.misses);
  return lines.join('\n');
}
