/**
 * `npm run demo`: builds Backstory, serves the demo site on 127.0.0.1, starts Chromium with the
 * extension, reads a few articles so the archive fills, then opens one more with its sidebar.
 * Headed when a display is available; otherwise (or with --headless) it prints what the sidebar
 * shows and writes screenshots to .demo/.
 */
import { mkdir } from 'node:fs/promises';
import { startDemoServer } from './lib/demo-server.ts';
import { buildExtension } from './lib/build.ts';
import { launchWithExtension } from './lib/launch.ts';

const READ_FIRST = [
  '/northwind-wire/nvidia-record-quarter.html',
  '/circuit-ledger/anthropic-new-funding-round.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/compute-notes/infrastructure-over-models.html',
  '/northwind-wire/amazon-odyssey-investment.html',
  '/circuit-ledger/meta-superintelligence-hiring.html',
];
const SHOW = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const OUT = '.demo';

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

async function main() {
  console.log('Building the extension…');
  buildExtension();
  const demo = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
  console.log(`Demo site: ${demo.origin}/`);
  const { context, extensionId } = await launchWithExtension({ headless });
  console.log(
    `Chromium started ${headless ? 'headless' : 'with a window'}; extension ${extensionId}`,
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The demo reads fast: an article counts as read after one second instead of the default.
  await worker.evaluate(() => {
    type Storage = { storage: { local: { set(items: object): Promise<void> } } };
    const { chrome } = globalThis as unknown as { chrome: Storage };
    return chrome.storage.local.set({ settings: { dwellSeconds: 1 } });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const tab = page.getByTestId('backstory-tab');

  for (const path of READ_FIRST) {
    await page.goto(demo.origin + path);
    await page
      .locator('[data-testid="backstory-tab"][data-saved="true"]')
      .waitFor({ timeout: 15_000 });
    console.log(`  read ${path}`);
  }
  await page.goto(demo.origin + SHOW);
  await tab.waitFor({ state: 'visible', timeout: 10_000 });
  await tab.click();
  const sidebar = page.getByTestId('backstory-sidebar');
  await sidebar.waitFor({ state: 'visible' });
  // The reader stays a moment: the article is saved, then the sidebar says so.
  await sidebar.getByText(/· saved$/).waitFor({ timeout: 15_000 });
  // Let the slide-in animation finish before reading or photographing the sidebar.
  await sidebar.evaluate((element) => Promise.all(element.getAnimations().map((a) => a.finished)));

  console.log(`\nThe sidebar on ${SHOW}:\n`);
  console.log((await sidebar.innerText()).replace(/^/gm, '  │ '));

  if (headless) {
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}/sidebar.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${OUT}/sidebar-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await sidebar.getByTestId('company-chip').first().click();
    await sidebar.getByTestId('coverage-chart').waitFor();
    await page.screenshot({ path: `${OUT}/company.png` });
    const library = await context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await library.getByTestId('library-stats').waitFor();
    await library.screenshot({ path: `${OUT}/library.png`, fullPage: true });
    console.log(
      `\nScreenshots in ${OUT}/: sidebar.png, sidebar-dark.png, company.png, library.png`,
    );
    await context.close();
    await demo.close();
    return;
  }
  console.log('\nThe browser stays open: explore the demo site, then close the window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await demo.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
