/**
 * The detection's two fitted logistic models (is it an article; is it about the AI industry).
 * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do
 * not edit by hand, refit.
 */
export const DETECTION_WEIGHTS = {
  article: {
    bias: -0.4128,
    weights: {
      byline: -0.1578,
      fallback: -0.2525,
      headings: -1.7794,
      jsonLdArticle: 0.21,
      lineWords: 2.0333,
      linkShare: 0.5128,
      linkedHeadings: 0.7095,
      nonArticleType: 0,
      ogArticle: 2.3352,
      plainPath: -2.1881,
      published: -0.152,
      shortLines: -0.398,
      slug: 0.1043,
      titleWords: 3.111,
      words: -0.431,
    },
  },
  ai: {
    bias: -3.7211,
    weights: {
      aboutCore: 0.354,
      aboutOther: -0.1866,
      aiDensity: 5.2831,
      companies: 0.8241,
      hardwareMentions: -0.3119,
      infraDensity: 0.8944,
      leadTerms: 1.3804,
      mentions: 0.5447,
      modelMakerMentions: 2.986,
      titleCompany: -0.1532,
      titleCore: 0.2544,
      titleTerms: 1.8209,
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
      precision: 0.938,
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
          precision: 0.915,
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
