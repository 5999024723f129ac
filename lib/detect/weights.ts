/**
 * The detection's two fitted logistic models (is it an article; is it about the AI industry).
 * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do
 * not edit by hand, refit.
 */
export const DETECTION_WEIGHTS = {
  article: {
    bias: -1.0808,
    weights: {
      byline: -0.0447,
      fallback: 0,
      jsonLdArticle: 0.1382,
      lineWords: 3.2701,
      linkShare: 0.4671,
      linkedHeadings: 0.4807,
      nonArticleType: 0,
      ogArticle: 2.4237,
      published: -0.1758,
      shortLines: -0.3825,
      slug: 1.2698,
      words: 0.0468,
    },
  },
  ai: {
    bias: -2.9175,
    weights: {
      aboutCore: 0.2527,
      aboutOther: -0.0891,
      aiDensity: 4.4423,
      companies: 0.9345,
      hardwareMentions: -0.322,
      infraDensity: 1.2379,
      leadTerms: 1.279,
      mentions: 0.4974,
      modelMakerMentions: 3.7416,
      titleCompany: -0.201,
      titleCore: -0.6774,
      titleTerms: 1.9607,
    },
  },
  fit: {
    folds: 5,
    lambda: 0.3,
    pages: {
      golden: 69,
      real: 201,
    },
    crossValidated: {
      precision: 0.887,
      recall: 0.859,
      pages: 158,
      nonEnglish: {
        precision: 1,
        recall: 1,
        pages: 64,
      },
      byLang: {
        de: {
          precision: 1,
          recall: 1,
          pages: 11,
        },
        en: {
          precision: 0.844,
          recall: 0.809,
          pages: 94,
        },
        es: {
          precision: null,
          recall: null,
          pages: 4,
        },
        fr: {
          precision: null,
          recall: null,
          pages: 2,
        },
        id: {
          precision: null,
          recall: null,
          pages: 1,
        },
        ja: {
          precision: null,
          recall: null,
          pages: 11,
        },
        ko: {
          precision: 1,
          recall: 1,
          pages: 5,
        },
        tr: {
          precision: null,
          recall: null,
          pages: 1,
        },
        zh: {
          precision: 1,
          recall: 1,
          pages: 29,
        },
      },
    },
  },
};
