/**
 * The quality gate on the real-page corpus (`npm test` runs it when the corpus is present): the
 * floors below are the figures reached so far (cross-validated where fitted), a little under them.
 * Raise a floor when a change lifts its figure; never lower one to pass. The product's targets,
 * not all reached yet, are in ../shared/MEASURES.md.
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
  { key: 'real.detection.precision', read: (f) => f.detection.precision, floor: 0.92 },
  { key: 'real.detection.recall', read: (f) => f.detection.recall, floor: 0.92 },
  {
    key: 'real.detection.nonEnglish.recall',
    read: (f) => f.detection.nonEnglish.recall,
    floor: 0.95,
  },
  { key: 'real.companies.recall', read: (f) => f.companies.recall, floor: 0.92 },
  { key: 'real.companies.aboutPrecision', read: (f) => f.companies.aboutPrecision, floor: 0.93 },
  {
    key: 'real.prefilter.droppedPositives',
    read: (f) => f.prefilter.droppedPositives,
    floor: 0,
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
