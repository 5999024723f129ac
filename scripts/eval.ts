/**
 * `npm run eval`: quality of the page pipeline on the golden pages (tests/fixtures/pages) and, when
 * it is on this machine, on the real-page corpus (../shared/corpus, `real.*` keys). Prints a
 * table, or one JSON object with --json (keys as in ../shared/MEASURES.md; a figure not measured
 * yet is absent). --verbose lists every miss; --real runs the real-page part alone.
 */
import { crossValidate } from './lib/cross-validate.ts';
import { evaluatePages } from './lib/evaluate.ts';
import { SHIPPED, detectionFigures, scoreReal } from './lib/evaluate-real.ts';
import { goldenPages, realPages as readRealPages } from './lib/labelled-pages.ts';
import { gateFailures } from './lib/real-gate.ts';
import { loadFixtures } from './lib/fixtures.ts';
import { formatRobustness, measureRobustness } from './lib/highlight-robustness.ts';
import { evaluateRelated } from './lib/related-eval.ts';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const realOnly = process.argv.includes('--real');
/** With --real: fail below the floors of scripts/lib/real-gate.ts (npm test). */
const gate = process.argv.includes('--gate');

/**
 * The real-page figures, or null without the corpus: the fitted decisions cross-validated (each
 * page judged by models fitted without its source's fold, golden pages included in fitting), and
 * the shipped models' detection beside them.
 */
async function realPages() {
  const real = await readRealPages();
  if (!real) return null;
  const heldOut = crossValidate([...(await goldenPages()), ...real]);
  const scored = scoreReal(real, (page) => heldOut.get(page) ?? SHIPPED);
  const shipped = detectionFigures(real, () => SHIPPED);
  return {
    ...scored,
    figures: {
      ...scored.figures,
      shipped: { detection: { precision: shipped.precision, recall: shipped.recall } },
    },
  };
}

function printReal(real: Awaited<ReturnType<typeof realPages>>) {
  if (!real) {
    console.log('\nReal pages: skipped, no corpus at ../shared/corpus (or BACKSTORY_CORPUS)');
    return;
  }
  const { figures: f } = real;
  console.log(
    `\nReal pages: ${f.pages} (${f.msMedian} ms median per page in Node); fitted decisions cross-validated by source`,
  );
  const rows: [string, number | null, string][] = [
    ['real.detection.precision', f.detection.precision, '>= 0.95'],
    ['real.detection.recall', f.detection.recall, '>= 0.92'],
    ['real.detection.nonEnglish.precision', f.detection.nonEnglish.precision, '>= 0.95'],
    ['real.detection.nonEnglish.recall', f.detection.nonEnglish.recall, '>= 0.92'],
    ['real.companies.recall', f.companies.recall, '>= 0.92'],
    ['real.companies.aboutPrecision', f.companies.aboutPrecision, '>= 0.90'],
    ['real.discovery.junkShare (upper bound)', f.discovery.junkShare, '<= 0.05'],
    ['real.prefilter.droppedPositives', f.prefilter.droppedPositives, '0'],
    ['real.borderline.flaggedShare', f.borderline.flaggedShare, ''],
    ['real.shipped.detection.precision (in sample)', f.shipped.detection.precision, ''],
    ['real.shipped.detection.recall (in sample)', f.shipped.detection.recall, ''],
  ];
  for (const [name, value, target] of rows) {
    console.log(`${name.padEnd(46)}${String(value ?? '—').padStart(7)}  ${target}`);
  }
  console.log(
    `\n${'language'.padEnd(10)}${'pages'.padStart(6)}${'precision'.padStart(11)}${'recall'.padStart(8)}`,
  );
  for (const [lang, t] of Object.entries(f.detection.byLang)) {
    console.log(
      `${lang.padEnd(10)}${String(t.pages).padStart(6)}${(t.precision?.toFixed(3) ?? '—').padStart(11)}${(t.recall?.toFixed(3) ?? '—').padStart(8)}`,
    );
  }
  if (verbose)
    console.log(
      `\n${real.misses.join('\n')}\n\nDiscovered, not labelled:\n${real.junk.join('\n')}`,
    );
}

async function main() {
  if (realOnly) {
    const real = await realPages();
    if (json) console.log(JSON.stringify(real ? { real: real.figures } : {}));
    else printReal(real);
    if (gate && real) {
      const failures = gateFailures(real.figures);
      console.log(failures.length ? `\nGate FAILED:\n  ${failures.join('\n  ')}` : '\nGate passed');
      if (failures.length) process.exitCode = 1;
    }
    return;
  }
  const fixtures = await loadFixtures();
  const { figures, misses } = evaluatePages(fixtures);
  const highlights = measureRobustness(fixtures);
  const { queries, msPerQuery, ...related } = await evaluateRelated();
  const real = await realPages();
  if (json) {
    const { misses: _misses, ...anchoring } = highlights;
    console.log(
      JSON.stringify({
        ...figures,
        related,
        highlights: anchoring,
        ...(real ? { real: real.figures } : {}),
      }),
    );
    return;
  }
  const rows: [string, number, string][] = [
    ['detection.precision', figures.detection.precision, '>= 0.95'],
    ['detection.recall', figures.detection.recall, '>= 0.90'],
    ['detection.articleAccuracy', figures.detection.articleAccuracy, ''],
    ['detection.brier (lower is better)', figures.detection.brier, ''],
    ['genre.accuracy', figures.genre.accuracy, '>= 0.85'],
    ['companies.precision', figures.companies.precision, ''],
    ['companies.recall', figures.companies.recall, ''],
    ['companies.f1', figures.companies.f1, '>= 0.90'],
    ['discovery.recall', figures.discovery.recall, '>= 0.70'],
    ['metadata.dateAccuracy', figures.metadata.dateAccuracy, '>= 0.95'],
    ['metadata.canonicalAccuracy', figures.metadata.canonicalAccuracy, '>= 0.95'],
    ['metadata.titleAccuracy', figures.metadata.titleAccuracy, ''],
    ['related.ndcg5', related.ndcg5, '> baseline'],
    ['related.ndcg5Flat (folded listed flat)', related.ndcg5Flat, ''],
    ['related.recall10', related.recall10, '> baseline'],
    ['related.baseline.ndcg5 (BM25)', related.baseline.ndcg5, ''],
    ['related.baseline.recall10 (BM25)', related.baseline.recall10, ''],
  ];
  console.log(`Golden pages: ${figures.fixtures} (${figures.msPerPage} ms per page in Node)`);
  console.log(`Related: ${queries} queries on the labelled archive (${msPerQuery} ms each)\n`);
  console.log(`${'figure'.padEnd(36)}${'value'.padStart(7)}  target`);
  for (const [name, value, target] of rows) {
    console.log(`${name.padEnd(36)}${value.toFixed(3).padStart(7)}  ${target}`);
  }
  console.log(`\n${formatRobustness(highlights, verbose)}`);
  if (verbose) console.log(`\n${misses.join('\n')}`);
  else if (misses.length) console.log(`\n${misses.length} misses (--verbose lists them)`);
  printReal(real);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
