/**
 * The fitted "about rather than in passing" model.
 * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do
 * not edit by hand, refit.
 */
export const ABOUT_WEIGHTS = {
  bias: -1.7347,
  weights: {
    acts: 0.5967,
    crowd: -2.3531,
    early: -0.1077,
    first: -0.7974,
    inLead: 0.7105,
    inTitle: 3.2278,
    leading: 0.258,
    mentions: -0.8664,
    salience: 4.7622,
    share: -0.2973,
  },
  fit: {
    folds: 5,
    lambda: 0.3,
    pages: {
      golden: 69,
      real: 201,
    },
    crossValidatedAboutPrecision: 0.866,
  },
};
