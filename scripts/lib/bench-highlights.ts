/**
 * `npm run bench` figures for highlights: anchoring 100 highlights on a 5,000-word page in
 * Chromium (stored positions intact, and shifted so every quote is searched), and painting them.
 */
import type { BrowserContext } from 'playwright-core';
import type { DemoServer } from './demo-server.ts';
import { median } from './stats.ts';
import { pageBundle } from './page-bundle.ts';

const PATH = '/bench/highlights-5000-words.html';
const VOCABULARY =
  'the company said its model training cluster would double capacity next year while investors questioned margins on inference chips cloud revenue grew faster than expected analysts noted the startup raised funding from a strategic partner and regulators asked for more detail on safety testing of frontier systems'.split(
    ' ',
  );

/** A 5,000-word article of plausible sentences (50 paragraphs of 100 words), the same every run. */
function longArticle(): string {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const paragraphs: string[] = [];
  for (let p = 0; p < 50; p += 1) {
    const words: string[] = [];
    for (let w = 0; w < 100; w += 1) {
      const word = VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string;
      words.push(w % 12 === 11 ? `${word}.` : word);
    }
    paragraphs.push(`<p>${words.join(' ')} (paragraph ${p + 1}).</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article</title></head><body><article><h1>Benchmark article</h1>${paragraphs.join('\n')}</article></body></html>`;
}

export interface HighlightBench {
  readonly words: number;
  readonly highlights: number;
  readonly anchorMedianMs: number;
  readonly anchorShiftedMedianMs: number;
  readonly paintMedianMs: number;
}

export async function benchHighlights(
  context: BrowserContext,
  demo: DemoServer,
  runs: number,
): Promise<HighlightBench> {
  demo.override(PATH, longArticle());
  const script = await pageBundle('scripts/lib/bench-highlights-entry.ts');
  const page = await context.newPage();
  const samples: {
    words: number;
    highlights: number;
    intactMs: number;
    shiftedMs: number;
    paintMs: number;
  }[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto(demo.origin + PATH);
    await page.addScriptTag({ content: script });
    samples.push(
      await page.evaluate(() =>
        (window as unknown as { __highlightBench: (n: number) => Promise<never> }).__highlightBench(
          100,
        ),
      ),
    );
  }
  await page.close();
  return {
    words: samples[0]?.words ?? 0,
    highlights: samples[0]?.highlights ?? 0,
    anchorMedianMs: median(samples.map((s) => s.intactMs)),
    anchorShiftedMedianMs: median(samples.map((s) => s.shiftedMs)),
    paintMedianMs: median(samples.map((s) => s.paintMs)),
  };
}
