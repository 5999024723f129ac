import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { neighbourBandsOf, simBandsOf } from '../../lib/archive/draft.ts';
import { hammingDistance } from '../../lib/related/cluster.ts';
import { makeDraft } from '../support/builders.ts';
import { freshArchives } from '../support/databases.ts';

const open = freshArchives();

/** Flips the given bits (0 = most significant) of a 64-bit hex fingerprint. */
function flip(hash: string, bits: readonly number[]): string {
  let value = BigInt(`0x${hash}`);
  for (const bit of bits) value ^= 1n << BigInt(63 - bit);
  return value.toString(16).padStart(16, '0');
}

describe('near-duplicate copies', () => {
  it('lists the sixteen one-bit neighbours of each band', () => {
    const bands = simBandsOf('0123456789abcdef');
    const near = neighbourBandsOf(bands);
    expect(near).toHaveLength(64);
    expect(near).toContain('0:0122');
    expect(near).toContain('3:4def');
    expect(near.filter((b) => bands.includes(b))).toEqual([]);
    expect(neighbourBandsOf(['0:zz'])).toEqual([]);
  });

  it('joins a copy within the near-duplicate distance into one story even when it shares no band', async () => {
    const db = open();
    const original = '0123456789abcdef';
    // Five differing bits spread over all four 16-bit bands: no band is left equal.
    const copy = flip(original, [3, 20, 40, 50, 60]);
    expect(hammingDistance(original, copy)).toBe(5);
    expect(simBandsOf(copy).filter((b) => simBandsOf(original).includes(b))).toEqual([]);
    const far = flip(original, [0, 1, 2, 16, 17, 32, 33, 48]);

    const first = await recordArticle(
      db,
      makeDraft({ simhash: original, simBands: simBandsOf(original) }),
      1_000,
    );
    const second = await recordArticle(
      db,
      makeDraft({ simhash: copy, simBands: simBandsOf(copy), siteName: 'Northwind Wire' }),
      2_000,
    );
    const third = await recordArticle(
      db,
      makeDraft({ simhash: far, simBands: simBandsOf(far), siteName: 'Margin & Moat' }),
      3_000,
    );
    expect(second.article.storyId).not.toBeNull();
    expect(second.article.storyId).toBe((await db.articles.get(first.article.id))?.storyId);
    // Eight bits from the original and thirteen from the copy: another text.
    expect(third.article.storyId ?? -1).not.toBe(second.article.storyId);
  });
});
