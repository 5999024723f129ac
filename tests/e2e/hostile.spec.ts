import { expect, test } from './fixtures.ts';
import { openPopupFor } from './popup-page.ts';
import { SidebarPage } from './sidebar-page.ts';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const RTL = '\u202Eevil\u202C';

/** An AI-industry article whose every page-derived field carries markup and tricks. */
function hostilePage(): string {
  const escaped = PAYLOAD.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  const body = Array.from(
    { length: 14 },
    (_, i) =>
      `<p>Nvidia said demand for its Blackwell AI chips from OpenAI, Microsoft and Amazon data centres kept growing in paragraph ${i}, as the company raised its forecast for AI accelerators and inference clusters again.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escaped} Nvidia raises its AI chip forecast</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escaped}${RTL}">
<link rel="canonical" href="javascript:window.__pwned=3">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${PAYLOAD.replace(/"/g, '\\"')} Nvidia raises its AI chip forecast","datePublished":"2026-11-20T10:00:00Z","author":{"@type":"Person","name":"${RTL}${'A'.repeat(3000)}"}}</script>
</head><body><article><h1>${escaped} Nvidia raises its AI chip forecast</h1>
<p class="byline">By ${escaped}</p>${body}</article></body></html>`;
}

test('hostile titles, bylines, site names and URLs are rendered as inert text', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  demo.override('/hostile/nvidia-forecast.html', hostilePage());
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/hostile/nvidia-forecast.html`);
  await ui.open();
  await expect(ui.title).toContainText('<img src=x onerror=');
  await expect(ui.title).toContainText('Nvidia raises its AI chip forecast');
  const root = page.locator('[data-backstory-ui]');
  expect(
    await root.evaluate((host) => host.shadowRoot?.querySelectorAll('img, script').length),
  ).toBe(0);
  // Every link Backstory renders is http(s); the javascript: canonical was never used.
  const hrefs = await ui.sidebar
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();

  // The popup describes the same page: as text, with nothing injected.
  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.locator('body')).toContainText('<img src=x onerror=');
  expect(await popup.locator('img, svg, [onerror], [onload]').count()).toBe(0);
  for (const href of await popup
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    expect(href).toMatch(/^(https?|chrome-extension):/);
  }
  expect(
    await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});
