/**
 * Scores the page pipeline on the real-page corpus (`corpus.ts`): the `real.*` figures of
 * `npm run eval` (keys in ../shared/MEASURES.md). Borderline pages are left out of detection
 * precision and recall and reported apart.
 */
import { type AnalyzedPage, analyzeDocument } from '../../lib/analyze/analyze-page.ts';
import { prefilter } from '../../lib/detect/prefilter.ts';
import { companyKey } from './company-score.ts';
import { type CorpusPage, corpusHtml } from './corpus.ts';
import { withParsedHtml } from './parse-html.ts';
import { median, round } from './stats.ts';

/** The corpus's pages were saved 2024–2026; judge date plausibility from a fixed "today". */
const NOW = Date.parse('2026-12-01T00:00:00Z');

export interface RealResult {
  readonly page: CorpusPage;
  readonly analyzed: AnalyzedPage;
  readonly prefilterPassed: boolean;
  readonly ms: number;
}

/** Runs the pipeline on every page, one happy-dom window at a time (closed after each page). */
export async function analyzeCorpus(pages: readonly CorpusPage[]): Promise<RealResult[]> {
  const results: RealResult[] = [];
  for (const page of pages) {
    const html = await corpusHtml(page);
    results.push(
      await withParsedHtml(html, page.url, (doc) => {
        const started = performance.now();
        const analyzed = analyzeDocument(doc, page.url, NOW);
        const ms = performance.now() - started;
        return { page, analyzed, prefilterPassed: prefilter(doc, new URL(page.url)).pass, ms };
      }),
    );
  }
  return results;
}

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

/** Is a discovered name one of the page's labelled companies? */
const labelled = (page: CorpusPage) => new Set(page.companies.map(companyKey));

export function scoreReal(results: readonly RealResult[]) {
  const misses: string[] = [];
  const overall = tally();
  const nonEnglish = tally();
  const byLang = new Map<string, Tally>();
  const companies = { labelled: 0, found: 0, about: 0, aboutLabelled: 0 };
  const discovery = { names: 0, unlabelled: 0 };
  const junk: string[] = [];
  const borderline = { pages: 0, flagged: 0 };
  let droppedPositives = 0;

  for (const { page, analyzed, prefilterPassed } of results) {
    const { analysis } = analyzed;
    const miss = (what: string) => misses.push(`${page.file} [${page.lang}]: ${what}`);
    if (page.borderline) {
      borderline.pages += 1;
      if (analysis.isAIIndustry) borderline.flagged += 1;
    } else {
      const lang = byLang.get(page.lang) ?? tally();
      byLang.set(page.lang, lang);
      for (const t of page.lang === 'en' ? [overall, lang] : [overall, lang, nonEnglish]) {
        t.pages += 1;
        if (analysis.isAIIndustry && page.isAIIndustry) t.tp += 1;
        else if (analysis.isAIIndustry) t.fp += 1;
        else if (page.isAIIndustry) t.fn += 1;
      }
      if (analysis.isAIIndustry !== page.isAIIndustry) {
        miss(
          `${page.isAIIndustry ? 'missed' : 'false positive'} (score ${analysis.score}: ${analysis.reasons.slice(0, 4).join('; ')})`,
        );
      }
      if (page.isAIIndustry && !prefilterPassed) droppedPositives += 1;
    }
    if (!page.isAIIndustry || page.borderline) continue;

    const want = labelled(page);
    const got = new Set(analysis.companies.map((c) => c.id));
    companies.labelled += want.size;
    const missing = [...want].filter((id) => !got.has(id));
    companies.found += want.size - missing.length;
    if (missing.length) miss(`companies missed [${missing.join(', ')}]`);
    for (const company of analysis.companies) {
      if (company.about) {
        companies.about += 1;
        if (want.has(company.id)) companies.aboutLabelled += 1;
        else miss(`about, not labelled: ${company.name}`);
      }
      if (company.discovered) {
        discovery.names += 1;
        if (!want.has(company.id)) {
          discovery.unlabelled += 1;
          junk.push(`${company.name} (${page.file})`);
        }
      }
    }
  }

  const langs = Object.fromEntries(
    [...byLang]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lang, t]) => [lang, { precision: precision(t), recall: recall(t), pages: t.pages }]),
  );
  return {
    figures: {
      pages: results.length,
      msMedian: round(median(results.map((r) => r.ms)), 1),
      detection: {
        precision: precision(overall),
        recall: recall(overall),
        pages: overall.pages,
        nonEnglish: {
          precision: precision(nonEnglish),
          recall: recall(nonEnglish),
          pages: nonEnglish.pages,
        },
        byLang: langs,
      },
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
