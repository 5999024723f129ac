/**
 * Fits a logistic model (L2-regularised, by Newton's method) on named features: small, exact and
 * deterministic, for a few hundred labelled pages and a dozen features.
 */
import type { Features } from '../../lib/detect/features.ts';
import type { LogisticModel } from '../../lib/detect/model.ts';

export interface Sample {
  readonly features: Features;
  readonly label: boolean;
}

/** Solves A x = b for a small dense symmetric positive-definite A (Gaussian elimination). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(m[row]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = row;
    }
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const head = m[col] as number[];
    for (let row = col + 1; row < n; row++) {
      const line = m[row] as number[];
      const f = (line[col] as number) / (head[col] as number);
      for (let k = col; k <= n; k++) line[k] = (line[k] as number) - f * (head[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const line = m[row] as number[];
    let sum = line[n] as number;
    for (let k = row + 1; k < n; k++) sum -= (line[k] as number) * (x[k] as number);
    x[row] = sum / (line[row] as number);
  }
  return x;
}

/**
 * The model minimising log-loss plus `lambda`/2 times the squared weights (the bias is not
 * penalised). Features missing from a sample count 0.
 */
export function fitLogistic(
  samples: readonly Sample[],
  lambda = 1,
  iterations = 25,
): LogisticModel {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();
  const rows = samples.map((s) => [1, ...names.map((name) => s.features[name] ?? 0)]);
  const y = samples.map((s) => (s.label ? 1 : 0));
  const d = names.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, k) => z + v * (w[k] as number), 0)));
      const r = p - (y[i] as number);
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        gradient[j] = (gradient[j] as number) + r * (x[j] as number);
        const hj = hessian[j] as number[];
        for (let k = 0; k < d; k++)
          hj[k] = (hj[k] as number) + s * (x[j] as number) * (x[k] as number);
      }
    });
    for (let j = 1; j < d; j++) {
      gradient[j] = (gradient[j] as number) + lambda * (w[j] as number);
      (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] as number) + lambda;
    }
    (hessian[0] as number[])[0] = ((hessian[0] as number[])[0] as number) + 1e-6;
    const step = solve(hessian, gradient);
    w = w.map((value, k) => value - (step[k] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const round = (v: number) => Number(v.toFixed(4));
  return {
    bias: round(w[0] as number),
    weights: Object.fromEntries(names.map((name, k) => [name, round(w[k + 1] as number)])),
  };
}
