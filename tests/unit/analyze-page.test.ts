import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze/analyze-page.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

const demoPage = (path: string) =>
  readFile(new URL(`../../demo-site/${path}`, import.meta.url), 'utf8');
const ORIGIN = 'http://127.0.0.1:8787';

describe('analyzePage on demo pages', () => {
  it('extracts a demo article without touching the page', async () => {
    const path = 'circuit-ledger/amazon-backs-odyssey-world-models.html';
    const doc = parseHtml(await demoPage(path), `${ORIGIN}/${path}?utm_source=x#comments`);
    const before = doc.documentElement.outerHTML;
    const result = analyzePage(doc, `${ORIGIN}/${path}?utm_source=x#comments`);
    expect(result.isArticle).toBe(true);
    expect(result.capture).toMatchObject({
      url: `${ORIGIN}/${path}`,
      siteName: 'The Circuit Ledger',
      lang: 'en',
    });
    expect(result.capture?.title).toBe(doc.querySelector('h1')?.textContent?.trim());
    expect(result.capture?.wordCount).toBeGreaterThan(500);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each(['shop/noise-cancelling-headphones.html', 'circuit-ledger/index.html'])(
    'says %s is not an article, with a reason',
    async (path) => {
      const result = analyzePage(
        parseHtml(await demoPage(path), `${ORIGIN}/${path}`),
        `${ORIGIN}/${path}`,
      );
      expect(result.isArticle).toBe(false);
      expect(result.capture).toBeNull();
      expect(result.reasons.length).toBeGreaterThan(0);
    },
  );

  it('rejects an empty document and a non-http URL without throwing', () => {
    expect(analyzePage(parseHtml('', `${ORIGIN}/a/b`), `${ORIGIN}/a/b`).isArticle).toBe(false);
    expect(analyzePage(parseHtml('<p>x</p>', 'about:blank'), 'file:///etc/x').isArticle).toBe(
      false,
    );
  });
});
