/** A period of an organisation's coverage: its start (UTC), and how many articles fall in it. */
export interface TimelineBucket {
  readonly start: number;
  readonly count: number;
}

export type TimelineUnit = 'week' | 'month';

const DAY = 86_400_000;

/** Start of the UTC week (Monday) or month that holds `time`. */
export function bucketStart(time: number, unit: TimelineUnit): number {
  const date = new Date(time);
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day - ((date.getUTCDay() + 6) % 7) * DAY;
}

function nextStart(start: number, unit: TimelineUnit): number {
  if (unit === 'week') return start + 7 * DAY;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/**
 * Counts per week or month, oldest first, with empty periods filled in between the first and
 * last article (a chart shows quiet months as zero, not as nothing).
 */
export function bucketTimes(times: readonly number[], unit: TimelineUnit): TimelineBucket[] {
  if (times.length === 0) return [];
  const counts = new Map<number, number>();
  for (const time of times) {
    const start = bucketStart(time, unit);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  const starts = [...counts.keys()];
  const last = Math.max(...starts);
  const buckets: TimelineBucket[] = [];
  for (let start = Math.min(...starts); start <= last; start = nextStart(start, unit)) {
    buckets.push({ start, count: counts.get(start) ?? 0 });
  }
  return buckets;
}
