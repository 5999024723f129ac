// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '../../lib/extract/json-ld.ts';
import { readMetadata } from '../../lib/extract/metadata.ts';

function page(head: string, htmlAttributes = '', body = '<article><h1>H</h1></article>'): Document {
  const html = `<!doctype html><html ${htmlAttributes}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}
const script = (text: string): string => `<script type="application/ld+json">${text}</script>`;
const ld = (value: unknown): string => script(JSON.stringify(value));
const read = (doc: Document) => readMetadata(doc, 'https://www.example.com/tech/story');

describe('readMetadata: language', () => {
  it('takes the primary subtag, lower case, from <html lang> first', () => {
    expect(read(page('<meta property="og:locale" content="de_DE">', 'lang="EN-gb"')).lang).toBe(
      'en',
    );
  });

  it('falls back to og:locale, JSON-LD inLanguage, then content-language', () => {
    expect(read(page('<meta property="og:locale" content="pt_BR">')).lang).toBe('pt');
    expect(read(page(ld({ '@type': 'NewsArticle', inLanguage: 'es-ES' }))).lang).toBe('es');
    expect(read(page('<meta http-equiv="Content-Language" content="fr">')).lang).toBe('fr');
    expect(read(page('')).lang).toBeNull();
  });

  it('skips values that are not languages', () => {
    expect(read(page('<meta property="og:locale" content="it_IT">', 'lang="und"')).lang).toBe('it');
    expect(read(page('', 'lang="x-default"')).lang).toBeNull();
  });
});

describe('readMetadata: JSON-LD', () => {
  it('lists every @type, flattened, from @graph and nested nodes, without the schema.org prefix', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': ['NewsArticle', 'AnalysisNewsArticle'],
            author: { '@type': 'Person', name: 'A' },
          },
          { '@type': 'http://schema.org/WebPage' },
        ],
      }) + ld([{ '@type': 'BreadcrumbList' }, { '@type': 'NewsArticle' }]),
    );
    expect(read(doc).jsonLdTypes).toEqual([
      'NewsArticle',
      'AnalysisNewsArticle',
      'Person',
      'WebPage',
      'BreadcrumbList',
    ]);
  });

  it('survives broken scripts and still reads the good ones', () => {
    const doc = page(
      script('{"@type": "NewsArticle", "headline": "Broken",') +
        script('<!--{"@type":"Thing"}-->') +
        script('null') +
        script('42') +
        script(
          '{"@type": "NewsArticle", "headline": "Second line\nin a raw newline", "keywords": ["a", "b",],}',
        ),
    );
    const meta = read(doc);
    expect(meta.title).toBe('Second line in a raw newline');
    expect(meta.jsonLdTypes).toEqual(['Thing', 'NewsArticle']);
  });

  it('parseLenientJson repairs CDATA wrappers and trailing semicolons, and gives up politely', () => {
    expect(parseLenientJson('//<![CDATA[\n{"a": 1};\n//]]>')).toEqual({ a: 1 });
    expect(parseLenientJson('{"a": }')).toBeUndefined();
    expect(parseLenientJson('')).toBeUndefined();
  });
});

describe('readMetadata: other fields', () => {
  it('reads og:type, section, description', () => {
    const doc = page(
      '<meta property="og:type" content="Article"><meta property="article:section" content="Technology"><meta name="description" content="  What  happened. "><meta property="og:description" content="OG">',
    );
    const meta = read(doc);
    expect(meta.ogType).toBe('article');
    expect(meta.section).toBe('Technology');
    expect(meta.description).toBe('What happened.');
  });

  it('takes the section from JSON-LD articleSection, the first of a list', () => {
    const doc = page(
      ld({ '@type': 'NewsArticle', articleSection: ['Markets', 'Tech'], description: 'D' }),
    );
    expect(read(doc).section).toBe('Markets');
    expect(read(doc).description).toBe('D');
  });

  it('merges keywords from news_keywords, keywords, article:tag and JSON-LD, deduplicated', () => {
    const doc = page(
      '<meta name="news_keywords" content="OpenAI, Microsoft"><meta name="keywords" content="openai,AI chips">' +
        '<meta property="article:tag" content="Nvidia"><meta property="article:tag" content="TSMC">' +
        ld({ '@type': 'NewsArticle', keywords: ['Nvidia', 'export controls'] }),
    );
    expect(read(doc).keywords).toEqual([
      'OpenAI',
      'Microsoft',
      'AI chips',
      'Nvidia',
      'TSMC',
      'export controls',
    ]);
    const stringKeywords = page(ld({ '@type': 'NewsArticle', keywords: 'AMD, OpenAI' }));
    expect(read(stringKeywords).keywords).toEqual(['AMD', 'OpenAI']);
  });

  it('caps keywords at thirty and drops absurdly long ones', () => {
    const list = Array.from({ length: 50 }, (_, i) => `tag${i}`).join(',');
    const doc = page(`<meta name="keywords" content="${'x'.repeat(200)},${list}">`);
    const keywords = read(doc).keywords;
    expect(keywords).toHaveLength(30);
    expect(keywords[0]).toBe('tag0');
  });
});
