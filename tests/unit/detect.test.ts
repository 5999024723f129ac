import { describe, expect, it } from 'vitest';
import { aiTermsIn, countAiTerms } from '../../lib/detect/ai-terms.ts';
import { decide, type DetectionInput } from '../../lib/detect/decide.ts';
import { plainPath, slugLike } from '../../lib/detect/features.ts';
import { classifyGenre } from '../../lib/detect/genre.ts';
import type { CompanyMention } from '../../lib/entities/recognize.ts';
import type { PageMetadata } from '../../lib/extract/metadata.ts';

function metadata(overrides: Partial<PageMetadata> = {}): PageMetadata {
  return {
    canonicalUrl: null,
    url: 'https://news.example.com/2026/11/03/a-story-about-things',
    urlVariants: [],
    title: 'A story',
    siteName: 'Example News',
    authors: ['Dana Reporter'],
    publishedAt: '2026-11-03T10:00:00.000Z',
    modifiedAt: null,
    lang: 'en',
    jsonLdTypes: ['NewsArticle'],
    ogType: 'article',
    section: null,
    keywords: [],
    description: null,
    ...overrides,
  };
}

function company(id: string, name: string, about: boolean, mentions = 3): CompanyMention {
  return {
    id,
    name,
    mentions,
    salience: about ? 0.9 : 0.1,
    about,
    discovered: false,
    confidence: 1,
    evidence: [],
  };
}

const words = (sentence: string, count: number) =>
  Array.from({ length: Math.ceil(count / sentence.split(' ').length) }, () => sentence).join(' ');

function input(overrides: Partial<DetectionInput> = {}): DetectionInput {
  const text =
    overrides.text ?? words('The company said the quarter went well for its stores and vans.', 400);
  return {
    url: new URL('https://news.example.com/2026/11/03/a-story-about-things'),
    metadata: metadata(),
    title: 'A story about a company',
    lead: text.slice(0, 200),
    text,
    wordCount: text.split(/\s+/).length,
    byline: 'Dana Reporter',
    companies: [],
    ...overrides,
  };
}

describe('AI vocabulary', () => {
  it('counts AI terms, acronyms case-sensitively, in several languages', () => {
    expect(
      countAiTerms('Nvidia sold more GPUs to data centers for AI training and inference.'),
    ).toBe(4);
    expect(countAiTerms('He said "ai" twice, as in ai-ai, and bought a Kia.')).toBe(0);
    expect(countAiTerms('Die KI-Modelle laufen in neuen Rechenzentren.')).toBe(2);
    expect(countAiTerms('Les centres de données pour l’intelligence artificielle.')).toBe(2);
    expect(aiTermsIn('OpenAI ships a reasoning model')).toEqual(['reasoning model']);
  });

  it('counts the AI products that act in the world and the data models learn from', () => {
    expect(
      countAiTerms(
        'Robotaxis stalled; self-driving and driverless cars need autonomous driving rules.',
      ),
    ).toBe(4);
    expect(countAiTerms('A humanoid robot and a new training dataset.')).toBe(2);
    expect(countAiTerms('自动驾驶 and 자율주행 and 自動運転')).toBe(3);
    expect(countAiTerms('The driver parked the car in the garage.')).toBe(0);
  });
});

describe('article features', () => {
  it('reads a slug only where the address spells out lower-case words', () => {
    expect(slugLike(new URL('https://wire.test/2026/05/openai-raises-new-funds'))).toBe(true);
    expect(slugLike(new URL('https://hub.test/tiiuae/Falcon3-7B-Instruct'))).toBe(false);
    expect(slugLike(new URL('https://lab.test/blog/laion-5b'))).toBe(false);
  });

  it('tells a section or site page ("/about", "/blog/") from an article address', () => {
    expect(plainPath(new URL('https://news.test/about'))).toBe(true);
    expect(plainPath(new URL('https://lab.test/blog/'))).toBe(true);
    expect(plainPath(new URL('https://lab.test/blog/qvq-72b-preview/'))).toBe(false);
    expect(plainPath(new URL('https://wire.test/2026/05/12/1234567'))).toBe(false);
  });
});

