import { describe, expect, it } from 'vitest';
import { prefilter } from '../../lib/detect/prefilter.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

const URL_DEEP = 'https://news.example.com/2026/11/03/story';

function check(head: string, body = '', url = URL_DEEP) {
  const doc = parseHtml(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    url,
  );
  return prefilter(doc, new URL(url));
}

const ld = (type: string) => `<script type="application/ld+json">{"@type": "${type}"}</script>`;

describe('prefilter', () => {
  it.each([
    ['og:type article', '<meta property="og:type" content="article">', ''],
    ['JSON-LD NewsArticle', ld('NewsArticle'), ''],
    ['JSON-LD OpinionNewsArticle', ld('OpinionNewsArticle'), ''],
    ['JSON-LD BlogPosting', ld('BlogPosting'), ''],
    ['published time', '<meta property="article:published_time" content="2026-11-03">', ''],
    ['article markup', '', '<article><h1>Headline</h1><p>Text</p></article>'],
  ])('passes a page with %s', (_, head, body) => {
    expect(check(head, body).pass).toBe(true);
  });

  it.each([
    ['a product page', `<meta property="og:type" content="product">${ld('Product')}`, ''],
    ['search results', ld('SearchResultsPage'), '<h1>Results</h1>'],
    ['a plain page', '<title>Dashboard</title>', '<div><h1>Dashboard</h1></div>'],
  ])('rejects %s', (_, head, body) => {
    expect(check(head, body).pass).toBe(false);
  });

  it('rejects a site home page even when it claims to be an article', () => {
    const result = check('<meta property="og:type" content="article">', '', 'https://example.com/');
    expect(result).toEqual({ pass: false, reason: 'site home page' });
  });

  it('lets an article type win over a product mentioned in the same JSON-LD', () => {
    expect(check(ld('NewsArticle') + ld('Product')).pass).toBe(true);
  });
});
