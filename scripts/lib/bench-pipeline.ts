import type { BrowserContext } from 'playwright-core';
import type { DemoServer } from './demo-server.ts';
import { median } from './stats.ts';

declare global {
  interface Window {
    __backstoryBench: {
      prefilter: (doc: Document, url: URL) => unknown;
      analyzePage: (doc: Document, url: string) => { isAIIndustry: boolean; wordCount: number };
      analyzeHtml: (html: string, url: string) => { isAIIndustry: boolean; wordCount: number };
    };
  }
}

/** Chromium flags for `heapAfterPages`: `gc()` in pages and exact heap sizes. */
export const HEAP_FLAGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/** Demo pages analysed in turn for the heap measurement (articles and not). */
const HEAP_PAGES = [
  '/compute-notes/week-in-ai-infrastructure.html',
  '/circuit-ledger/amazon-backs-odyssey-world-models.html',
  '/northwind-wire/amazon-odyssey-investment.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/compute-notes/infrastructure-over-models.html',
  '/northwind-wire/amazon-rainforest-deforestation.html',
  '/kitchen/apple-crumble.html',
  '/circuit-ledger/',
];

export const NON_ARTICLE_PAGES = [
  '/',
  '/circuit-ledger/',
  '/margin-moat/',
  '/shop/noise-cancelling-headphones.html',
  '/northwind-wire/',
];
export const ARTICLE_1500 = '/compute-notes/week-in-ai-infrastructure.html';
export const LARGE_PAGE = '/bench/ten-thousand-words.html';

/** A 10,000-word article page made by repeating the long demo article's body paragraphs. */
export async function serveLargePage(demo: DemoServer): Promise<void> {
  const html = await (await fetch(demo.origin + ARTICLE_1500)).text();
  const paragraphs = [...html.matchAll(/<p>([^<]{80,}?)<\/p>/g)].map((m) => m[1]);
  const body: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length] ?? 'AI infrastructure keeps growing.';
    body.push(`<p>${paragraph}</p>`);
    words += paragraph.split(/\s+/).length;
  }
  demo.override(
    LARGE_PAGE,
    html.replace(
      /<article([^>]*)>[\s\S]*<\/article>/,
      `<article$1><h1>The long read</h1>${body.join('\n')}</article>`,
    ),
  );
}

/**
 * Runs the pipeline (or the pre-filter) in the page and returns per-call durations in ms. Pages
 * see a coarsened clock (0.1 ms steps), so fast calls are timed in batches and averaged.
 */
async function timeInPage(
  context: BrowserContext,
  url: string,
  script: string,
  which: 'prefilter' | 'analyzePage',
  runs: number,
): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  const samples = await page.evaluate(
    ({ which, runs }) => {
      const bench = window.__backstoryBench;
      const batch = which === 'prefilter' ? 100 : 1;
      const out: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const t0 = performance.now();
        for (let j = 0; j < batch; j += 1) {
          if (which === 'prefilter') bench.prefilter(document, new URL(location.href));
          else bench.analyzePage(document, location.href);
        }
        out.push((performance.now() - t0) / batch);
      }
      return out;
    },
    { which, runs },
  );
  await page.close();
  return samples;
}

export async function benchPipeline(
  context: BrowserContext,
  origin: string,
  script: string,
  runs: number,
) {
  const prefilter: number[] = [];
  for (const path of NON_ARTICLE_PAGES) {
    prefilter.push(...(await timeInPage(context, origin + path, script, 'prefilter', runs * 4)));
  }
  const analyze = await timeInPage(context, origin + ARTICLE_1500, script, 'analyzePage', runs);
  const large = await timeInPage(
    context,
    origin + LARGE_PAGE,
    script,
    'analyzePage',
    Math.max(5, Math.round(runs / 2)),
  );
  return {
    prefilterMedianMs: median(prefilter),
    analyzeMedianMs: median(analyze),
    analyzeLargeMedianMs: median(large),
  };
}

/**
 * The heap of a document that analyses page after page as the offscreen document does (parse the
 * HTML, analyse the copy), after 10 and after 200 pages, each read after a full garbage
 * collection: launch the browser with HEAP_FLAGS. Flat means nothing is kept.
 */
export async function heapAfterPages(context: BrowserContext, origin: string, script: string) {
  const htmls = await Promise.all(
    HEAP_PAGES.map(async (path) => (await fetch(origin + path)).text()),
  );
  const page = await context.newPage();
  await page.goto(`${origin}/kitchen/apple-crumble.html`, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  // No named functions inside: the bundler would wrap them in a helper the page does not have.
  const heap = await page.evaluate(
    async ({ htmls, origin }) => {
      const { gc } = globalThis as unknown as { gc?: () => void };
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      if (!gc || !memory) return null;
      const at: number[] = [];
      for (let i = 1; i <= 200; i += 1) {
        window.__backstoryBench.analyzeHtml(
          htmls[i % htmls.length] as string,
          `${origin}/heap/${i}.html`,
        );
        if (i === 10 || i === 200) {
          await new Promise((done) => setTimeout(done, 0));
          gc();
          at.push(memory.usedJSHeapSize / 1e6);
        }
      }
      return { after10: at[0] ?? 0, after200: at[1] ?? 0 };
    },
    { htmls, origin },
  );
  await page.close();
  return { heapMbAfter10: heap?.after10 ?? null, heapMbAfter200: heap?.after200 ?? null };
}
