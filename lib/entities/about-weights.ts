/**
 * The fitted "about rather than in passing" model.
 * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do
 * not edit by hand, refit.
 */
export const ABOUT_WEIGHTS = {
  bias: -1.7619,
  weights: {
    acts: 0.5963,
    crowd: -2.344,
    early: -0.0599,
    first: -0.8073,
    inLead: 0.7001,
    inTitle: 3.2269,
    leading: 0.2483,
    mentions: -0.8968,
    salience: 4.7551,
    share: -0.267,
  },
  fit: {
    folds: 5,
    lambda: 0.3,
    pages: {
      golden: 69,
      real: 201,
    },
    crossValidatedAboutPrecision: 0.951,
  },
};
