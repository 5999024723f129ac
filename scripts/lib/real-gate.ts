/**
 * The quality gate on the real-page corpus (`npm test` runs it when the corpus is present): the
 * floors below are the figures reached so far, a little under them for the runs' noise-free but
 * label-sensitive nature. Raise a floor when a change lifts its figure; never lower one to pass.
 * The product's targets are in ../shared/MEASURES.md.
 */
import type { scoreReal } from './evaluate-real.ts';

type Figures = ReturnType<typeof scoreReal>['figures'];

interface Floor {
  readonly key: string;
  readonly read: (f: Figures) => number | null;
  /** At least this (or, for `atMost`, at most this). */
  readonly floor: number;
  readonly atMost?: boolean;
}

export const FLOORS: readonly Floor[] = [
  { key: 'real.detection.precision', read: (f) => f.detection.precision, floor: 0.76 },
  { key: 'real.detection.recall', read: (f) => f.detection.recall, floor: 0.46 },
  {
    key: 'real.detection.nonEnglish.recall',
    read: (f) => f.detection.nonEnglish.recall,
    floor: 0.52,
  },
  { key: 'real.companies.recall', read: (f) => f.companies.recall, floor: 0.59 },
  { key: 'real.companies.aboutPrecision', read: (f) => f.companies.aboutPrecision, floor: 0.27 },
  {
    key: 'real.prefilter.droppedPositives',
    read: (f) => f.prefilter.droppedPositives,
    floor: 21,
    atMost: true,
  },
];

/** The floors a run falls below, each as "key: value (floor x)". */
export function gateFailures(figures: Figures): string[] {
  return FLOORS.flatMap(({ key, read, floor, atMost }) => {
    const value = read(figures);
    const ok = value !== null && (atMost ? value <= floor : value >= floor);
    return ok ? [] : [`${key}: ${value ?? 'none'} (${atMost ? 'at most' : 'at least'} ${floor})`];
  });
}
