/**
 * The fitted "about rather than in passing" model.
 * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do
 * not edit by hand, refit.
 */
export const ABOUT_WEIGHTS = {
  bias: -2.5173,
  weights: {
    crowd: -1.8568,
    early: 0.1369,
    first: -0.9278,
    inLead: 0.837,
    inTitle: 3.3066,
    leading: 0.6157,
    mentions: -0.4339,
    salience: 5.0177,
    share: -1.1179,
  },
  fit: {
    folds: 5,
    lambda: 0.3,
    pages: {
      golden: 69,
      real: 201,
    },
    crossValidatedAboutPrecision: 0.814,
  },
};
