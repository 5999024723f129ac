import { describe, expect, it } from 'vitest';
import { decide } from '../../lib/detect/decide.ts';
import type { CompanyMention } from '../../lib/entities/recognize.ts';
import type { PageMetadata } from '../../lib/extract/metadata.ts';
import { analyzeItem } from '../../lib/feeds/analyze-item.ts';
import type { FeedItem } from '../../lib/feeds/parse-feed.ts';
import { FEED_NOW } from '../support/feed-fixtures.ts';

const context = { feedId: 4, outlet: 'Harbour Signal', now: FEED_NOW };
const item = (overrides: Partial<FeedItem>): FeedItem => ({
  key: 'k1',
  url: 'https://harbour-signal.test/nvidia',
  title: 'Nvidia books record data-centre quarter as Blackwell ships',
  summary:
    'Nvidia said demand for its AI accelerators from cloud providers still outstrips supply.',
  content: '',
  author: null,
  publishedAt: '2026-12-07T09:30:00.000Z',
  ...overrides,
});

describe('analyzeItem', () => {
  it('drafts an AI-industry item as unread feed coverage of its feed, with its companies and reasons', () => {
    const verdict = analyzeItem(item({}), context);
    expect(verdict.kind).toBe('stored');
    if (verdict.kind !== 'stored') return;
    expect(verdict.draft).toMatchObject({
      source: 'feed',
      read: false,
      feedIds: [4],
      siteName: 'Harbour Signal',
      siteKey: 'harbour signal',
      time: Date.parse('2026-12-07T09:30:00.000Z'),
    });
    expect(verdict.draft.orgs.map((o) => o.id)).toContain('nvidia');
  });

  it('skips items without a link and items about other things', () => {
    expect(analyzeItem(item({ url: null }), context)).toEqual({
      kind: 'skipped',
      reason: 'no-link',
    });
    expect(
      analyzeItem(
        item({
          title: 'Harbour council approves new ferry timetable',
          summary: 'Two evening crossings are added.',
        }),
        context,
      ),
    ).toEqual({ kind: 'skipped', reason: 'not-ai' });
  });

  it('dates an item without a date at fetch time', () => {
    const verdict = analyzeItem(item({ publishedAt: null }), context);
    expect(verdict.kind === 'stored' && verdict.draft.time).toBe(FEED_NOW);
  });
});

describe('the vocabulary gate analyzeItem relies on', () => {
  it('decide never calls an item AI-industry without one AI term, however many AI companies it is about', () => {
    const company = (id: string, name: string): CompanyMention => ({
      id,
      name,
      mentions: 5,
      salience: 1,
      about: true,
      discovered: false,
      confidence: 1,
      evidence: ['title names it'],
    });
    const title = 'Nvidia, OpenAI, Anthropic, Microsoft and Amazon meet at the harbour';
    const metadata = {
      ogType: 'article',
      jsonLdTypes: [],
      authors: [],
      publishedAt: null,
    } as unknown as PageMetadata;
    const detection = decide({
      url: new URL('https://harbour-signal.test/meeting'),
      metadata,
      title,
      lead: 'They met at the harbour.',
      text: 'They met at the harbour and talked about the weather.',
      wordCount: 10,
      byline: null,
      companies: [
        company('nvidia', 'Nvidia'),
        company('openai', 'OpenAI'),
        company('anthropic', 'Anthropic'),
        company('microsoft', 'Microsoft'),
        company('amazon', 'Amazon'),
      ],
      declaredArticle: 'an entry of a followed feed',
    });
    expect(detection.isAIIndustry).toBe(false);
    expect(detection.score).toBeLessThan(0.5);
  });
});
