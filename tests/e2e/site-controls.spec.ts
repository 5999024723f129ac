import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';

async function storedSettings(context: BrowserContext) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    type Chrome = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.storage.local.get('settings')).settings as {
      excludedHosts?: string[];
      pausedHosts?: Record<string, number>;
    };
  });
}

for (const control of ['pause-site', 'never-site'] as const) {
  test(`"${control}" removes Backstory from the site at once and on later visits`, async ({
    page,
    demo,
    context,
  }) => {
    const ui = new SidebarPage(page);
    await ui.visit(demo.origin + ARTICLE);
    await ui.open();
    await ui.sidebar.getByTestId(control).click();
    await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
    const settings = await storedSettings(context);
    if (control === 'never-site') expect(settings.excludedHosts).toContain('127.0.0.1');
    else expect(settings.pausedHosts?.['127.0.0.1']).toBeGreaterThan(Date.now());

    await ui.visit(`${demo.origin}/northwind-wire/nvidia-record-quarter.html`);
    await page.waitForLoadState('load');
    // Absence cannot be awaited: give the content script more than its idle deadline to act.
    await page.waitForTimeout(1_500);
    await expect(page.locator('[data-backstory-ui]')).toHaveCount(0);
  });
}
