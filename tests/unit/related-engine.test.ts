import { describe, expect, it } from 'vitest';
import { coverageOfOrg, findRelated, type RelatedQuery } from '../../lib/related/engine.ts';
import { relativeTime } from '../../lib/related/explain.ts';
import { MemorySource } from '../../lib/related/memory-source.ts';
import { termVector } from '../../lib/related/terms.ts';
import type { IndexedArticle, OrgRef } from '../../lib/related/types.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const NAMES: Record<string, string> = {
  amazon: 'Amazon',
  nvidia: 'Nvidia',
  mistral: 'Mistral AI',
  'd:odyssey': 'Odyssey',
};
const orgName = (id: string) => NAMES[id] ?? id;

const about = (id: string, salience = 0.9): OrgRef => ({ id, salience, about: true });
const passing = (id: string, salience = 0.15): OrgRef => ({ id, salience, about: false });

let nextId = 1;
function article(
  title: string,
  text: string,
  orgs: OrgRef[],
  overrides: Partial<IndexedArticle> = {},
): IndexedArticle {
  nextId += 1;
  return {
    id: nextId,
    url: `https://news.example/${nextId}`,
    title,
    siteName: 'Northwind Wire',
    time: NOW - 30 * DAY,
    genre: 'news',
    orgs,
    terms: termVector(title, text),
    storyId: null,
    read: true,
    ...overrides,
  };
}

const TOPICS = ['cloud revenue', 'warehouse robots', 'retail margins', 'chip orders', 'ad sales'];
/** A made-up word per number, so that templated articles stay distinct. */
const word = (i: number) =>
  `zo${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26))}`;
/** Many ordinary stories about big companies, four days apart: the archive's background. */
function giants(n: number): IndexedArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length];
    return article(
      `Amazon reports ${topic}, ${word(i)} says`,
      `Amazon said ${topic} moved; Nvidia supplies chips. ${word(i)} and ${word(i + 7)} watched.`,
      i % 2 ? [about('amazon'), passing('nvidia')] : [about('nvidia'), passing('amazon')],
      { time: NOW - (4 * i + 2) * DAY },
    );
  });
}

const ODYSSEY_TEXT =
  'Amazon led a $40 million round in Odyssey, a startup building world models that let robots ' +
  'predict how objects move. Odyssey trains on video clips.';
const current = article(
  'Amazon backs world-model startup Odyssey',
  ODYSSEY_TEXT,
  [about('d:odyssey'), about('amazon', 0.8)],
  { time: NOW },
);
const query = (overrides: Partial<RelatedQuery> = {}): RelatedQuery => ({
  article: { ...current, id: undefined },
  now: NOW,
  orgName,
  ...overrides,
});
const ids = (stories: readonly { article: IndexedArticle }[]) => stories.map((s) => s.article.id);

