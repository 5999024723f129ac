// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { splitAuthorNames } from '../../lib/extract/author-names.ts';
import { readMetadata } from '../../lib/extract/metadata.ts';

function page(head: string, body = '<article><h1>Headline</h1><p>Text.</p></article>'): Document {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:site_name" content="Example News">${head}</head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}
const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const authors = (doc: Document) => readMetadata(doc, 'https://www.example.com/a/b').authors;

describe('splitAuthorNames', () => {
  const split = (value: string) => splitAuthorNames(value, new Set(['examplenews']));

  it('strips "By" and splits on "and", commas and ampersands', () => {
    expect(split('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(split('BY JANE DOE, JOHN ROE & ANA LIMA')).toEqual(['JANE DOE', 'JOHN ROE', 'ANA LIMA']);
    expect(split('Posted by Ellie')).toEqual(['Ellie']);
    expect(split('Von Katrin Oberhauser und Jonas Weber')).toEqual([
      'Katrin Oberhauser',
      'Jonas Weber',
    ]);
    expect(split('Por Marta Iribarren y Luis Gil')).toEqual(['Marta Iribarren', 'Luis Gil']);
  });

  it('keeps name particles and middle initials', () => {
    expect(split('Luigi Di Maio')).toEqual(['Luigi Di Maio']);
    expect(split('John Y. Smith')).toEqual(['John Y. Smith']);
    expect(split('Byron Allen')).toEqual(['Byron Allen']);
  });

  it('drops Staff, role titles, dates, "Updated" noise, handles and the site itself', () => {
    expect(split('By Jane Doe, Senior Reporter | Updated Nov 4, 2025 3:04 PM ET')).toEqual([
      'Jane Doe',
    ]);
    expect(split('Jane Doe Published 4 November 2025')).toEqual(['Jane Doe']);
    expect(split('Courier Staff')).toEqual([]);
    expect(split('Staff')).toEqual([]);
    expect(split('Example News')).toEqual([]);
    expect(split('@janedoe')).toEqual([]);
    expect(split('https://www.example.com/author/jane')).toEqual([]);
  });
});

describe('readMetadata: authors', () => {
  it('reads JSON-LD authors: Person nodes, strings and arrays', () => {
    const doc = page(
      ld({
        '@type': 'NewsArticle',
        author: [
          { '@type': 'Person', name: 'Nadia Kessler' },
          'Jonah Feld',
          { '@type': 'Person', givenName: 'Ana', familyName: 'Lima' },
        ],
      }),
    );
    expect(authors(doc)).toEqual(['Nadia Kessler', 'Jonah Feld', 'Ana Lima']);
  });

  it('follows @id references to Person nodes in an @graph', () => {
    const doc = page(
      ld({
        '@graph': [
          { '@type': 'Article', author: [{ '@id': '#p1' }, { '@id': '#p2' }] },
          { '@type': 'Person', '@id': '#p1', name: 'Grace Leung' },
          { '@type': 'Person', '@id': '#p2', name: 'Tom Okoro' },
        ],
      }),
    );
    expect(authors(doc)).toEqual(['Grace Leung', 'Tom Okoro']);
  });

  it('drops an Organization author that is the publication, keeps a wire agency', () => {
    const self = page(
      ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Example News' } }),
    );
    expect(authors(self)).toEqual([]);
    const wire = page(
      ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Meridian Wire' } }),
    );
    expect(authors(wire)).toEqual(['Meridian Wire']);
  });

  it('reads meta name=author, and article:author only when it is not a URL', () => {
    expect(authors(page('<meta name="author" content="By Jane Doe and John Roe">'))).toEqual([
      'Jane Doe',
      'John Roe',
    ]);
    expect(
      authors(page('<meta property="article:author" content="https://www.facebook.com/janedoe">')),
    ).toEqual([]);
    expect(authors(page('<meta property="article:author" content="Jane Doe">'))).toEqual([
      'Jane Doe',
    ]);
  });

  it('reads rel=author and itemprop=author in the byline', () => {
    const rel =
      '<article><h1>H</h1><p class="by">By <a rel="author" href="/a/jd">Jane Doe</a> and <a rel="author" href="/a/jr">John Roe</a></p></article>';
    expect(authors(page('', rel))).toEqual(['Jane Doe', 'John Roe']);
    const itemprop =
      '<article><div itemprop="author" itemscope><span itemprop="name">Ana Lima</span><span>Correspondent</span></div></article>';
    expect(authors(page('', itemprop))).toEqual(['Ana Lima']);
  });

  it('reads common byline markup and ignores bylines in related-story rails', () => {
    const body = `<article><h1>H</h1>
      <div class="article-byline"><span>By Jane Doe</span><span>Senior Reporter</span><time>Nov 4, 2025</time></div>
      <p>Text.</p>
      <aside class="related"><div class="byline">By Someone Else</div></aside></article>`;
    expect(authors(page('', body))).toEqual(['Jane Doe']);
    const rail =
      '<article><h1>H</h1><aside><span class="byline">By Someone Else</span></aside><div class="post-author">Simone Achterberg, Technology Editor</div></article>';
    expect(authors(page('', rail))).toEqual(['Simone Achterberg']);
  });

  it('deduplicates and keeps at most ten', () => {
    const many = Array.from({ length: 14 }, (_, i) => `Author ${String.fromCharCode(65 + i)}`);
    const doc = page(ld({ '@type': 'NewsArticle', author: ['Jane Doe', 'JANE DOE', ...many] }));
    const result = authors(doc);
    expect(result).toHaveLength(10);
    expect(result.slice(0, 2)).toEqual(['Jane Doe', 'Author A']);
  });
});
