/**
 * Learning from the reader's corrections, pure: what "the same site and the same kind" is, how a
 * section's corrections decide its other pages, and the learning curve on synthetic sections.
 */
import { describe, expect, it } from 'vitest';
import {
  type CorrectionFact,
  type DetectorView,
  leaningOf,
  readerDecision,
  sectionRule,
  sectionsThatAddArticles,
} from '../../lib/corrections/learn.ts';
import { describeSection, pageSection } from '../../lib/corrections/section.ts';
import { article, measureLearning, notArticle } from '../../scripts/lib/correction-learning.ts';

describe('the section of a page', () => {
  it('is the registrable domain and the host with the first folder of the path', () => {
    expect(pageSection('https://www.theverge.com/ai-artificial-intelligence/123/openai')).toEqual({
      site: 'theverge.com',
      section: 'theverge.com/ai-artificial-intelligence/',
    });
    // A subdomain is a section of its own; www., m. and amp. are renderings of the same one.
    expect(pageSection('https://blog.example.co.uk/posts/a-post')?.section).toBe(
      'blog.example.co.uk/posts/',
    );
    expect(pageSection('https://m.example.com/news/x')?.section).toBe('example.com/news/');
    expect(pageSection('https://amp.example.com/news/x')?.site).toBe('example.com');
    // Platforms whose subdomains are separate publishers.
    expect(pageSection('https://someone.substack.com/p/the-post')).toEqual({
      site: 'someone.substack.com',
      section: 'someone.substack.com/p/',
    });
  });

  it('counts every date folder as one section, skips a language prefix, not "ai"', () => {
    const dated = pageSection('https://wire.example/2026/05/12/nvidia-quarter');
    expect(dated?.section).toBe('wire.example/#/');
    expect(pageSection('https://wire.example/2019/01/old-story')?.section).toBe(dated?.section);
    expect(pageSection('https://lab.example/en/blog/model-release')?.section).toBe(
      'lab.example/blog/',
    );
    expect(pageSection('https://lab.example/de-ch/blog/x')?.section).toBe('lab.example/blog/');
    expect(pageSection('https://news.example/ai/openai-deal')?.section).toBe('news.example/ai/');
    expect(pageSection('https://lab.example/model-release')?.section).toBe('lab.example/');
    expect(pageSection('https://lab.example/')?.section).toBe('lab.example/');
    expect(pageSection('http://127.0.0.1:8787/margin-moat/a.html')?.section).toBe(
      '127.0.0.1/margin-moat/',
    );
  });

  it('refuses what is not a web page, and reads as a reader would say it', () => {
    expect(pageSection('chrome://extensions/')).toBeNull();
    expect(pageSection('not a url')).toBeNull();
    expect(describeSection('wire.example/#/')).toBe('wire.example/ (dated pages)');
    expect(describeSection('lab.example/')).toBe('lab.example/ (top-level pages)');
    expect(describeSection('lab.example/blog/')).toBe('lab.example/blog/');
  });
});

let ids = 0;
const correction = (
  verdict: 'ai' | 'not-ai',
  view: DetectorView | null,
  section = 's/blog/',
): CorrectionFact => ({
  id: ++ids,
  urlKeys: [`k${ids}`],
  section,
  verdict,
  leaning: view ? leaningOf(view) : null,
});
const page = (view: DetectorView, section = 's/blog/', urlKeys = ['new']) => ({
  ...view,
  urlKeys,
  section,
});

