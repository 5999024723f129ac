/**
 * `npm run eval`: quality of the page pipeline on the golden pages (tests/fixtures/pages).
 * Prints a table, or one JSON object with --json (keys as in ../shared/MEASURES.md; a figure not
 * measured yet is absent).
 */
import { analyzePage } from '../lib/analyze/analyze-page.ts';
import { loadFixtures } from './lib/fixtures.ts';
import { parseHtml } from './lib/parse-html.ts';
import { round } from './lib/stats.ts';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');

const sameInstant = (a: string | null, b: string | null) =>
  a !== null && b !== null && Date.parse(a) === Date.parse(b);

async function main() {
  const fixtures = await loadFixtures();
  let articleRight = 0;
  let dated = 0;
  let dateRight = 0;
  let canonical = 0;
  let canonicalRight = 0;
  const misses: string[] = [];
  for (const { slug, html, expected } of fixtures) {
    const result = analyzePage(parseHtml(html, expected.url), expected.url);
    if (result.isArticle === expected.isArticle) articleRight += 1;
    else misses.push(`${slug}: isArticle ${result.isArticle} (${result.reasons.join('; ')})`);
    if (expected.isArticle && expected.publishedAt) {
      dated += 1;
      if (sameInstant(result.capture?.publishedAt ?? null, expected.publishedAt)) dateRight += 1;
      else misses.push(`${slug}: date ${result.capture?.publishedAt} ≠ ${expected.publishedAt}`);
    }
    if (expected.isArticle && expected.canonicalUrl) {
      canonical += 1;
      if (result.capture?.url === expected.canonicalUrl) canonicalRight += 1;
      else misses.push(`${slug}: url ${result.capture?.url} ≠ ${expected.canonicalUrl}`);
    }
  }
  const figures = {
    fixtures: fixtures.length,
    article: { accuracy: round(articleRight / fixtures.length, 3) },
    metadata: {
      dateAccuracy: round(dateRight / Math.max(1, dated), 3),
      canonicalAccuracy: round(canonicalRight / Math.max(1, canonical), 3),
    },
  };
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`Golden pages: ${fixtures.length}\n`);
  console.log(`${'figure'.padEnd(32)}${'value'.padStart(8)}  target`);
  console.log(`${'article.accuracy'.padEnd(32)}${String(figures.article.accuracy).padStart(8)}`);
  console.log(
    `${'metadata.dateAccuracy'.padEnd(32)}${String(figures.metadata.dateAccuracy).padStart(8)}  >= 0.95`,
  );
  console.log(
    `${'metadata.canonicalAccuracy'.padEnd(32)}${String(figures.metadata.canonicalAccuracy).padStart(8)}  >= 0.95`,
  );
  if (verbose) console.log(`\n${misses.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
