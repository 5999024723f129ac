/**
 * Scores the page understanding on labelled pages (`labelled-pages.ts`): the `real.*` figures of
 * `npm run eval` (keys in ../shared/MEASURES.md). The fitted decisions (article, AI industry,
 * about) are judged with the models fitted without each page's fold (`cross-validate.ts`);
 * recognition and the pre-filter, which are not fitted, as they are. Borderline pages are left
 * out of detection precision and recall and reported apart.
 */
import { FITTED } from '../../lib/detect/decide.ts';
import { ABOUT_MODEL } from '../../lib/entities/salience.ts';
import { decideWith, type Models } from './cross-validate.ts';
import { aboutIds, type LabelledPage } from './labelled-pages.ts';
import { median, round } from './stats.ts';

/** The models the extension ships (weights.ts, about-weights.ts). */
export const SHIPPED: Models = { ...FITTED, about: ABOUT_MODEL };

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  pages: number;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, pages: 0 });
/** Null where undefined: no page was flagged (precision) or none is positive (recall). */
const precision = (t: Tally) => (t.tp + t.fp === 0 ? null : round(t.tp / (t.tp + t.fp), 3));
const recall = (t: Tally) => (t.tp + t.fn === 0 ? null : round(t.tp / (t.tp + t.fn), 3));

/** AI-industry detection on these pages (borderline ones left out), overall and by language. */
export function detectionFigures(
  pages: readonly LabelledPage[],
  modelsFor: (page: LabelledPage) => Models,
  miss?: (page: LabelledPage, what: string) => void,
) {
  const overall = tally();
  const nonEnglish = tally();
  const byLang = new Map<string, Tally>();
  for (const page of pages.filter((p) => !p.borderline)) {
    const flagged = decideWith(modelsFor(page), page);
    const lang = byLang.get(page.lang) ?? tally();
    byLang.set(page.lang, lang);
    for (const t of page.lang === 'en' ? [overall, lang] : [overall, lang, nonEnglish]) {
      t.pages += 1;
      if (flagged && page.isAIIndustry) t.tp += 1;
      else if (flagged) t.fp += 1;
      else if (page.isAIIndustry) t.fn += 1;
    }
    if (flagged !== page.isAIIndustry) {
      miss?.(page, page.isAIIndustry ? 'missed' : 'false positive');
    }
  }
  return {
    precision: precision(overall),
    recall: recall(overall),
    pages: overall.pages,
    nonEnglish: {
      precision: precision(nonEnglish),
      recall: recall(nonEnglish),
      pages: nonEnglish.pages,
    },
    byLang: Object.fromEntries(
      [...byLang]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([lang, t]) => [lang, { precision: precision(t), recall: recall(t), pages: t.pages }]),
    ),
  };
}

/** The real-page figures; `modelsFor` gives each page's held-out models (or the shipped ones). */
export function scoreReal(
  pages: readonly LabelledPage[],
  modelsFor: (page: LabelledPage) => Models,
) {
  const misses: string[] = [];
  const junk: string[] = [];
  const miss = (page: LabelledPage, what: string) =>
    misses.push(`${page.name} [${page.lang}]: ${what}`);
  const detection = detectionFigures(pages, modelsFor, (page, what) =>
    miss(page, `${what}${page.ended ? ` (${page.ended})` : ''}`),
  );
  const companies = { labelled: 0, found: 0, about: 0, aboutLabelled: 0 };
  const discovery = { names: 0, unlabelled: 0 };
  const borderline = { pages: 0, flagged: 0 };
  let droppedPositives = 0;

  for (const page of pages) {
    if (page.borderline) {
      borderline.pages += 1;
      if (decideWith(modelsFor(page), page)) borderline.flagged += 1;
    } else if (page.isAIIndustry && page.ended?.startsWith('pre-filter')) {
      droppedPositives += 1;
    }
    if (!page.isAIIndustry || page.borderline) continue;
    const found = new Set(page.input?.companies.map((c) => c.id) ?? []);
    const missing = [...page.labelled].filter((id) => !found.has(id));
    companies.labelled += page.labelled.size;
    companies.found += page.labelled.size - missing.length;
    if (missing.length) miss(page, `companies missed [${missing.join(', ')}]`);
    const about = aboutIds(page, modelsFor(page).about);
    for (const id of about) {
      companies.about += 1;
      if (page.labelled.has(id)) companies.aboutLabelled += 1;
      else miss(page, `about, not labelled: ${id}`);
    }
    for (const company of page.input?.companies ?? []) {
      if (!company.discovered) continue;
      discovery.names += 1;
      if (!page.labelled.has(company.id)) {
        discovery.unlabelled += 1;
        junk.push(`${company.name} (${page.name})`);
      }
    }
  }

  return {
    figures: {
      pages: pages.length,
      msMedian: round(median(pages.map((p) => p.ms)), 1),
      detection,
      companies: {
        recall: round(companies.found / Math.max(1, companies.labelled), 3),
        aboutPrecision: round(companies.aboutLabelled / Math.max(1, companies.about), 3),
      },
      // Discovered names on AI-industry pages that are not among the page's labelled companies:
      // an upper bound of the junk share (labels list only the companies acting in the text).
      discovery: {
        junkShare: round(discovery.unlabelled / Math.max(1, discovery.names), 3),
        names: discovery.names,
      },
      prefilter: { droppedPositives },
      borderline: {
        pages: borderline.pages,
        flaggedShare: round(borderline.flagged / Math.max(1, borderline.pages), 3),
      },
    },
    misses,
    junk,
  };
}
