import { resolveOrgName } from '../../lib/entities/recognize.ts';

const kebab = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** The id a company name stands for: its registry id, or `d:<kebab-name>` for a discovered one. */
export function companyKey(name: string): string {
  return resolveOrgName(name)?.id ?? `d:${kebab(name)}`;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Adds one page's company sets to micro-averaged counts; returns what was missed and extra. */
export function scoreCompanies(
  expected: readonly string[],
  predictedIds: readonly string[],
  counts: Counts,
): { missed: string[]; extra: string[] } {
  const want = new Set(expected.map(companyKey));
  const got = new Set(predictedIds);
  const missed = [...want].filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  counts.tp += want.size - missed.length;
  counts.fn += missed.length;
  counts.fp += extra.length;
  return { missed, extra };
}

export function f1(counts: Counts) {
  const precision = counts.tp / Math.max(1, counts.tp + counts.fp);
  const recall = counts.tp / Math.max(1, counts.tp + counts.fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
