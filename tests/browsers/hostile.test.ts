import { expect, test } from 'vitest';
import { tabIdOf } from './harness/extension.ts';
import { useBrowser } from './harness/session.ts';
import { Sidebar, eventually, testId, text } from './harness/ui.ts';

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

const scenario = useBrowser();

test('hostile titles, bylines, site names and URLs are rendered as inert text', async () => {
  const { session, demo } = scenario;
  const page = session.page;
  demo.override('/hostile/nvidia-forecast.html', hostilePage());
  const ui = new Sidebar(page);
  await ui.read(`${demo.origin}/hostile/nvidia-forecast.html`);
  await ui.open();
  await eventually(() => text(page, Sidebar.title)).toContain('<img src=x onerror=');
  expect(await text(page, Sidebar.title)).toContain('Nvidia raises its AI chip forecast');
  expect(
    await page.$eval(
      '[data-backstory-ui]',
      (host) => host.shadowRoot?.querySelectorAll('img, script').length,
    ),
  ).toBe(0);
  // Every link Backstory renders is http(s); the javascript: canonical was never used.
  const hrefs = await page.$$eval(`${Sidebar.panel} a`, (links) =>
    links.map((a) => a.getAttribute('href')),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // The popup describes the same page: as text, with nothing injected.
  const popup = await session.openExtensionPage(`popup.html?tab=${await tabIdOf(session, page)}`);
  await eventually(() => text(popup, testId('backstory-popup'))).toContain('<img src=x onerror=');
  expect(await popup.$$eval('img, svg, [onerror], [onload]', (found) => found.length)).toBe(0);
  for (const href of await popup.$$eval('a[href]', (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  )) {
    expect(href).toMatch(/^(https?|chrome-extension|moz-extension):/);
  }
  expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
