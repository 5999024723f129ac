// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { leadParagraph } from '../../lib/extract/lead.ts';
import { readMetadata } from '../../lib/extract/metadata.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const script = (text: string): string => `<script type="application/ld+json">${text}</script>`;
const URL = 'https://www.example.com/tech/story';

describe('readMetadata on hostile pages', () => {
  it('never modifies the document', () => {
    const doc = parse(
      `<!doctype html><html lang="en"><head><title>T | Site</title><link rel="canonical" href="/x">${script('{"@type":"NewsArticle","headline":"H","author":"By A"}')}</head><body><article><h1>H</h1><div class="byline">By Jane Doe</div><time datetime="2025-11-04">x</time><p>${'Words here. '.repeat(20)}</p></article></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    readMetadata(doc, URL);
    leadParagraph(doc.querySelector('article'));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('copes with a document without head or body', () => {
    const doc = document.implementation.createDocument(null, 'html', null);
    const meta = readMetadata(doc, URL);
    expect(meta.url).toBe(URL);
    expect(meta.title).toBeNull();
    expect(meta.siteName).toBe('example.com');
    expect(meta.authors).toEqual([]);
    expect(readMetadata(parse(''), 'not a url').url).toBe('not a url');
  });

  it('reads at most 20 JSON-LD scripts and skips scripts over 500 kB', () => {
    const filler = Array.from({ length: 20 }, () => script('{"@type":"BreadcrumbList"}')).join('');
    const late = parse(
      `<head>${filler}${script('{"@type":"NewsArticle","headline":"Too late"}')}</head>`,
    );
    expect(readMetadata(late, URL).jsonLdTypes).toEqual(['BreadcrumbList']);
    const huge = `{"@type":"NewsArticle","headline":"Huge","description":"${'x'.repeat(600_000)}"}`;
    const big = parse(
      `<head>${script(huge)}${script('{"@type":"Article","headline":"Small"}')}</head>`,
    );
    const meta = readMetadata(big, URL);
    expect(meta.jsonLdTypes).toEqual(['Article']);
    expect(meta.title).toBe('Small');
  });

  it('survives deeply nested and self-referencing JSON-LD', () => {
    const deep = `${'['.repeat(5_000)}{"@type":"Article"}${']'.repeat(5_000)}`;
    const cyclic =
      '{"@graph":[{"@type":"NewsArticle","@id":"#a","author":{"@id":"#a"},"publisher":{"@id":"#a"}}]}';
    const meta = readMetadata(parse(`<head>${script(deep)}${script(cyclic)}</head>`), URL);
    expect(meta.jsonLdTypes).toEqual(['NewsArticle']);
    expect(meta.authors).toEqual([]);
  });

  it('caps huge strings in every field', () => {
    const long = 'Word '.repeat(200_000);
    const doc = parse(
      `<head><title>${long}</title><meta name="description" content="${long}"><meta name="author" content="${long}"><meta name="keywords" content="${long}"><meta property="og:site_name" content="${long}"></head><body><h1>${long}</h1></body>`,
    );
    const meta = readMetadata(doc, `${URL}?q=${'a'.repeat(100_000)}`);
    expect(meta.title?.length).toBeLessThanOrEqual(500);
    expect(meta.description?.length).toBeLessThanOrEqual(1_000);
    expect(meta.siteName).toBe('example.com');
    expect(meta.authors).toEqual([]);
    expect(meta.url).toBe(`${URL}?q=${'a'.repeat(100_000)}`);
  });

  it('reads a page of 50,000 elements (its speed is in npm run bench)', () => {
    const rows = '<div class="row"><span>cell</span><a href="/x">link</a></div>'.repeat(17_000);
    const doc = parse(
      `<html lang="en"><head><meta property="og:title" content="Big page"></head><body><main>${rows}</main><article><h1>Big page</h1><div class="byline">By Jane Doe</div></article></body></html>`,
    );
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const meta = readMetadata(doc, URL);
    expect(meta.title).toBe('Big page');
    expect(meta.authors).toEqual(['Jane Doe']);
  });
});
