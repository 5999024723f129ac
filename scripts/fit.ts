/**
 * `npm run fit`: fits the page understanding's logistic models on the labelled pages (the golden
 * pages written for the project and the real-page corpus, ../shared/corpus, read in place):
 * whether a company is what the article is about or named in passing (lib/entities/
 * about-weights.ts, learnt from the corpus's labelled companies), then whether a page is an
 * article and whether it is about the AI industry (lib/detect/weights.ts).
 *
 * It reports what a reader will see on pages the models were not fitted on: k-fold
 * cross-validation with folds drawn by source (scripts/lib/cross-validate.ts). `--dry-run`
 * reports without writing; `--lambda=<x>` tries another regularisation strength.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { crossValidate, FOLDS, fitModels, LAMBDA } from './lib/cross-validate.ts';
import { detectionFigures, scoreReal } from './lib/evaluate-real.ts';
import { goldenPages, realPages } from './lib/labelled-pages.ts';

const WEIGHTS = fileURLToPath(new URL('../lib/detect/weights.ts', import.meta.url));
const ABOUT_WEIGHTS = fileURLToPath(new URL('../lib/entities/about-weights.ts', import.meta.url));

/** A TypeScript module holding fitted weights (JSON imports need loader support everywhere). */
function weightsModule(what: string, name: string, value: object): string {
  return [
    '/**',
    ` * ${what}`,
    ' * Written by `npm run fit` (scripts/fit.ts) with the cross-validated figures it measured: do',
    ' * not edit by hand, refit.',
    ' */',
    `export const ${name} = ${JSON.stringify(value, null, 2)};`,
    '',
  ].join('\n');
}

async function main() {
  const dryRun = process.argv.includes('--dry-run');
  const lambda = Number(
    process.argv.find((a) => a.startsWith('--lambda='))?.slice('--lambda='.length) ?? LAMBDA,
  );
  const golden = await goldenPages();
  const real = (await realPages()) ?? [];
  if (real.length === 0) console.warn('No real-page corpus: fitting on the golden pages alone.');
  const pages = [...golden, ...real];
  const heldOut = crossValidate(pages, lambda);
  const models = fitModels(pages, lambda);
  const cv = (page: (typeof pages)[number]) => heldOut.get(page) ?? models;
  const all = () => models;

  console.log(
    `Pages: ${golden.length} golden, ${real.length} real; ${FOLDS} folds by source, λ ${lambda}`,
  );
  console.log(
    `\n${'AI-industry detection'.padEnd(26)}${'cross-validated'.padStart(20)}${'in sample'.padStart(20)}   precision / recall`,
  );
  type Pr = { precision: number | null; recall: number | null; pages: number };
  const row = (name: string, a: Pr, b: Pr) =>
    console.log(
      `${name.padEnd(26)}${`${a.precision ?? '—'} / ${a.recall ?? '—'}`.padStart(20)}${`${b.precision ?? '—'} / ${b.recall ?? '—'}`.padStart(20)}   ${a.pages} pages`,
    );
  row('golden', detectionFigures(golden, cv), detectionFigures(golden, all));
  const realCv = scoreReal(real, cv).figures;
  const realFit = scoreReal(real, all).figures;
  row('real', realCv.detection, realFit.detection);
  row('real, not English', realCv.detection.nonEnglish, realFit.detection.nonEnglish);
  for (const [lang, t] of Object.entries(realCv.detection.byLang)) {
    row(`real, ${lang}`, t, realFit.detection.byLang[lang] ?? t);
  }
  console.log(
    `\nabout precision (real): cross-validated ${realCv.companies.aboutPrecision}, in sample ${realFit.companies.aboutPrecision}`,
  );
  console.log(
    `\nabout model: ${JSON.stringify(models.about)}\narticle model: ${JSON.stringify(models.article)}\nAI model: ${JSON.stringify(models.ai)}`,
  );
  if (dryRun) return;
  const fit = {
    folds: FOLDS,
    lambda,
    pages: { golden: golden.length, real: real.length },
  };
  await writeFile(
    WEIGHTS,
    weightsModule(
      "The detection's two fitted logistic models (is it an article; is it about the AI industry).",
      'DETECTION_WEIGHTS',
      { article: models.article, ai: models.ai, fit: { ...fit, crossValidated: realCv.detection } },
    ),
  );
  await writeFile(
    ABOUT_WEIGHTS,
    weightsModule('The fitted "about rather than in passing" model.', 'ABOUT_WEIGHTS', {
      ...models.about,
      fit: { ...fit, crossValidatedAboutPrecision: realCv.companies.aboutPrecision },
    }),
  );
  // Written as JSON is written; the house format (single quotes) is applied after.
  spawnSync('npx', ['biome', 'format', '--write', WEIGHTS, ABOUT_WEIGHTS], { stdio: 'ignore' });
  console.log(`\nWrote ${WEIGHTS} and ${ABOUT_WEIGHTS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
