import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

test('the keyboard-shortcut command toggles the sidebar; the page cannot fake it', async ({
  page,
  demo,
  context,
}) => {
  const ui = new SidebarPage(page);
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await expect(ui.tab).toBeVisible();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // What the background does when the reader presses the command's keys (Alt+Shift+B by default).
  const pressShortcut = () =>
    worker.evaluate(async () => {
      type Chrome = {
        tabs: {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: object): Promise<unknown>;
        };
      };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ active: true });
      if (tab?.id !== undefined)
        await chrome.tabs.sendMessage(tab.id, { type: 'background/toggle-sidebar' });
    });
  await pressShortcut();
  await expect(ui.sidebar).toBeVisible();
  await pressShortcut();
  await expect(ui.sidebar).toHaveCount(0);

  // The same message from the page itself does nothing.
  await page.evaluate(() => {
    window.postMessage({ type: 'background/toggle-sidebar' }, '*');
    document.dispatchEvent(new CustomEvent('background/toggle-sidebar'));
  });
  await page.waitForTimeout(300);
  await expect(ui.sidebar).toHaveCount(0);

  const manifest = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): { commands?: object } } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.commands).toMatchObject({
    'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+B' } },
  });
});
