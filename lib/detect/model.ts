/**
 * A fitted logistic model: a bias and a weight per named feature. The weights are data
 * (weights.ts, written by `npm run fit`), not code.
 */
import type { Features } from './features.ts';

export interface LogisticModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability for these features; a feature the model has no weight for counts 0. */
export function probability(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}
