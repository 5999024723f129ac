import { describe, expect, it } from 'vitest';
import { type LogisticModel, probability } from '../../lib/detect/model.ts';
import { aboutFlags, MAX_ABOUT } from '../../lib/entities/salience.ts';
import { fitLogistic } from '../../scripts/lib/logistic.ts';
import { random as seededRandom } from '../../scripts/lib/synthetic-archive.ts';

describe('probability', () => {
  const model: LogisticModel = { bias: -1, weights: { a: 2, b: -3 } };

  it('is the logistic of the bias plus the weighted features', () => {
    expect(probability(model, { a: 1, b: 0 })).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(probability(model, { a: 0.5, b: 1 })).toBeCloseTo(1 / (1 + Math.exp(3)), 10);
  });

  it('ignores features the model has no weight for', () => {
    expect(probability(model, { a: 1, unknown: 100 })).toBe(probability(model, { a: 1 }));
  });
});

describe('fitLogistic', () => {
  /** Samples drawn from a known model: the fit must find it again. */
  function drawn(n: number, truth: LogisticModel, seed: number) {
    const random = seededRandom(seed);
    return Array.from({ length: n }, () => {
      const features = { x: random(), y: random(), noise: random() };
      return { features, label: random() < probability(truth, features) };
    });
  }
  const truth: LogisticModel = { bias: -2, weights: { x: 6, y: -3, noise: 0 } };

  it('recovers the weights of the model the samples were drawn from', () => {
    const fitted = fitLogistic(drawn(4_000, truth, 7), 0.01);
    expect(fitted.weights.x).toBeGreaterThan(4.5);
    expect(fitted.weights.x).toBeLessThan(7.5);
    expect(fitted.weights.y).toBeLessThan(-2);
    expect(fitted.weights.y).toBeGreaterThan(-4);
    expect(Math.abs(fitted.weights.noise ?? 1)).toBeLessThan(0.6);
  });

  it('shrinks the weights as the regularisation grows', () => {
    const samples = drawn(500, truth, 11);
    const size = (m: LogisticModel) => Math.hypot(...Object.values(m.weights));
    expect(size(fitLogistic(samples, 10))).toBeLessThan(size(fitLogistic(samples, 0.1)));
  });

  it('stays finite on separable samples', () => {
    const samples = [0, 0.1, 0.2, 0.8, 0.9, 1].map((x) => ({ features: { x }, label: x > 0.5 }));
    const fitted = fitLogistic(samples, 0.3);
    expect(Number.isFinite(fitted.weights.x)).toBe(true);
    expect(probability(fitted, { x: 1 })).toBeGreaterThan(0.5);
    expect(probability(fitted, { x: 0 })).toBeLessThan(0.5);
  });
});

describe('aboutFlags', () => {
  const model: LogisticModel = { bias: -1, weights: { p: 2 } };

  it('marks the companies the model gives even odds or better, at most MAX_ABOUT', () => {
    const features = [0.1, 0.9, 1, 0.6, 0.8, 0.95, 0.2].map((p) => ({ p }));
    const flags = aboutFlags(features, model);
    expect(flags.filter(Boolean)).toHaveLength(MAX_ABOUT);
    // The likeliest ones: p = 1 and 0.95 first.
    expect(flags[2]).toBe(true);
    expect(flags[5]).toBe(true);
    expect(flags[0]).toBe(false);
    expect(flags[6]).toBe(false);
  });

  it('marks none when no company reaches even odds', () => {
    expect(aboutFlags([{ p: 0.2 }, { p: 0.4 }], model)).toEqual([false, false]);
  });

  it('takes a second protagonist beside a headlined one only from the headline or the lead', () => {
    const lead = { p: 1, inTitle: 1, inLead: 1 };
    const elsewhere = { p: 0.95, inTitle: 0, inLead: 0 };
    const inLead = { p: 0.9, inTitle: 0, inLead: 1 };
    expect(aboutFlags([lead, elsewhere], model)).toEqual([true, false]);
    expect(aboutFlags([lead, elsewhere, inLead], model)).toEqual([true, false, true]);
    // Without a company in the headline, the model's two likeliest stand.
    expect(aboutFlags([{ ...lead, inTitle: 0 }, elsewhere], model)).toEqual([true, true]);
  });
});
