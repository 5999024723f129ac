// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../lib/extract/metadata.ts';

function page(head: string, body = '<article><h1>Headline</h1><p>Text.</p></article>'): Document {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline</title>${head}</head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}
const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const URL = 'https://www.example.com/tech/2025/11/04/story';
const NOW = Date.parse('2026-01-15T00:00:00Z');
const dates = (doc: Document) => {
  const { publishedAt, modifiedAt } = readMetadata(doc, URL, NOW);
  return { publishedAt, modifiedAt };
};

describe('readMetadata: dates', () => {
  it('reads JSON-LD datePublished and dateModified of the article, converted to UTC', () => {
    const doc = page(
      ld({
        '@type': 'NewsArticle',
        datePublished: '2025-11-04T10:00:00+01:00',
        dateModified: '2025-11-04T12:30:00-05:00',
      }),
    );
    expect(dates(doc)).toEqual({
      publishedAt: '2025-11-04T09:00:00.000Z',
      modifiedAt: '2025-11-04T17:30:00.000Z',
    });
  });

  it('prefers an article-type node over a WebPage in the same @graph', () => {
    const doc = page(
      ld({
        '@graph': [
          { '@type': 'WebPage', datePublished: '2025-01-01T00:00:00Z' },
          { '@type': ['ReportageNewsArticle'], datePublished: '2025-11-04T08:00:00Z' },
        ],
      }),
    );
    expect(dates(doc).publishedAt).toBe('2025-11-04T08:00:00.000Z');
  });

  it('uses a WebPage node as a last resort', () => {
    const doc = page(ld({ '@type': 'WebPage', datePublished: '2025-11-03' }));
    expect(dates(doc).publishedAt).toBe('2025-11-03T00:00:00.000Z');
  });

  it('prefers the article whose URL is the page over related articles listed first', () => {
    const related = {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'NewsArticle', url: 'https://www.example.com/old', datePublished: '2024-05-01' },
      ],
    };
    const main = { '@type': 'BlogPosting', url: URL, datePublished: '2025-11-04T06:00:00Z' };
    const doc = page(
      ld({
        '@graph': [
          {
            '@type': 'LiveBlogPosting',
            url: 'https://www.example.com/live',
            datePublished: '2025-10-01',
          },
          related,
          main,
        ],
      }),
    );
    expect(dates(doc).publishedAt).toBe('2025-11-04T06:00:00.000Z');
  });

  it('falls back to metas in order: article:published_time, parsely, sailthru, dc.date', () => {
    const metas = [
      '<meta property="article:published_time" content="2025-11-04T07:00:00-08:00">',
      '<meta name="parsely-pub-date" content="2025-11-03T00:00:00Z">',
      '<meta name="sailthru.date" content="2025-11-02 10:00:00">',
      '<meta name="dc.date" content="2025-11-01">',
    ];
    expect(dates(page(metas.join(''))).publishedAt).toBe('2025-11-04T15:00:00.000Z');
    expect(dates(page(metas.slice(1).join(''))).publishedAt).toBe('2025-11-03T00:00:00.000Z');
    expect(dates(page(metas.slice(2).join(''))).publishedAt).toBe('2025-11-02T10:00:00.000Z');
    expect(dates(page(metas.slice(3).join(''))).publishedAt).toBe('2025-11-01T00:00:00.000Z');
  });

  it('reads itemprop=datePublished on an element in the page', () => {
    const doc = page(
      '',
      '<article><h1>H</h1><span itemprop="datePublished" content="2025-10-30T09:00:00Z">Oct 30</span></article>',
    );
    expect(dates(doc).publishedAt).toBe('2025-10-30T09:00:00.000Z');
  });

  it('finds a date that is only in a <time> of the article', () => {
    const doc = page(
      '',
      '<header class="site"><time datetime="2026-01-14">Wednesday</time></header><article><h1>H</h1><p class="meta">By Jane Doe · <time datetime="2025-11-04T10:00:00+01:00">4 Nov</time></p></article>',
    );
    expect(dates(doc).publishedAt).toBe('2025-11-04T09:00:00.000Z');
  });

  it('on a page of divs, takes the first <time> after the headline, not the masthead date', () => {
    const doc = page(
      '',
      '<div class="top"><time datetime="2026-01-14">Today</time></div><div class="post"><h1>Headline</h1><div class="info"><time datetime="2025-10-13T13:05:00-04:00">Oct. 13</time></div></div>',
    );
    expect(dates(doc).publishedAt).toBe('2025-10-13T17:05:00.000Z');
  });

  it('takes no date from the teaser cards of a listing page', () => {
    const cards = Array.from(
      { length: 3 },
      (_, i) =>
        `<article class="card"><h2><a href="/s/${i}">Story ${i}</a></h2><time datetime="2025-11-0${i + 1}">Nov</time></article>`,
    ).join('');
    const tag = page(
      '',
      `<main><section><header><h1>AI chips</h1><p>Topic</p></header>${cards}</section></main>`,
    );
    expect(dates(tag).publishedAt).toBeNull();
    const list = page(
      '',
      `<main><section><header><h1>AI chips</h1></header><ol><li><h2>Story</h2><p>Jane Doe · <time datetime="2025-11-04">Nov 4</time></p></li></ol></section></main>`,
    );
    expect(dates(list).publishedAt).toBeNull();
  });

  it('reads the text of a <time> without a datetime attribute', () => {
    const doc = page('', '<article><h1>H</h1><time>Nov. 4, 2025, 3:04 p.m. ET</time></article>');
    expect(dates(doc).publishedAt).toBe('2025-11-04T20:04:00.000Z');
  });

  it('skips implausible values and takes the next source', () => {
    const doc = page(
      `${ld({ '@type': 'NewsArticle', datePublished: '1970-01-01T00:00:00Z' })}<meta property="article:published_time" content="2030-01-01T00:00:00Z"><meta name="pubdate" content="2025-11-04">`,
    );
    expect(dates(doc).publishedAt).toBe('2025-11-04T00:00:00.000Z');
  });

  it('returns null when no source has a date', () => {
    expect(dates(page('', '<div><p>Posted 4h ago</p></div>'))).toEqual({
      publishedAt: null,
      modifiedAt: null,
    });
  });

  it('reads the modified time from article:modified_time and og:updated_time', () => {
    const doc = page('<meta property="og:updated_time" content="2025-11-05T10:00:00+00:00">');
    expect(dates(doc).modifiedAt).toBe('2025-11-05T10:00:00.000Z');
  });
});