describe('findRelated: scoring', () => {
  it('ranks a story about the same rare startup above giant-only overlap', async () => {
    const odyssey = article(
      'Odyssey shows investors a demo of its simulator',
      'The startup Odyssey showed a simulator where a robot arm stacks cups; investors watched.',
      [about('d:odyssey')],
      { time: NOW - 60 * DAY },
    );
    const archive = [...giants(40), odyssey];
    const { stories } = await findRelated(new MemorySource(archive), query());
    expect(stories[0]?.article.id).toBe(odyssey.id);
    expect(stories[0]?.sharedOrgs).toEqual(['d:odyssey']);
  });

  it('ranks an article about an organisation above one that mentions it in passing', async () => {
    // Same words in common with the current article, different enough not to fold together.
    const terms = (own: string) =>
      [
        ['mistral', 0.6],
        ['bank', 0.5],
        [own, 0.62],
      ] as const;
    const aboutIt = article('Mistral AI for banks', '', [about('mistral')], {
      terms: terms('alpha'),
    });
    const mentions = article('Mistral AI for banks', '', [about('nvidia'), passing('mistral')], {
      terms: terms('beta'),
    });
    const me = article('Mistral AI signs a deal', 'Mistral AI signed a deal with a bank.', [
      about('mistral'),
    ]);
    const { stories } = await findRelated(new MemorySource([mentions, aboutIt]), {
      ...query(),
      article: me,
    });
    expect(ids(stories)).toEqual([aboutIt.id, mentions.id]);
  });

  it('never returns the article itself, by id or by url', async () => {
    const stored = { ...current };
    const sameUrl = { ...current, id: 999 };
    const source = new MemorySource([stored, sameUrl, ...giants(5)]);
    const { stories } = await findRelated(source, query({ article: stored }));
    expect(ids(stories)).not.toContain(stored.id);
    expect(ids(stories)).not.toContain(999);
  });

  it('returns nothing for an article with nothing in common with the archive', async () => {
    const other = article('Apple orchard harvest', 'Farmers picked apples early.', []);
    const { stories, takes } = await findRelated(
      new MemorySource(giants(10)),
      query({ article: other }),
    );
    expect(stories).toEqual([]);
    expect(takes).toEqual([]);
  });

  it('limits the number of stories', async () => {
    const { stories } = await findRelated(new MemorySource(giants(30)), query({ limit: 3 }));
    expect(stories).toHaveLength(3);
  });
});

describe('findRelated: folding', () => {
  it('folds one story into one entry, showing the read one, the others by relevance', async () => {
    const title = (site: string) => `Odyssey raises $40 million from Amazon (${site})`;
    const early = article(title('a'), ODYSSEY_TEXT, [about('d:odyssey')], {
      storyId: 7,
      read: false,
      time: NOW - 21 * DAY,
      siteName: 'Feed One',
    });
    const read = article(title('b'), ODYSSEY_TEXT, [about('d:odyssey')], {
      storyId: 7,
      time: NOW - 20 * DAY,
      siteName: 'The Circuit Ledger',
    });
    const late = article(title('c'), ODYSSEY_TEXT, [about('d:odyssey')], {
      storyId: 7,
      read: false,
      time: NOW - 19 * DAY,
    });
    const { stories } = await findRelated(
      new MemorySource([late, early, read, ...giants(8)]),
      query(),
    );
    expect(stories[0]?.article.id).toBe(read.id);
    // The others by relevance: the same text, so the one nearer in time comes first.
    expect(stories[0]?.alsoCoveredBy.map((a) => a.id)).toEqual([late.id, early.id]);
    expect(ids(stories)).not.toContain(early.id);
  });

  it('folds reports of the same event without a story id, the earliest shown', async () => {
    const a = article(
      'Odyssey gets Amazon money for world models',
      ODYSSEY_TEXT,
      [about('d:odyssey'), about('amazon')],
      {
        time: NOW - 40 * DAY,
      },
    );
    const b = article(
      'Amazon invests in Odyssey world models',
      ODYSSEY_TEXT,
      [about('amazon'), about('d:odyssey')],
      {
        time: NOW - 39 * DAY,
      },
    );
    const { stories } = await findRelated(new MemorySource([b, a]), query());
    expect(stories).toHaveLength(1);
    expect(stories[0]?.article.id).toBe(a.id);
    expect(stories[0]?.alsoCoveredBy.map((x) => x.id)).toEqual([b.id]);
  });
});

