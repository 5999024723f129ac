import type { ArticleCapture } from '../../lib/archive/article.ts';

let counter = 0;

/** A valid article capture; override what the test is about. */
export function makeCapture(overrides: Partial<ArticleCapture> = {}): ArticleCapture {
  counter += 1;
  return {
    url: `https://www.circuitledger.example/2026/11/story-${counter}`,
    title: `Story number ${counter}`,
    siteName: 'The Circuit Ledger',
    byline: 'Dana Whitfield',
    excerpt: 'A short excerpt.',
    publishedAt: '2026-11-03T09:00:00.000Z',
    lang: 'en',
    wordCount: 640,
    ...overrides,
  };
}

/** A database name no other test uses, so tests never share state. */
export function freshDbName(): string {
  counter += 1;
  return `backstory-test-${counter}-${Math.random().toString(36).slice(2)}`;
}
