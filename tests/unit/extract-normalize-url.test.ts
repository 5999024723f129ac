import { describe, expect, it } from 'vitest';
import { normalizeUrl, urlKey } from '../../lib/extract/normalize-url.ts';
import { registrableDomain } from '../../lib/extract/registrable-domain.ts';

describe('normalizeUrl', () => {
  it('accepts only absolute http(s) URLs, resolving relative ones against a base', () => {
    expect(normalizeUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(normalizeUrl('/news/a', 'https://example.com/x/y')).toBe('https://example.com/news/a');
    expect(normalizeUrl('/news/a')).toBeNull();
    expect(normalizeUrl('ftp://example.com/a')).toBeNull();
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('mailto:desk@example.com')).toBeNull();
    expect(normalizeUrl('')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });

  it('keeps the scheme and www but lower-cases the host and drops default ports', () => {
    expect(normalizeUrl('http://WWW.Example.COM:80/Story')).toBe('http://www.example.com/Story');
    expect(normalizeUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(normalizeUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('drops the fragment, credentials and a trailing slash except the root one', () => {
    expect(normalizeUrl('https://user:pw@example.com/a/b/#comments')).toBe(
      'https://example.com/a/b',
    );
    expect(normalizeUrl('https://example.com/')).toBe('https://example.com/');
    expect(normalizeUrl('https://example.com')).toBe('https://example.com/');
  });

  it('removes tracking parameters and keeps the ones that name content', () => {
    const raw =
      'https://example.com/story?id=42&utm_source=x&UTM_Medium=y&fbclid=abc&gclid=1&p=7&ref=hn&mc_cid=1&smid=tw&CMP=share&igshid=z&article=9&story=3&_hsenc=q&spm=a.b&share=1&ocid=m';
    expect(normalizeUrl(raw)).toBe('https://example.com/story?id=42&p=7&article=9&story=3');
    expect(normalizeUrl('https://example.com/a?utm_source=x')).toBe('https://example.com/a');
  });

  it('keeps the remaining query exactly as written', () => {
    expect(normalizeUrl('https://example.com/s?q=a%2Cb&tags=x,y&utm_campaign=z')).toBe(
      'https://example.com/s?q=a%2Cb&tags=x,y',
    );
  });

  it('maps AMP paths and parameters to the regular page', () => {
    expect(normalizeUrl('https://www.example.com/2025/10/deal/amp/')).toBe(
      'https://www.example.com/2025/10/deal',
    );
    expect(normalizeUrl('https://www.example.com/amp/news/deal')).toBe(
      'https://www.example.com/news/deal',
    );
    expect(normalizeUrl('https://www.example.com/news/deal.amp.html')).toBe(
      'https://www.example.com/news/deal.html',
    );
    expect(normalizeUrl('https://www.example.com/news/world-123.amp')).toBe(
      'https://www.example.com/news/world-123',
    );
    expect(normalizeUrl('https://www.example.com/news/deal?amp=1&id=3')).toBe(
      'https://www.example.com/news/deal?id=3',
    );
    expect(normalizeUrl('https://www.example.com/news/deal?outputType=amp')).toBe(
      'https://www.example.com/news/deal',
    );
    expect(normalizeUrl('https://www.example.com/news/amplifier-review')).toBe(
      'https://www.example.com/news/amplifier-review',
    );
  });

  it('maps amp., m. and mobile. hosts to www. on the registrable domain', () => {
    expect(normalizeUrl('https://amp.example.com/a')).toBe('https://www.example.com/a');
    expect(normalizeUrl('https://m.example.co.uk/news/a')).toBe('https://www.example.co.uk/news/a');
    expect(normalizeUrl('https://mobile.example.com/a')).toBe('https://www.example.com/a');
    expect(normalizeUrl('https://en.m.wikipedia.org/wiki/A')).toBe(
      'https://en.wikipedia.org/wiki/A',
    );
    // A registrable domain that happens to be "amp" or "m" is not a rendering prefix.
    expect(normalizeUrl('https://amp.dev/about')).toBe('https://amp.dev/about');
    expect(normalizeUrl('https://m.co.uk/a')).toBe('https://m.co.uk/a');
  });

  it('unwraps Google AMP cache and viewer URLs to the origin page', () => {
    expect(
      normalizeUrl(
        'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/2025/10/deal/amp/',
      ),
    ).toBe('https://www.example.com/2025/10/deal');
    expect(normalizeUrl('https://www.google.com/amp/s/amp.example.com/news/deal')).toBe(
      'https://www.example.com/news/deal',
    );
    expect(normalizeUrl('https://www.google.com/amp/example.com/news/deal')).toBe(
      'http://example.com/news/deal',
    );
  });

  it('rejects hostile input without throwing', () => {
    expect(normalizeUrl(`https://example.com/${'a'.repeat(10_000)}`)).toBeNull();
    expect(normalizeUrl('https://exa mple.com/')).toBeNull();
    expect(normalizeUrl('http://[::1/')).toBeNull();
    expect(normalizeUrl('https://example.com/a', 'not a base')).toBe('https://example.com/a');
    expect(normalizeUrl('/a', 'not a base')).toBeNull();
  });
});

describe('urlKey', () => {
  it('treats http/https, www/non-www, trailing slashes and parameter order as one page', () => {
    const key = urlKey('https://example.com/story?a=1&b=2');
    expect(urlKey('http://www.example.com/story/?b=2&a=1')).toBe(key);
    expect(urlKey('https://m.example.com/story?a=1&b=2&utm_source=x#top')).toBe(key);
    expect(urlKey('https://www.example.com/story/amp?b=2&a=1&amp=1')).toBe(key);
    expect(key).toBe('https://example.com/story?a=1&b=2');
  });

  it('keeps different pages apart', () => {
    expect(urlKey('https://example.com/story?id=1')).not.toBe(
      urlKey('https://example.com/story?id=2'),
    );
    expect(urlKey('https://example.com/Story')).not.toBe(urlKey('https://example.com/story'));
    expect(urlKey('https://blog.example.com/a')).not.toBe(urlKey('https://example.com/a'));
  });

  it('keeps the root slash and returns non-http input as its own key', () => {
    expect(urlKey('http://www.example.com')).toBe('https://example.com/');
    expect(urlKey('  about:blank ')).toBe('about:blank');
  });
});

describe('registrableDomain', () => {
  it('knows common two-label country suffixes and publishing platforms', () => {
    expect(registrableDomain('www.theverge.com')).toBe('theverge.com');
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.smh.com.au')).toBe('smh.com.au');
    expect(registrableDomain('newsletter.substack.com')).toBe('newsletter.substack.com');
    expect(registrableDomain('t.co')).toBe('t.co');
    expect(registrableDomain('www.in.gr')).toBe('in.gr');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('bad..host')).toBeNull();
    expect(registrableDomain('')).toBeNull();
  });
});
