import { describe, expect, it } from 'vitest';
import { blockText, largestTextBlock } from '../../lib/extract/article-text.ts';
import { readArticle } from '../../lib/extract/extract-article.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

const page = (body: string) =>
  parseHtml(
    `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`,
    'https://example.test/a/b',
  );

const prose = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} about ${topic}: the company said its new accelerator would ship to cloud customers next year, and analysts expect demand for training clusters to keep growing.</p>`,
  ).join('');

describe('blockText', () => {
  it('puts each block on its own line, so adjacent blocks never run together', () => {
    const doc = page(
      '<main><p>Reporting by Associated Press</p><p>Nvidia said on Monday</p></main>',
    );
    expect(blockText(doc.body)).toBe('Reporting by Associated Press\nNvidia said on Monday');
  });

  it('breaks lines at <br> and collapses whitespace within a line', () => {
    const doc = page('<div>First   line<br>second\n line</div>');
    expect(blockText(doc.body)).toBe('First line\nsecond line');
  });

  it('leaves out captions, ad labels and lists of related links', () => {
    const doc = page(`<article>
      <p>Mistral raised a new round.</p>
      <figure><img alt=""><figcaption>The founders in Paris. Photo: agency</figcaption></figure>
      <div>Advertisement</div>
      <ul><li><a href="/1">Read: a story</a></li><li><a href="/2">Read: another</a></li><li><a href="/3">Read: a third</a></li></ul>
      <p>The round values it at a record.</p></article>`);
    expect(blockText(doc.body)).toBe(
      'Mistral raised a new round.\nThe round values it at a record.',
    );
  });

  it("ends the text where a list of other stories' teasers begins", () => {
    const teasers = [
      'A data protection taskforce reported preliminary conclusions on Friday. The top-line takeaway…',
      'Featured Article',
      'The countdown to early-bird savings continues. You have just five days left to save…',
      'Venture investment held up quite well, with billions raised across hundreds of rounds...',
    ];
    const doc = page(
      `<article><p>Pine Labs won court approval to move to India.</p><p>It said only that it was moving…</p><p>The move is expected to save costs.</p><p>Others may follow.</p><p>Two fintechs already have.</p><p>More are weighing it.</p>${teasers.map((t) => `<div>${t}</div>`).join('')}</article>`,
    );
    // An ellipsis in the article itself, away from the teasers, ends nothing.
    expect(blockText(doc.body).split('\n')).toEqual([
      'Pine Labs won court approval to move to India.',
      'It said only that it was moving…',
      'The move is expected to save costs.',
      'Others may follow.',
      'Two fintechs already have.',
      'More are weighing it.',
    ]);
  });

  it('keeps no text of a page that is nothing but teasers (a blog index)', () => {
    const doc = page(
      [1, 2, 3, 4].map((i) => `<div>We are excited to introduce model ${i}, which…</div>`).join(''),
    );
    expect(blockText(doc.body)).toBe('');
  });

  it("keeps the article's own lists, whose items are not links", () => {
    const doc = page(
      '<ul><li>Training chips</li><li>Inference chips</li><li>Networking, with <a href="/x">a link</a></li></ul>',
    );
    expect(blockText(doc.body)).toBe('Training chips\nInference chips\nNetworking, with a link');
  });
});

describe('largestTextBlock', () => {
  it('finds the parent of the most paragraph text', () => {
    const doc = page(
      `<nav><p>Home</p></nav><div id="story">${prose('Anthropic', 6)}</div><aside>${prose('ads', 1)}</aside>`,
    );
    expect(largestTextBlock(doc)?.id).toBe('story');
  });

  it('finds the text of a page laid out without paragraphs (a newsletter in tables)', () => {
    const items = Array.from(
      { length: 8 },
      (_, i) =>
        `<tr><td><div>Item ${i}: a chip maker and a cloud company agreed a multi-year supply deal for data-centre accelerators.</div></td></tr>`,
    ).join('');
    const doc = page(
      `<table><tr><td><a href="/a">Home</a> <a href="/b">Archive</a></td></tr><tr><td><table id="news">${items}</table></td></tr></table>`,
    );
    const block = largestTextBlock(doc);
    expect(block && blockText(block)).toContain('Item 7: a chip maker');
    expect(block && blockText(block)).not.toContain('Archive');
  });
});

describe('readArticle', () => {
  it("reads Readability's article one block a line", () => {
    const doc = page(`<article><h1>Headline</h1>${prose('OpenAI', 8)}</article>`);
    const read = readArticle(doc);
    expect(read.ok && read.text.split('\n').filter((l) => l.startsWith('Paragraph'))).toHaveLength(
      8,
    );
    expect(read.ok && read.fallback).toBeUndefined();
  });

  it('leaves out captions marked by class or microdata, and text hidden from the eye', () => {
    const story = prose('a robotaxi fleet', 6);
    const doc = page(`<article><h1>Robotaxis stall in an outage</h1>
      <div class="gallery__detail"><div style="position:absolute;clip:rect(0px, 0px, 0px, 0px);width:1px;height:1px">Item 1 of 2 A robotaxi charging. AGENCY/Photographer</div>
      <div class="gallery-module__caption__x1">A robotaxi charging at a station. AGENCY/Photographer</div></div>
      <span itemprop="caption">The fleet's depot.</span>${story}</article>`);
    const read = readArticle(doc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toContain('Paragraph 0 about a robotaxi fleet');
    expect(read.text).not.toMatch(/Item 1 of 2|charging at a station|depot|Photographer/);
  });

  it('keeps a wrapper whose class speaks of captions when it holds the article', () => {
    const doc = page(`<div class="with-caption-padding">${prose('a chip deal', 6)}</div>`);
    const read = readArticle(doc);
    expect(read.ok && read.text).toContain('Paragraph 5 about a chip deal');
  });

  it('separates table cells that Readability would run together', () => {
    const cells = Array.from(
      { length: 30 },
      (_, i) => `<tr><td>Cell ${i}: Nvidia and AMD data-centre chips</td></tr>`,
    ).join('');
    const read = readArticle(page(`<table>${cells}</table>`));
    expect(read.ok && read.text).toContain('data-centre chips\nCell 1:');
  });
});
