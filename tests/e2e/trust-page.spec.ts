/**
 * The page is hostile: its scripts try to drive Backstory with forged input, messages shaped like
 * ours and elements named like ours. None of it may store, change or open anything.
 */
import type { BrowserContext } from '@playwright/test';
import { archivedRecords } from './archive-probe.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const ARTICLE = '/circuit-ledger/amazon-backs-odyssey-world-models.html';

/** The number of archived articles, read in the background's own IndexedDB. */
const archivedCount = async (context: BrowserContext) =>
  (await archivedRecords(context, 'articles')).length;

async function storedSettings(context: BrowserContext): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    type Chrome = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.storage.local.get('settings')).settings;
  });
}

test.describe('forged input from the page', () => {
  // Nothing is saved by reading: only the Save button would store the article.
  test.use({ settings: { dwellSeconds: 3_600, scrollShare: 1 } });

  test('scripted clicks and keys on the sidebar do nothing; the reader’s own click works', async ({
    page,
    demo,
    context,
  }) => {
    const ui = new SidebarPage(page);
    await ui.visit(demo.origin + ARTICLE);
    await ui.open();
    const before = await storedSettings(context);
    const forged = await page.evaluate(() => {
      const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
      const click = (id: string) => {
        const target = root?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        target?.click();
        target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        return Boolean(target);
      };
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return {
        save: click('save-article'),
        never: click('never-site'),
        pause: click('pause-site'),
      };
    });
    // The page found our buttons (the root is open to it), and its clicks changed nothing.
    expect(forged).toEqual({ save: true, never: true, pause: true });
    await page.waitForTimeout(500);
    await expect(ui.sidebar).toBeVisible();
    expect(await archivedCount(context)).toBe(0);
    expect(await storedSettings(context)).toEqual(before);

    await ui.sidebar.getByTestId('save-article').click();
    await expect.poll(() => archivedCount(context)).toBe(1);
  });
});

test('messages, events and elements shaped like ours from a page do nothing', async ({
  page,
  demo,
  context,
}) => {
  const articleHtml = await (await fetch(demo.origin + ARTICLE)).text();
  await page.goto(`${demo.origin}/kitchen/apple-crumble.html`);
  const reachable = await page.evaluate(
    ({ html, url }) => {
      const forged = [
        { type: 'content/record-read', url, html },
        { type: 'content/analyze-page', url, html },
        { type: 'background/toggle-sidebar' },
        { type: 'library/get-overview', limit: 10 },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('backstory', { detail: message }));
        window.dispatchEvent(new MessageEvent('message', { data: message }));
      }
      const host = document.createElement('backstory-root');
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<div data-testid="backstory-tab">9 related</div>';
      document.body.append(host);
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      return typeof runtime?.sendMessage;
    },
    { html: articleHtml, url: demo.origin + ARTICLE },
  );
  // Web pages have no channel to the extension (no externally_connectable).
  expect(reachable).toBe('undefined');
  await page.waitForTimeout(1_000);
  expect(await archivedCount(context)).toBe(0);
  await expect(page.getByTestId('backstory-sidebar')).toHaveCount(0);
});

test('a page that claims our element name first cannot capture the sidebar', async ({
  page,
  demo,
}) => {
  const original = await (await fetch(demo.origin + ARTICLE)).text();
  const squatter = `<script>
    window.__captured = [];
    customElements.define('backstory-root', class extends HTMLElement {
      constructor() { super(); window.__captured.push(this.attachShadow({ mode: 'open' })); }
    });
  </script>`;
  demo.override('/squatted/article.html', original.replace('</head>', `${squatter}</head>`));
  const ui = new SidebarPage(page);
  await ui.visit(`${demo.origin}/squatted/article.html`);
  await page.waitForTimeout(1_500);
  const captured = await page.evaluate(() =>
    ((window as unknown as { __captured: ShadowRoot[] }).__captured ?? []).map(
      (root) => root.textContent ?? '',
    ),
  );
  expect(captured.join('')).not.toMatch(/related|Odyssey/);
  // And the reader still gets Backstory on the page.
  await expect(ui.tab).toContainText('related');
});