describe('decide', () => {
  it('flags an article about AI labs and models, with reasons', () => {
    const text = words(
      'Anthropic trains its Claude models on AI chips in large data centers.',
      500,
    );
    const result = decide(
      input({
        title: 'Anthropic raises money to train new AI models',
        text,
        lead: text.slice(0, 300),
        companies: [company('anthropic', 'Anthropic', true, 40)],
      }),
    );
    expect(result).toMatchObject({ isArticle: true, isAIIndustry: true, genre: 'news' });
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        '40 mentions of AI-industry companies',
        'about Anthropic',
        'JSON-LD type NewsArticle',
      ]),
    );
  });

  it('does not flag a retail story about a big-tech company that never turns to AI', () => {
    const result = decide(input({ companies: [company('amazon', 'Amazon', true, 12)] }));
    expect(result.isArticle).toBe(true);
    expect(result.isAIIndustry).toBe(false);
    expect(result.score).toBeLessThan(0.2);
  });

  it('does not flag a markets wrap that names a chip maker in passing', () => {
    const text = `${words('Stocks rose as bond yields fell and oil slipped after the jobs report.', 500)} Nvidia shares gained 2 percent.`;
    const result = decide(input({ text, companies: [company('nvidia', 'Nvidia', false, 1)] }));
    expect(result.isAIIndustry).toBe(false);
  });

  it('is not an article below 150 words, or when JSON-LD says it is a product', () => {
    expect(decide(input({ text: 'AI '.repeat(100), wordCount: 100 })).isArticle).toBe(false);
    const shop = decide(
      input({
        metadata: metadata({ jsonLdTypes: ['Product', 'Offer', 'Review'], ogType: 'product' }),
      }),
    );
    expect(shop.isArticle).toBe(false);
    expect(shop.reasons[0]).toBe('JSON-LD says Product');
  });

  it('counts an editorial review as an article', () => {
    expect(
      decide(input({ metadata: metadata({ jsonLdTypes: ['Review', 'Product'], ogType: null }) }))
        .isArticle,
    ).toBe(true);
  });

  it('needs more than a date to call an untyped page an article', () => {
    const bare = metadata({ jsonLdTypes: [], ogType: null, authors: [] });
    // A reference page: a date at the top, then one short line per parameter and field.
    const text = Array.from(
      { length: 60 },
      (_, i) => `field_${i}: string\nOptional. The value of setting ${i}.`,
    ).join('\n');
    const result = decide(
      input({
        metadata: bare,
        byline: null,
        url: new URL('https://docs.example.com/api'),
        text,
        wordCount: 420,
      }),
    );
    expect(result.isArticle).toBe(false);
  });
});

describe('classifyGenre', () => {
  const base = {
    url: new URL('https://news.example.com/2026/11/03/story'),
    title: 'Chipmaker posts record sales',
    text: 'The company reported results.',
  };

  it.each([
    [{ metadata: metadata({ jsonLdTypes: ['OpinionNewsArticle'] }) }, 'opinion'],
    [{ metadata: metadata({ section: 'Opinion' }) }, 'opinion'],
    [{ metadata: metadata({ jsonLdTypes: ['AnalysisNewsArticle'] }) }, 'analysis'],
    [
      {
        metadata: metadata({ jsonLdTypes: ['BlogPosting'] }),
        url: new URL('https://notes.substack.com/p/the-week'),
      },
      'analysis',
    ],
    [{ metadata: metadata(), title: 'Why the AI capex boom may not last' }, 'analysis'],
    [
      {
        metadata: metadata(),
        text: 'SAN FRANCISCO -- (BUSINESS WIRE) -- Acme today announced a model.\nAbout Acme\nAcme builds things.\nMedia contact: press@acme.test',
      },
      'press-release',
    ],
    [{ metadata: metadata() }, 'news'],
  ])('classifies %o as %s', (overrides, genre) => {
    expect(classifyGenre({ ...base, ...overrides }).genre).toBe(genre);
  });
});
