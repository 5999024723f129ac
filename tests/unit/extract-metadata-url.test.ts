// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../lib/extract/metadata.ts';

function page(head: string, body = '<article><h1>Headline</h1><p>Text.</p></article>'): Document {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline</title>${head}</head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const PAGE = 'https://www.example.com/news/2025/10/deal?utm_source=feed#comments';

describe('readMetadata: canonical URL and variants', () => {
  it('uses rel=canonical, normalised', () => {
    const doc = page(
      '<link rel="canonical" href="https://www.example.com/news/2025/10/deal/?utm_medium=social">',
    );
    const meta = readMetadata(doc, PAGE);
    expect(meta.canonicalUrl).toBe('https://www.example.com/news/2025/10/deal');
    expect(meta.url).toBe('https://www.example.com/news/2025/10/deal');
    expect(meta.urlVariants).toEqual([PAGE, 'https://www.example.com/news/2025/10/deal']);
  });

  it('resolves a relative canonical against the page URL', () => {
    const doc = page('<link rel="canonical" href="/news/2025/10/deal-updated">');
    expect(readMetadata(doc, PAGE).canonicalUrl).toBe(
      'https://www.example.com/news/2025/10/deal-updated',
    );
  });

  it('falls back to og:url, then to the normalised page URL', () => {
    const withOg = page('<meta property="og:url" content="https://example.com/news/deal">');
    expect(readMetadata(withOg, PAGE).canonicalUrl).toBe('https://example.com/news/deal');
    const bare = readMetadata(page(''), PAGE);
    expect(bare.canonicalUrl).toBeNull();
    expect(bare.url).toBe('https://www.example.com/news/2025/10/deal');
    expect(bare.urlVariants).toEqual([PAGE, 'https://www.example.com/news/2025/10/deal']);
  });

  it('skips a canonical that is not http(s) and uses og:url instead', () => {
    const doc = page(
      '<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://www.example.com/news/deal">',
    );
    expect(readMetadata(doc, PAGE).canonicalUrl).toBe('https://www.example.com/news/deal');
  });

  it('takes an AMP page to its canonical, the real page', () => {
    const doc = page('<link rel="canonical" href="https://www.example.com/news/deal">');
    const meta = readMetadata(doc, 'https://amp.example.com/news/deal/amp?amp=1');
    expect(meta.url).toBe('https://www.example.com/news/deal');
    expect(meta.urlVariants).toEqual([
      'https://amp.example.com/news/deal/amp?amp=1',
      'https://www.example.com/news/deal',
    ]);
  });

  it('resolves a relative canonical on an AMP cache page against the origin page', () => {
    const doc = page('<link rel="canonical" href="/news/deal">');
    const cache = 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/deal/amp';
    expect(readMetadata(doc, cache).canonicalUrl).toBe('https://www.example.com/news/deal');
  });

  it('ignores a canonical pointing to the home page of a deep page (CMS template bug)', () => {
    const sameSite = page('<link rel="canonical" href="https://www.example.com/">');
    expect(readMetadata(sameSite, PAGE).canonicalUrl).toBeNull();
    const otherSite = page(
      '<link rel="canonical" href="https://network.example.org"><meta property="og:url" content="https://www.example.com/news/2025/10/deal">',
    );
    expect(readMetadata(otherSite, PAGE).canonicalUrl).toBe(
      'https://www.example.com/news/2025/10/deal',
    );
  });

  it('keeps a home-page canonical on the home page itself', () => {
    const doc = page('<link rel="canonical" href="https://www.example.com/">');
    expect(readMetadata(doc, 'https://example.com/?utm_source=x').canonicalUrl).toBe(
      'https://www.example.com/',
    );
  });

  it('keeps a deep canonical to another site (syndicated copy)', () => {
    const doc = page(
      '<link rel="canonical" href="https://www.wire.example/world/nvidia-h200-id123">',
    );
    expect(readMetadata(doc, 'https://news.portal.example/nvidia-h200-123.html').url).toBe(
      'https://www.wire.example/world/nvidia-h200-id123',
    );
  });

  it('upgrades an http canonical to https when the page is served over https from the same site', () => {
    const doc = page('<link rel="canonical" href="http://www.example.com/news/2025/10/deal">');
    expect(readMetadata(doc, PAGE).canonicalUrl).toBe('https://www.example.com/news/2025/10/deal');
    expect(readMetadata(doc, 'http://www.example.com/news/2025/10/deal').canonicalUrl).toBe(
      'http://www.example.com/news/2025/10/deal',
    );
    const other = page('<link rel="canonical" href="http://www.other.example/news/deal">');
    expect(readMetadata(other, PAGE).canonicalUrl).toBe('http://www.other.example/news/deal');
  });

  it('ignores rel=canonical outside the head', () => {
    const doc = page(
      '',
      '<article><link rel="canonical" href="https://spam.example/x"><h1>Headline</h1></article>',
    );
    expect(readMetadata(doc, PAGE).canonicalUrl).toBeNull();
  });

  it('returns the page URL as given when it is not http(s)', () => {
    const meta = readMetadata(page(''), 'file:///home/reader/saved.html');
    expect(meta.url).toBe('file:///home/reader/saved.html');
    expect(meta.canonicalUrl).toBeNull();
  });
});
