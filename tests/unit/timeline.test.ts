import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { orgTimeline } from '../../lib/archive/timeline.ts';
import { bucketStart, bucketTimes } from '../../lib/related/timeline.ts';
import { makeDraft } from '../support/builders.ts';
import { freshDb } from '../support/fresh-db.ts';

const at = (iso: string) => Date.parse(iso);

describe('bucketTimes', () => {
  it('counts per month with quiet months as zero', () => {
    const times = [at('2026-01-05T10:00Z'), at('2026-01-30T23:00Z'), at('2026-03-01T00:00Z')];
    expect(bucketTimes(times, 'month')).toEqual([
      { start: at('2026-01-01T00:00Z'), count: 2 },
      { start: at('2026-02-01T00:00Z'), count: 0 },
      { start: at('2026-03-01T00:00Z'), count: 1 },
    ]);
  });

  it('starts weeks on Monday (UTC)', () => {
    expect(bucketStart(at('2026-11-22T12:00Z'), 'week')).toBe(at('2026-11-16T00:00Z'));
    expect(bucketTimes([at('2026-11-16T00:00Z'), at('2026-11-22T23:59Z')], 'week')).toEqual([
      { start: at('2026-11-16T00:00Z'), count: 2 },
    ]);
    expect(bucketTimes([], 'week')).toEqual([]);
  });
});

describe('orgTimeline', () => {
  it('reads one organisation’s coverage per month and its newest articles', async () => {
    const db = freshDb();
    const nvidia = { id: 'nvidia', salience: 0.9, about: true };
    const times = ['2026-08-27T21:00Z', '2026-09-02T09:00Z', '2026-11-10T08:00Z'];
    for (const time of times)
      await recordArticle(db, makeDraft({ orgs: [nvidia], time: at(time) }), 1);
    await recordArticle(db, makeDraft({ orgs: [{ id: 'amd', salience: 1, about: true }] }), 1);
    const timeline = await orgTimeline(db, 'nvidia', 'month', 2);
    expect(timeline.buckets.map((b) => b.count)).toEqual([1, 1, 0, 1]);
    expect(timeline.articles.map((a) => a.time)).toEqual([
      at(times[2] as string),
      at(times[1] as string),
    ]);
  });
});
