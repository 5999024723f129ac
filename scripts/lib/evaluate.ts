/** Scores the page pipeline against the golden pages; shared by `npm run eval` and its test. */
import { analyzePage } from '../../lib/analyze/analyze-page.ts';
import { type Counts, companyKey, f1, scoreCompanies } from './company-score.ts';
import type { Fixture } from './fixtures.ts';
import { parseHtml } from './parse-html.ts';
import { round } from './stats.ts';

/** The fixtures are dated 2025–2026; judge date plausibility from a fixed "today". */
const NOW = Date.parse('2026-11-22T00:00:00Z');

const sameInstant = (a: string | null, b: string | null) =>
  a !== null && b !== null && Date.parse(a) === Date.parse(b);

const ratio = (right: number, total: number) => round(right / Math.max(1, total), 3);

export function evaluatePages(fixtures: readonly Fixture[]) {
  const misses: string[] = [];
  const detection = { tp: 0, fp: 0, fn: 0 };
  const tally = { article: 0, genre: 0, genreTotal: 0, brier: 0 };
  const meta = {
    dated: 0,
    dateRight: 0,
    canonical: 0,
    canonicalRight: 0,
    titled: 0,
    titleRight: 0,
  };
  const companies: Counts = { tp: 0, fp: 0, fn: 0 };
  let discoveredTotal = 0;
  let discoveredFound = 0;
  const started = performance.now();

  for (const { slug, html, expected } of fixtures) {
    const result = analyzePage(parseHtml(html, expected.url), expected.url, NOW);
    const miss = (what: string) => misses.push(`${slug}: ${what}`);
    if (result.isArticle === expected.isArticle) tally.article += 1;
    else miss(`isArticle ${result.isArticle} (${result.reasons.slice(0, 3).join('; ')})`);
    if (result.isAIIndustry && expected.isAIIndustry) detection.tp += 1;
    else if (result.isAIIndustry) detection.fp += 1;
    else if (expected.isAIIndustry) detection.fn += 1;
    if (result.isAIIndustry !== expected.isAIIndustry) {
      miss(
        `isAIIndustry ${result.isAIIndustry} score ${result.score} (${result.reasons.join('; ')})`,
      );
    }
    tally.brier += (result.score - (expected.isAIIndustry ? 1 : 0)) ** 2;
    if (expected.isAIIndustry) {
      tally.genreTotal += 1;
      if (result.genre === expected.genre) tally.genre += 1;
      else miss(`genre ${result.genre} ≠ ${expected.genre}`);
    }
    if (!expected.isArticle) continue;

    const { missed, extra } = scoreCompanies(
      expected.companies,
      result.companies.map((c) => c.id),
      companies,
    );
    if (missed.length || extra.length) {
      miss(`companies missed [${missed.join(', ')}] extra [${extra.join(', ')}]`);
    }
    const found = new Set(result.companies.map((c) => c.id));
    for (const name of expected.discovered) {
      discoveredTotal += 1;
      if (found.has(companyKey(name))) discoveredFound += 1;
    }
    if (expected.publishedAt) {
      meta.dated += 1;
      if (sameInstant(result.publishedAt, expected.publishedAt)) meta.dateRight += 1;
      else miss(`date ${result.publishedAt} ≠ ${expected.publishedAt}`);
    }
    if (expected.canonicalUrl) {
      meta.canonical += 1;
      if (result.url === expected.canonicalUrl) meta.canonicalRight += 1;
      else miss(`url ${result.url} ≠ ${expected.canonicalUrl}`);
    }
    if (expected.title) {
      meta.titled += 1;
      if (result.title === expected.title) meta.titleRight += 1;
      else miss(`title "${result.title}" ≠ "${expected.title}"`);
    }
  }

  const det = f1(detection);
  const comp = f1(companies);
  const figures = {
    fixtures: fixtures.length,
    detection: {
      precision: round(det.precision, 3),
      recall: round(det.recall, 3),
      articleAccuracy: ratio(tally.article, fixtures.length),
      brier: round(tally.brier / fixtures.length, 3),
    },
    genre: { accuracy: ratio(tally.genre, tally.genreTotal) },
    companies: {
      precision: round(comp.precision, 3),
      recall: round(comp.recall, 3),
      f1: round(comp.f1, 3),
    },
    discovery: { recall: ratio(discoveredFound, discoveredTotal) },
    metadata: {
      dateAccuracy: ratio(meta.dateRight, meta.dated),
      canonicalAccuracy: ratio(meta.canonicalRight, meta.canonical),
      titleAccuracy: ratio(meta.titleRight, meta.titled),
    },
    msPerPage: round((performance.now() - started) / fixtures.length, 1),
  };
  return { figures, misses };
}
