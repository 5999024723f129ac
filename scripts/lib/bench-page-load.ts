import type { BrowserContext, Page } from 'playwright-core';
import { median } from './stats.ts';

export const NON_ARTICLES = ['/', '/shop/noise-cancelling-headphones.html', '/margin-moat/'];
export const ARTICLES = [
  '/circuit-ledger/amazon-backs-odyssey-world-models.html',
  '/northwind-wire/nvidia-record-quarter.html',
  '/compute-notes/week-in-ai-infrastructure.html',
];

/** Collects long tasks and the largest contentful paint from the start of every page load. */
const OBSERVE = () => {
  const w = window as unknown as { __bench: { longTasks: number[]; lcp: number } };
  w.__bench = { longTasks: [], lcp: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

interface Load {
  loadMs: number;
  lcpMs: number;
  longTasks: number;
}

async function load(page: Page, url: string, settleMs: number): Promise<Load> {
  await page.goto(url, { waitUntil: 'load' });
  // Long tasks caused by the extension come after load (it waits for idle): watch a while.
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const bench = (window as unknown as { __bench: { longTasks: number[]; lcp: number } }).__bench;
    return {
      loadMs: nav?.loadEventEnd ?? 0,
      lcpMs: bench.lcp,
      longTasks: bench.longTasks.filter((d) => d > 50).length,
    };
  });
}

/**
 * Loads the same pages in turn in a browser with the extension, one without and one with the
 * control extension (an empty content script: `control-extension.ts`), in one run, and compares:
 * load event and LCP ratios (with / without), long tasks over 50 ms, and the control's load
 * ratio, which is what Chromium charges for injecting any content script.
 */
export async function benchPageLoad(
  withExt: BrowserContext,
  without: BrowserContext,
  control: BrowserContext,
  origin: string,
  rounds: number,
) {
  const contexts = [withExt, without, control];
  for (const context of contexts) await context.addInitScript(OBSERVE);
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  const results = { article: [[], [], []] as Load[][], nonArticle: [[], [], []] as Load[][] };
  for (let round = 0; round < rounds; round += 1) {
    for (const [kind, paths] of [
      ['article', ARTICLES],
      ['nonArticle', NON_ARTICLES],
    ] as const) {
      for (const path of paths) {
        // Rotate which browser goes first, so none always gets the warmer machine.
        const order = [0, 1, 2].map((k) => (k + round) % 3);
        for (const i of order) {
          const page = pages[i] as Page;
          results[kind][i]?.push(await load(page, origin + path, kind === 'article' ? 1_200 : 400));
        }
      }
    }
  }
  const ratio = (kind: 'article' | 'nonArticle', pick: (l: Load) => number, of = 0) =>
    median((results[kind][of] ?? []).map(pick)) /
    Math.max(0.001, median((results[kind][1] ?? []).map(pick)));
  const extra = (kind: 'article' | 'nonArticle') =>
    (results[kind][0] ?? []).reduce((n, l) => n + l.longTasks, 0) -
    (results[kind][1] ?? []).reduce((n, l) => n + l.longTasks, 0);
  return {
    ratioNonArticle: ratio('nonArticle', (l) => l.loadMs),
    ratioArticle: ratio('article', (l) => l.loadMs),
    lcpRatioNonArticle: ratio('nonArticle', (l) => l.lcpMs),
    lcpRatioArticle: ratio('article', (l) => l.lcpMs),
    controlRatioNonArticle: ratio('nonArticle', (l) => l.loadMs, 2),
    controlRatioArticle: ratio('article', (l) => l.loadMs, 2),
    longTasksOver50ms: Math.max(0, extra('article') + extra('nonArticle')),
    loads: (results.article[0]?.length ?? 0) + (results.nonArticle[0]?.length ?? 0),
    loadMs: {
      nonArticle: results.nonArticle.map((loads) => median(loads.map((l) => l.loadMs))),
      article: results.article.map((loads) => median(loads.map((l) => l.loadMs))),
    },
  };
}

/** Detection → tab visible (user-timing marks of the content script) and click → populated sidebar. */
export async function benchSidebar(context: BrowserContext, origin: string, rounds: number) {
  const page = await context.newPage();
  const tabMs: number[] = [];
  const openMs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const path of ARTICLES) {
      await page.goto(origin + path);
      await page.getByTestId('backstory-tab').waitFor();
      // The click must be the reader's (trusted): Backstory ignores clicks a page script makes.
      // The page notes when it arrives and when the sidebar has content, for at most 5 s.
      // No named helpers inside: tsx would wrap them in a __name() the page does not have.
      await page.evaluate(() => {
        const w = window as unknown as { __bsOpen?: number | null };
        w.__bsOpen = null;
        window.addEventListener(
          'click',
          () => {
            const t0 = performance.now();
            const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
            void (async () => {
              while (
                !root?.querySelector('[data-testid="backstory-sidebar"] .bs-section') &&
                performance.now() - t0 < 5_000
              ) {
                await new Promise((resolve) => requestAnimationFrame(resolve));
              }
              w.__bsOpen = root?.querySelector('[data-testid="backstory-sidebar"] .bs-section')
                ? performance.now() - t0
                : Number.NaN;
            })();
          },
          { capture: true, once: true },
        );
      });
      await page.getByTestId('backstory-tab').click();
      await page.waitForFunction(
        () => (window as unknown as { __bsOpen?: number | null }).__bsOpen != null,
        undefined,
        { timeout: 10_000 },
      );
      const timing = await page.evaluate(() => {
        const tabAt = performance.getEntriesByName('backstory:tab')[0]?.startTime ?? Number.NaN;
        const detectedAt =
          performance.getEntriesByName('backstory:detected')[0]?.startTime ?? Number.NaN;
        const open = (window as unknown as { __bsOpen: number }).__bsOpen;
        return { tab: tabAt - detectedAt, open };
      });
      tabMs.push(timing.tab);
      openMs.push(timing.open);
    }
  }
  await page.close();
  return { tabMs: median(tabMs), openMs: median(openMs) };
}
