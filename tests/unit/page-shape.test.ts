import { describe, expect, it } from 'vitest';
import { linkedTextLength, longestParagraphRun, pageShape } from '../../lib/extract/page-shape.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

const page = (body: string) =>
  parseHtml(`<!doctype html><html><body>${body}</body></html>`, 'https://example.test/a');

describe('pageShape', () => {
  it('measures how much of the page is links, and its headings, linked or not', () => {
    const doc = page(
      '<h1>Story</h1><h2><a href="/other">Another story</a></h2><a href="/x"><h3>A third</h3></a><h4>Section</h4><p>Plain text of the article body.</p>',
    );
    const shape = pageShape(doc);
    expect(shape.headings).toBe(4);
    expect(shape.linkedHeadings).toBe(2);
    const linked = 'Another story'.length + 'A third'.length;
    expect(shape.linkShare).toBeCloseTo(linked / (doc.body.textContent ?? '').length, 5);
  });

  it('calls an empty page all links and no headings', () => {
    expect(pageShape(page(''))).toEqual({ linkShare: 1, linkedHeadings: 0, headings: 0 });
  });
});

describe('longestParagraphRun', () => {
  it('finds the parent of the most paragraph text, whitespace squeezed', () => {
    const doc = page(
      '<div id="short"><p>One.</p></div><div id="long"><p>First   paragraph.</p><p>Second paragraph.</p></div>',
    );
    const run = longestParagraphRun(doc);
    expect(run.parent?.id).toBe('long');
    expect(run.length).toBe('First paragraph.'.length + 'Second paragraph.'.length);
  });

  it('stops reading once a run is long enough', () => {
    const doc = page(`<div>${'<p>0123456789</p>'.repeat(50)}</div>`);
    expect(longestParagraphRun(doc, { enough: 30 }).length).toBe(30);
    expect(longestParagraphRun(doc, { maxParagraphs: 2 }).length).toBe(20);
  });
});

describe('linkedTextLength', () => {
  it('counts the text inside links, and stops past enough', () => {
    const doc = page('<a href="/a">abcde</a> text <a href="/b">fghij</a> <a href="/c">klmno</a>');
    expect(linkedTextLength(doc)).toBe(15);
    expect(linkedTextLength(doc, 6)).toBe(10);
  });
});
