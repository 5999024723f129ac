/**
 * `npm run eval`: quality of the page pipeline on the golden pages (tests/fixtures/pages).
 * Prints a table, or one JSON object with --json (keys as in ../shared/MEASURES.md; a figure not
 * measured yet is absent). --verbose lists every miss.
 */
import { evaluatePages } from './lib/evaluate.ts';
import { loadFixtures } from './lib/fixtures.ts';
import { formatRobustness, measureRobustness } from './lib/highlight-robustness.ts';
import { evaluateRelated } from './lib/related-eval.ts';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
async function main() {
  const fixtures = await loadFixtures();
  const { figures, misses } = evaluatePages(fixtures);
  const highlights = measureRobustness(fixtures);
  const { queries, msPerQuery, ...related } = await evaluateRelated();
  if (json) {
    const { misses: _misses, ...anchoring } = highlights;
    console.log(JSON.stringify({ ...figures, related, highlights: anchoring }));
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
