/**
 * The page cannot read Backstory's UI. In the shipped build the tab, the sidebar and the highlight
 * toolbar live in closed shadow roots: from the page's side the host element is an empty box, and
 * nothing of the sidebar's text is reachable. (The other end-to-end tests load the e2e build, whose
 * roots are open so that Playwright can look inside; see entrypoints/content/shadow-mode.ts.)
 */
import { launchWithExtension } from '../../scripts/lib/launch.ts';
import { expect, test } from './fixtures.ts';

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** Every shadow root under `node`, as the browser's DevTools protocol sees them (closed too). */
function shadowRoots(node: DomNode): (DomNode & { shadowRootType?: string })[] {
  const own = node.shadowRoots ?? [];
  return [...own, ...[...own, ...(node.children ?? [])].flatMap(shadowRoots)];
}

function hasTestId(node: DomNode, id: string): boolean {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) {
    if (attrs[i] === 'data-testid' && attrs[i + 1] === id) return true;
  }
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].some((c) => hasTestId(c, id));
}

test('in the shipped build the page finds only an empty host: the UI is in a closed shadow root', async ({
  demo,
}) => {
  const { context } = await launchWithExtension({ shipped: true });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => {
      type Storage = { storage: { local: { set(items: object): Promise<void> } } };
      const { chrome } = globalThis as unknown as { chrome: Storage };
      return chrome.storage.local.set({ settings: { dwellSeconds: 0, autoOpen: true } });
    });
    // Something to show: two reports of one event, the second opens with its backstory.
    const page = await context.newPage();
    await page.goto(`${demo.origin}/northwind-wire/amazon-odyssey-investment.html`);
    await page.waitForSelector('[data-backstory-ui]', { state: 'attached' });
    await page.goto(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
    await page.waitForSelector('[data-backstory-ui]', { state: 'attached' });

    // The browser itself shows the sidebar is there, open, in a closed root.
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
          root: DomNode;
        };
        const roots = shadowRoots(root).filter((r) => hasTestId(r, 'backstory-sidebar'));
        return roots.map((r) => r.shadowRootType);
      })
      .toEqual(['closed']);

    // The page sees none of it.
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('[data-backstory-ui]')];
      return {
        hosts: hosts.length,
        roots: hosts.filter((h) => h.shadowRoot !== null).length,
        children: hosts.reduce((n, h) => n + h.childNodes.length, 0),
        hostText: hosts.map((h) => h.textContent ?? '').join(''),
        bodyHasSidebarText: document.body.innerText.includes('Related stories'),
        found: document.querySelectorAll('[data-testid]').length,
      };
    });
    expect(seen.hosts).toBeGreaterThan(0);
    expect(seen).toMatchObject({
      roots: 0,
      children: 0,
      hostText: '',
      bodyHasSidebarText: false,
      found: 0,
    });
  } finally {
    await context.close();
  }
});
