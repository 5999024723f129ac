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
  ])('passes a page with %s, for its markup rather than its prose', (_, head, body) => {
    const result = check(head, body);
    expect(result.pass).toBe(true);
    expect(result.prose).toBeUndefined();
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

describe('prefilter on pages without article metadata', () => {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i}: the lab said its new model beats the previous one on reasoning benchmarks, and that it will publish the weights.</p>`;

  it('passes a blog post that is a run of paragraphs under a heading', () => {
    const body = `<h1>Our new model</h1><div class="post">${[0, 1, 2, 3, 4, 5].map(paragraph).join('')}</div>`;
    expect(check('<title>Blog</title>', body)).toEqual({
      pass: true,
      reason: 'a run of paragraphs',
      prose: true,
    });
  });

  it('passes a post marked og:type website (many blogs mark posts so)', () => {
    const body = `<h1>Our new model</h1><div>${[0, 1, 2, 3, 4, 5].map(paragraph).join('')}</div>`;
    expect(check('<meta property="og:type" content="website">', body).pass).toBe(true);
  });

  it('passes a newsletter laid out in tables: a page of text with few links', () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) =>
        `<tr><td><div>Item ${i}: a chip maker and a cloud provider signed a supply deal for accelerators.</div></td></tr>`,
    ).join('');
    expect(check('', `<table>${rows}</table>`)).toEqual({
      pass: true,
      reason: 'a page of text, few links',
      prose: true,
    });
  });

  it('rejects a page of links, however long', () => {
    const links = Array.from(
      { length: 60 },
      (_, i) =>
        `<li><a href="/s/${i}">Story ${i}: a chip maker and a cloud provider signed a deal</a></li>`,
    ).join('');
    expect(
      check('<meta property="og:type" content="website">', `<h1>Latest</h1><ul>${links}</ul>`).pass,
    ).toBe(false);
  });

  it('rejects short paragraphs under one parent (a teaser, a card)', () => {
    expect(check('', `<h1>Card</h1><div>${paragraph(0)}${paragraph(1)}</div>`).pass).toBe(false);
  });
});
