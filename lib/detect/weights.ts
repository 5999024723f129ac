/**
 * The detection's two fitted logistic models (is it an article; is it about the AI industry).
 * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do
 * not edit by hand, refit.
 */
export const DETECTION_WEIGHTS = {
  article: {
    bias: -0.3392,
    weights: {
      byline: -0.2244,
      fallback: -0.3144,
      headings: -1.6829,
      jsonLdArticle: 0.2585,
      lineWords: 2.1993,
      linkShare: 0.4588,
      linkedHeadings: 0.7996,
      nonArticleType: 0,
      ogArticle: 2.3283,
      plainPath: -2.1123,
      published: -0.1635,
      shortLines: -0.5952,
      slug: 0.0741,
      titleWords: 2.999,
      words: -0.5095,
    },
  },
  ai: {
    bias: -3.7201,
    weights: {
      aboutCore: 0.4851,
      aboutOther: -0.1999,
      aiDensity: 5.2825,
      companies: 0.8153,
      hardwareMentions: -0.3298,
      infraDensity: 0.9059,
      leadTerms: 1.3709,
      mentions: 0.5453,
      modelMakerMentions: 2.9729,
      titleCompany: -0.1563,
      titleCore: 0.2226,
      titleTerms: 1.8241,
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
      precision: 0.923,
      recall: 0.938,
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
          precision: 0.896,
          recall: 0.915,
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
