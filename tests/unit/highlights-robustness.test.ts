import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.ts';
import { EDITS, measureRobustness } from '../../scripts/lib/highlight-robustness.ts';

describe('highlight anchoring survives an outlet’s edits', () => {
  it('re-anchors >= 95% of highlights whose text remains, orphans the rest, misplaces none', async () => {
    // Every sixth golden page keeps this test quick; `npm run eval` measures all of them.
    const pages = (await loadFixtures()).filter((_, i) => i % 6 === 0);
    const report = measureRobustness(pages, { readability: false });
    expect(report.pages).toBeGreaterThanOrEqual(10);
    for (const edit of EDITS) {
      const f = report.byEdit[edit];
      expect(f.present + f.gone, edit).toBe(report.highlights);
      expect(f.reanchored / f.present, edit).toBeGreaterThanOrEqual(0.95);
      expect(f.orphaned, edit).toBe(f.gone);
      expect(f.misplaced, edit).toBe(0);
    }
    // The removal edits did remove highlighted text.
    expect(report.byEdit['paragraph with a highlight removed'].gone).toBeGreaterThan(0);
  }, 60_000);
});
