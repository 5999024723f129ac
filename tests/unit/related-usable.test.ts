import { describe, expect, it } from 'vitest';
import { findRelated } from '../../lib/related/engine.ts';
import { MemorySource } from '../../lib/related/memory-source.ts';
import { termVector } from '../../lib/related/terms.ts';
import type { IndexedArticle } from '../../lib/related/types.ts';
import { isUsable } from '../../lib/related/usable.ts';

const article = (id: number, overrides: Partial<IndexedArticle> = {}): IndexedArticle => ({
  id,
  url: `https://news.example/${id}`,
  title: `Nvidia ships Blackwell chips ${id}`,
  siteName: 'Example News',
  time: Date.parse('2026-10-01') + id * 86_400_000,
  genre: 'news',
  orgs: [{ id: 'nvidia', salience: 0.9, about: true }],
  terms: termVector(
    'Nvidia ships Blackwell chips',
    'Nvidia shipped Blackwell accelerators to clouds.',
  ),
  storyId: null,
  read: true,
  ...overrides,
});

describe('records that fail their schema', () => {
  it('are recognised by shape', () => {
    expect(isUsable(article(1))).toBe(true);
    expect(isUsable({ ...article(2), orgs: 'nvidia' })).toBe(false);
    expect(isUsable({ ...article(3), terms: [['chip', 'heavy']] })).toBe(false);
    expect(isUsable({ ...article(4), time: Number.NaN })).toBe(false);
    expect(isUsable(null)).toBe(false);
  });

  it('are skipped and counted, and never crash a query', async () => {
    const good = article(1);
    // A tampered record: its orgs are fine for the index, its terms are not.
    const broken = { ...article(2), terms: [['chip', 'x']] } as unknown as IndexedArticle;
    const source = new MemorySource([good, broken]);
    const query = { ...article(9), id: undefined };
    const result = await findRelated(source, {
      article: query,
      now: Date.now(),
      orgName: (id) => id,
    });
    expect(result.skipped).toBe(1);
    expect(result.stories.map((s) => s.article.id)).toEqual([1]);
  });
});
