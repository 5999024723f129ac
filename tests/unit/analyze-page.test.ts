import { describe, expect, it } from 'vitest';
import { analyzePage, captureOf } from '../../lib/analyze/analyze-page.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';

const analyzeDemo = (path: string, query = '') => {
  const url = `${DEMO_ORIGIN}/${path}${query}`;
  const doc = parseHtml(demoHtml(path), url);
  const before = doc.documentElement.outerHTML;
  const analysis = analyzePage(doc, url);
  expect(doc.documentElement.outerHTML).toBe(before);
  return analysis;
};

const AI_ARTICLES = [
  'circuit-ledger/amazon-backs-odyssey-world-models.html',
  'circuit-ledger/anthropic-new-funding-round.html',
  'circuit-ledger/microsoft-openai-new-deal.html',
  'circuit-ledger/meta-superintelligence-hiring.html',
  'northwind-wire/amazon-odyssey-investment.html',
  'northwind-wire/nvidia-record-quarter.html',
  'northwind-wire/eu-ai-act-gpai-rules.html',
  'northwind-wire/mistral-asml-round.html',
  'margin-moat/nvidia-earnings-blackwell.html',
  'margin-moat/anthropic-valuation-round.html',
  'margin-moat/eu-ai-act-opinion.html',
  'margin-moat/aws-trainium-project-rainier.html',
  'compute-notes/infrastructure-over-models.html',
  'compute-notes/microsoft-openai-what-changed.html',
  'compute-notes/week-in-ai-infrastructure.html',
];

describe('analyzePage on the demo site', () => {
  it.each(AI_ARTICLES)('detects %s as an AI-industry article, with reasons', (path) => {
    const analysis = analyzeDemo(path);
    expect(analysis).toMatchObject({ isArticle: true, isAIIndustry: true });
    expect(analysis.score).toBeGreaterThan(0.5);
    expect(analysis.reasons[0]).toMatch(/^AI-industry article/);
    expect(captureOf(analysis)?.url).toBe(`${DEMO_ORIGIN}/${path}`);
  });

  it.each([
    'northwind-wire/amazon-rainforest-deforestation.html',
    'margin-moat/amazon-delivery-logistics.html',
    'kitchen/apple-crumble.html',
  ])('says the article %s is not about the AI industry', (path) => {
    const analysis = analyzeDemo(path);
    expect(analysis).toMatchObject({ isArticle: true, isAIIndustry: false });
    expect(captureOf(analysis)).toBeNull();
  });

  it.each([
    'shop/noise-cancelling-headphones.html',
    'circuit-ledger/index.html',
    'northwind-wire/index.html',
    'margin-moat/index.html',
    'compute-notes/index.html',
    'index.html',
  ])('says %s is not an article, with a reason', (path) => {
    const analysis = analyzeDemo(path);
    expect(analysis.isArticle).toBe(false);
    expect(analysis.reasons.length).toBeGreaterThan(0);
  });

  it('finds the companies of the Odyssey story, including the unregistered startup', () => {
    const analysis = analyzeDemo(
      'circuit-ledger/amazon-backs-odyssey-world-models.html',
      '?utm_source=x#c',
    );
    expect(analysis.url).toBe(
      `${DEMO_ORIGIN}/circuit-ledger/amazon-backs-odyssey-world-models.html`,
    );
    const byName = new Map(analysis.companies.map((c) => [c.name, c]));
    expect(byName.get('Amazon')?.about).toBe(true);
    expect(byName.get('Odyssey')).toMatchObject({ discovered: true, about: true });
    expect(byName.has('Anthropic')).toBe(true);
    expect(analysis.genre).toBe('news');
  });

  it('tells analysis and opinion apart from news', () => {
    expect(analyzeDemo('compute-notes/infrastructure-over-models.html').genre).toBe('analysis');
    expect(analyzeDemo('margin-moat/eu-ai-act-opinion.html').genre).toBe('opinion');
  });
});

describe('analyzePage on bad input', () => {
  it.each([
    ['an empty document', ''],
    ['text with no spaces', `<article><h1>x</h1><p>${'a'.repeat(200_000)}</p></article>`],
    [
      'broken JSON-LD',
      '<script type="application/ld+json">{"@type": "NewsArticle", </script><article><h1>T</h1></article>',
    ],
  ])('returns a verdict with reasons for %s', (_, html) => {
    const url = `${DEMO_ORIGIN}/a/b-c-d`;
    const analysis = analyzePage(parseHtml(html, url), url);
    expect(analysis.isAIIndustry).toBe(false);
    expect(analysis.reasons.length).toBeGreaterThan(0);
  });

  it('bails out early on a page of more than 50,000 elements', () => {
    const url = `${DEMO_ORIGIN}/a/huge-page-here`;
    const html = `<meta property="og:type" content="article"><article><h1>Big</h1>${'<span>AI</span>'.repeat(50_001)}</article>`;
    const analysis = analyzePage(parseHtml(html, url), url);
    expect(analysis.isArticle).toBe(false);
    expect(analysis.reasons[0]).toMatch(/too large/);
  });

  it('rejects a non-http address without throwing', () => {
    expect(analyzePage(parseHtml('<p>x</p>', 'about:blank'), 'file:///etc/x').isArticle).toBe(
      false,
    );
    expect(analyzePage(parseHtml('<p>x</p>', 'about:blank'), 'not a url').isArticle).toBe(false);
  });
});
