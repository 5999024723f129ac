import { describe, expect, it } from 'vitest';
import { evaluateRelated } from '../../scripts/lib/related-eval.ts';

describe('related coverage on the labelled archive', () => {
  it('beats a plain BM25 full-text baseline on the same data', async () => {
    const figures = await evaluateRelated();
    expect(figures.queries).toBeGreaterThanOrEqual(20);
    expect(figures.ndcg5).toBeGreaterThan(figures.baseline.ndcg5);
    expect(figures.recall10).toBeGreaterThan(figures.baseline.recall10);
  }, 60_000);
});
