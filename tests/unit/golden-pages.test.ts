import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePages } from '../../scripts/lib/evaluate.ts';
import { loadFixtures } from '../../scripts/lib/fixtures.ts';

/**
 * The quality gate on the golden pages (tests/fixtures/pages): the targets of issue 3, checked on
 * every run. `npm run eval -- --verbose` explains any drop page by page.
 */
describe('golden pages', () => {
  let result: ReturnType<typeof evaluatePages>;
  beforeAll(async () => {
    result = evaluatePages(await loadFixtures());
  }, 60_000);

  it('has at least 60 pages', () => {
    expect(result.figures.fixtures).toBeGreaterThanOrEqual(60);
  });

  it('detects AI-industry articles with precision >= 0.95 and recall >= 0.90', () => {
    expect(result.figures.detection.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.figures.detection.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('recognises companies with F1 >= 0.90 and discovers >= 0.70 of unregistered ones', () => {
    expect(result.figures.companies.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.figures.discovery.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('gets the genre right on >= 0.85 of AI-industry articles', () => {
    expect(result.figures.genre.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('reads dates and canonical URLs right on >= 0.95 of the pages that have them', () => {
    expect(result.figures.metadata.dateAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.figures.metadata.canonicalAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
