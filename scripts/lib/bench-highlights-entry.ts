/**
 * The highlight benchmark inside a real Chromium page (bundled by bench-highlights.ts): 100
 * highlights on the page's text, anchored as on a visit (stored positions intact, then shifted by
 * an inserted paragraph), and painted with the content script's painter.
 */
import { createPainter } from '../../entrypoints/content/highlights/painter.ts';
import { anchorQuote } from '../../lib/highlights/anchor.ts';
import { type Described, describe } from '../../lib/highlights/selectors.ts';
import { buildTextMap, pointsFor, toRange } from '../../lib/highlights/text-map.ts';

const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));

function place(count: number): Described[] {
  const map = buildTextMap(document.body);
  const words = [...map.text.matchAll(/\S+/g)];
  const out: Described[] = [];
  for (let i = 0; i < count; i += 1) {
    const from = Math.floor((i / count) * (words.length - 30));
    const first = words[from] as RegExpMatchArray;
    const last = words[from + 6 + (i % 15)] as RegExpMatchArray;
    const d = describe(map.text, first.index ?? 0, (last.index ?? 0) + last[0].length);
    if (d) out.push(d);
  }
  return out;
}

function anchorAll(selectors: readonly Described[]) {
  const map = buildTextMap(document.body);
  const ranges: Range[] = [];
  for (const s of selectors) {
    const found = anchorQuote(map.text, s.quote, s.position);
    const points = found ? pointsFor(map, found.start, found.end) : null;
    if (points) ranges.push(toRange(points, document));
  }
  return ranges;
}

async function run(count: number) {
  const selectors = place(count);
  const words = buildTextMap(document.body).text.split(' ').length;
  let t = performance.now();
  const ranges = anchorAll(selectors);
  const intactMs = performance.now() - t;
  const painter = createPainter();
  await frame();
  t = performance.now();
  painter.paint(
    ranges.map((range, i) => ({ id: String(i), color: i % 2 ? 'fact' : 'claim', range })),
  );
  await frame();
  await frame();
  const paintMs = performance.now() - t;
  painter.clear();
  const extra = document.createElement('p');
  extra.textContent = 'An editor’s note inserted above the article shifts every stored position.';
  document.body.prepend(extra);
  t = performance.now();
  const shifted = anchorAll(selectors);
  const shiftedMs = performance.now() - t;
  extra.remove();
  return {
    words,
    highlights: selectors.length,
    anchored: shifted.length,
    intactMs,
    shiftedMs,
    paintMs,
  };
}

(window as unknown as { __highlightBench: typeof run }).__highlightBench = run;
