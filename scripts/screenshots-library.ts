/**
 * `npx tsx scripts/screenshots-library.ts`: screenshots of the popup and the library for the
 * README (docs/screenshots/), from the demo site in a real Chromium with the built extension.
 * Build first (`npm run build`).
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoServer } from './lib/demo-server.ts';
import { launchWithExtension } from './lib/launch.ts';

const OUT = 'docs/screenshots';
const READ = [
  '/northwind-wire/amazon-odyssey-investment.html',
  '/margin-moat/aws-trainium-project-rainier.html',
  '/compute-notes/infrastructure-over-models.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/circuit-ledger/anthropic-new-funding-round.html',
  '/northwind-wire/nvidia-record-quarter.html',
  '/margin-moat/nvidia-earnings-blackwell.html',
  '/compute-notes/week-in-ai-infrastructure.html',
];
const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';

async function read(page: Page, url: string) {
  await page.goto(url);
  await page
    .locator('[data-testid="backstory-tab"][data-saved="true"]')
    .waitFor({ timeout: 15_000 });
}

async function activeTabId(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({
      active: true,
    });
    return tab?.id ?? -1;
  });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const demo = await startDemoServer();
  const { context, extensionId } = await launchWithExtension();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(o: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({
        settings: { dwellSeconds: 0 },
      }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    for (const path of READ) await read(page, demo.origin + path);
    await page.goto(demo.origin + ARTICLE);
    await page.getByTestId('backstory-tab').waitFor();
    await page.bringToFront();
    const tabId = await activeTabId(context);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 340, height: 520 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-verdict').waitFor();
    await popup.locator('main').screenshot({ path: `${OUT}/popup.png` });

    const library = await context.newPage();
    await library.setViewportSize({ width: 1000, height: 760 });
    const base = `chrome-extension://${extensionId}/library.html`;
    await library.goto(`${base}#/search?q=${encodeURIComponent('world models')}`);
    await library.getByTestId('search-hit').first().waitFor();
    await library.screenshot({ path: `${OUT}/library-search.png` });
    await library.goto(`${base}#/company/amazon`);
    await library.getByTestId('company-chart').waitFor();
    await library.screenshot({ path: `${OUT}/library-company.png`, fullPage: true });
    await library.goto(`${base}#/history`);
    await library.getByTestId('history-item').first().waitFor();
    await library.screenshot({ path: `${OUT}/library.png` });
    await library.goto(`${base}#/settings`);
    await library.getByTestId('storage-use').waitFor();
    await library.screenshot({ path: `${OUT}/library-settings.png`, fullPage: true });
    console.log(`Screenshots written to ${OUT}/`);
  } finally {
    await context.close();
    await demo.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