describe('findRelated: reasons', () => {
  it('names the shared subjects, the time and the outlet', async () => {
    const earlier = article(
      'Amazon and Odyssey talk about robots',
      'Amazon and Odyssey discussed a partnership on warehouse simulation.',
      [about('amazon'), about('d:odyssey', 0.8)],
      { time: NOW - 21 * DAY, siteName: 'The Circuit Ledger' },
    );
    const { stories } = await findRelated(new MemorySource([earlier, ...giants(3)]), query());
    expect(stories[0]?.reason).toBe(
      'About Odyssey and Amazon, like this article · 3 weeks earlier · The Circuit Ledger',
    );
  });

  it('names shared words when no organisation is shared, and no organisation then', async () => {
    const words = article(
      'World models for warehouse robots',
      'A lab trains world models on video clips so robots predict how objects move.',
      [],
      { time: NOW + 2 * DAY, siteName: 'Compute Notes' },
    );
    const { stories } = await findRelated(new MemorySource([words]), query());
    const reason = stories[0]?.reason ?? '';
    expect(reason).toMatch(
      /^On “[^”]+”(, “[^”]+”)*( and “[^”]+”)?, like this article · 2 days later · Compute Notes$/,
    );
    expect(reason).toContain('“world”');
    expect(reason).not.toMatch(/About|names/);
  });

  it('does not credit a giant mentioned in passing', async () => {
    const text =
      'World models let robots predict how objects move; a lab trains them on video clips.';
    const passingGiant = article('World models for robots', text, [
      about('d:other'),
      passing('amazon', 0.05),
    ]);
    const { stories } = await findRelated(new MemorySource([passingGiant, ...giants(20)]), query());
    const found = stories.find((s) => s.article.id === passingGiant.id);
    expect(found).toBeDefined();
    expect(found?.reason).not.toContain('Amazon');
  });

  it('says same story for another outlet’s report of this event', async () => {
    const other = article(
      'Odyssey raises $40 million led by Amazon',
      ODYSSEY_TEXT,
      [about('d:odyssey'), about('amazon')],
      {
        time: NOW - DAY / 2,
        siteName: 'Margin & Moat',
      },
    );
    const { stories } = await findRelated(new MemorySource([other]), query());
    expect(stories[0]?.reason).toMatch(/^Same story · About .* · same day · Margin & Moat$/);
  });

  it('tells time in words', () => {
    expect(relativeTime(NOW, NOW - 3 * 3_600_000)).toBe('same day');
    expect(relativeTime(NOW, NOW + 2 * DAY)).toBe('2 days later');
    expect(relativeTime(NOW, NOW - DAY)).toBe('1 day earlier');
    expect(relativeTime(NOW, NOW - 21 * DAY)).toBe('3 weeks earlier');
    expect(relativeTime(NOW, NOW - 95 * DAY)).toBe('3 months earlier');
    expect(relativeTime(NOW, NOW - 360 * DAY)).toBe('1 year earlier');
    expect(relativeTime(NOW, NOW - 800 * DAY)).toBe('2 years earlier');
  });
});

describe('findRelated: earlier takes', () => {
  it('lists analysis and opinion about the same organisations, relevant first, then newest', async () => {
    const ESSAY = 'An essay on world models, robots and video clips.';
    const take = (
      title: string,
      days: number,
      orgs: OrgRef[],
      genre: 'analysis' | 'opinion' | 'news',
      text = ESSAY,
    ) => article(title, `${title}. ${text}`, orgs, { genre, time: NOW - days * DAY });
    const oldStrong = take(
      'Why Odyssey matters for world models',
      200,
      [about('d:odyssey'), about('amazon')],
      'analysis',
    );
    const newStrong = take(
      'Odyssey and the world model bet',
      10,
      [about('d:odyssey'), about('amazon')],
      'opinion',
    );
    const weak = take('Amazon’s cloud strategy', 1, [about('amazon')], 'analysis', 'AWS margins.');
    const news = take('Odyssey hires a new chief scientist', 5, [about('d:odyssey')], 'news');
    const unrelated = take('The case against world models', 3, [about('d:worldforge')], 'opinion');
    const source = new MemorySource([oldStrong, newStrong, weak, news, unrelated, ...giants(20)]);
    const { takes } = await findRelated(source, query());
    expect(ids(takes)).toEqual([newStrong.id, oldStrong.id, weak.id]);
  });
});

describe('coverageOfOrg', () => {
  it('returns the organisation’s articles newest first, at most the limit', async () => {
    const archive = giants(12);
    const coverage = await coverageOfOrg(new MemorySource(archive), 'amazon', 5);
    expect(coverage).toHaveLength(5);
    const times = coverage.map((a) => a.time);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(times[0]).toBe(Math.max(...archive.map((a) => a.time)));
  });
});
