import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { launchWithExtension } from '../../scripts/lib/launch.ts';

export interface ExtensionFixtures {
  /** Reader settings stored before the test starts (see lib/settings). */
  settings: Record<string, unknown>;
  /** A fresh Chromium profile with the built extension loaded. */
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (`popup.html`, `library.html`) in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export interface WorkerFixtures {
  demo: DemoServer;
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  demo: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
    async ({}, use) => {
      const server = await startDemoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  settings: [{ dwellSeconds: 0 }, { option: true }],
  context: async ({ settings, colorScheme }, use) => {
    const { context } = await launchWithExtension({
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Tests read articles in an instant: by default an article counts as read at once.
    await worker.evaluate((value) => {
      type Storage = { storage: { local: { set(items: object): Promise<void> } } };
      const { chrome } = globalThis as unknown as { chrome: Storage };
      return chrome.storage.local.set({ settings: value });
    }, settings);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect } from '@playwright/test';
