import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../lib/extract/extract-article.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

// Readability gives up (it throws on pages it cannot handle, or finds nothing).
vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse(): never {
      throw new Error('too deep');
    }
  },
}));

describe('readArticle when Readability gives up', () => {
  it("reads the page's largest block of text instead, and says why", () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i}: the lab released new open weights and said a larger model would follow after safety testing.</p>`,
    ).join('');
    const doc = parseHtml(
      `<!doctype html><html><body><nav><a href="/">Home</a></nav><div id="post">${paragraphs}</div></body></html>`,
      'https://lab.example/blog/new-weights',
    );
    const read = readArticle(doc);
    expect(read).toMatchObject({ ok: true, fallback: 'Readability failed: too deep' });
    expect(read.ok && read.text.split('\n')).toHaveLength(6);
    expect(read.ok && read.text).not.toContain('Home');
  });

  it('fails with the reason when there is no text at all', () => {
    const doc = parseHtml('<!doctype html><html><body></body></html>', 'https://x.example/a/b');
    expect(readArticle(doc)).toEqual({ ok: false, reason: 'Readability failed: too deep' });
  });
});