describe('the reader\u2019s decision on a page', () => {
  it('puts articles above pages that are none, each by how far the detector went', () => {
    expect(leaningOf(notArticle(0))).toBe(0);
    expect(leaningOf(notArticle(750))).toBe(0.5);
    expect(leaningOf(notArticle(90_000))).toBe(1);
    expect(leaningOf(article(0))).toBe(1);
    expect(leaningOf(article(0.8))).toBe(1.8);
  });

  it('decides a corrected page by its own correction, whatever the detector says', () => {
    const own = { ...correction('not-ai', article(0.97)), urlKeys: ['k-own', 'k-variant'] };
    expect(readerDecision(page(article(0.97), 's/blog/', ['k-variant']), [own])).toMatchObject({
      by: 'page',
      verdict: 'not-ai',
    });
    // Even where the detector agrees: the reader's word is what decides it.
    const agreed = { ...correction('ai', article(0.9)), urlKeys: ['k-agreed'] };
    expect(readerDecision(page(article(0.9), 's/blog/', ['k-agreed']), [agreed])?.by).toBe('page');
  });

  it('follows an "AI-industry article" for pages of its section leaning as far or further', () => {
    const added = [correction('ai', article(0.3))];
    expect(readerDecision(page(article(0.35)), added)).toMatchObject({
      by: 'section',
      verdict: 'ai',
    });
    expect(readerDecision(page(article(0.3)), added)?.verdict).toBe('ai');
    // Less AI-like than what the reader called AI: the detector's verdict stands.
    expect(readerDecision(page(article(0.1)), added)).toBeNull();
    // Where the detector agrees already, there is nothing to decide.
    expect(readerDecision(page(article(0.9)), added)).toBeNull();
    // Another section of the site, or another site, is not taught.
    expect(readerDecision(page(article(0.4), 's/careers/'), added)).toBeNull();
  });

  it('follows a "not AI" for pages leaning no further, never over pages the reader kept', () => {
    const removed = [correction('not-ai', article(0.8))];
    expect(readerDecision(page(article(0.7)), removed)?.verdict).toBe('not-ai');
    expect(readerDecision(page(article(0.9)), removed)).toBeNull();
    // The reader read and kept an article there scored 0.6: the section's AI stories are not
    // told apart by the score, so the correction decides its own page only.
    expect(readerDecision(page(article(0.7)), removed, [{ score: 0.6 }])).toBeNull();
    expect(readerDecision(page(article(0.55)), removed, [{ score: 0.6 }])).toBeNull();
    // A kept article above it does not stand in the way.
    expect(readerDecision(page(article(0.7)), removed, [{ score: 0.95 }])?.verdict).toBe('not-ai');
  });

  it('lets a missed article speak for its section only where the detector misses as much as it finds', () => {
    const added = [correction('ai', article(0.3))];
    const found = [{ score: 0.9 }, { score: 0.8 }];
    expect(readerDecision(page(article(0.4)), added, found)).toBeNull();
    // Pages the reader's corrections added count as misses: a lab's blog stays learned.
    const addedSince = [...found, { score: 0.2 }, { score: 0.1 }];
    expect(readerDecision(page(article(0.4)), added, addedSince)?.verdict).toBe('ai');
  });

  it('leaves to the detector what lies between the reader\u2019s two kinds of answer', () => {
    const mixed = [
      correction('ai', notArticle(600)), // 0.4
      correction('not-ai', notArticle(300)), // 0.2
      correction('ai', article(0.2)), // 1.2
      correction('not-ai', article(0.3)), // 1.3
    ];
    const rule = sectionRule(mixed);
    expect(rule).toMatchObject({ ai: 2, notAi: 2, notAiUpTo: 0.2 });
    expect(rule?.aiFrom).toBe(Number.POSITIVE_INFINITY);
    expect(readerDecision(page(notArticle(150)), mixed)).toBeNull(); // below: detector agrees
    expect(readerDecision(page(article(0.25)), mixed)).toBeNull(); // contested
    expect(readerDecision(page(article(0.45)), mixed)).toBeNull(); // contested
    const notAiBelow = [correction('not-ai', notArticle(300)), correction('ai', article(0.2))];
    expect(readerDecision(page(article(0.4)), notAiBelow)?.verdict).toBe('ai');
  });

  it('counts a correction made before any analysis at its extreme', () => {
    const unknown = [correction('ai', null)];
    expect(readerDecision(page(notArticle(10)), unknown)?.verdict).toBe('ai');
    expect(sectionsThatAddArticles([...unknown, correction('not-ai', null, 'x/')])).toEqual([
      's/blog/',
    ]);
  });
});

describe('learning curve on synthetic sections', () => {
  const rows = measureLearning({ sites: 120, ks: [0, 1, 3, 5] });
  const at = (kind: string, k: number) => {
    const row = rows.find((r) => r.kind === kind && r.k === k);
    if (!row) throw new Error(`no row ${kind} k=${k}`);
    return row;
  };

  it('learns a lab blog the detector misses and documentation it takes for news', () => {
    expect(at('lab-blog', 0).withCorrections).toBeLessThan(0.25);
    expect(at('lab-blog', 1).withCorrections).toBeGreaterThan(0.55);
    expect(at('lab-blog', 3).withCorrections).toBeGreaterThan(0.85);
    expect(at('product-docs', 3).withCorrections).toBeGreaterThan(0.85);
    for (const kind of ['lab-blog', 'product-docs']) {
      expect(at(kind, 3).turnedWrong, kind).toBe(0);
    }
  });

  it('costs a general outlet little, and nothing once the reader has read there', () => {
    for (const k of [1, 3, 5]) {
      const row = at('general-outlet', k);
      expect(row.detectorAlone - row.withCorrections, `k=${k}`).toBeLessThan(0.05);
    }
    expect(at('general-outlet', 5).turnedWrong).toBeLessThan(0.01);
    for (const k of [1, 3, 5]) expect(at('ai-outlet', k).turnedWrong).toBeLessThan(0.01);
  });
});
