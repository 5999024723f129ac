/**
 * Fits the page understanding's three logistic models on labelled pages and cross-validates them:
 * k folds drawn by source (pages saved from one site or test suite share a template, so they are
 * never split between fitting and judging), each page judged by models fitted without its fold.
 * `npm run fit` writes the models fitted on every page; `npm run eval` reports the held-out
 * figures, which are what a reader sees on pages the models never saw.
 */
import { type DetectionInput, type DetectionModels, decide } from '../../lib/detect/decide.ts';
import { aiFeatures, type Features } from '../../lib/detect/features.ts';
import type { LogisticModel } from '../../lib/detect/model.ts';
import { type LabelledPage, withAbout } from './labelled-pages.ts';
import { fitLogistic } from './logistic.ts';

export const FOLDS = 5;
/** L2 strength: features run from 0 to 1; this keeps a dozen weights in a sensible range. */
export const LAMBDA = 0.3;

export type Models = DetectionModels & { readonly about: LogisticModel };

/** Pages whose companies are labelled: the corpus's AI-industry and borderline pages. */
export const aboutPages = (pages: readonly LabelledPage[]) =>
  pages.filter((p) => p.origin === 'real' && (p.isAIIndustry || p.borderline) && p.input);

/** All three models, fitted on these pages: "about" first, as the AI-industry model reads it. */
export function fitModels(pages: readonly LabelledPage[], lambda = LAMBDA): Models {
  // A company the article is about is one the labels say acts in it.
  const about = fitLogistic(
    aboutPages(pages).flatMap((p) =>
      [...p.about].map(([id, features]) => ({ features, label: p.labelled.has(id) })),
    ),
    lambda,
  );
  const read = pages.filter((p) => p.input && p.article);
  return {
    about,
    article: fitLogistic(
      read.map((p) => ({ features: p.article as Features, label: p.isArticle })),
      lambda,
    ),
    // The AI-industry model decides among articles; borderline pages teach it nothing sure.
    ai: fitLogistic(
      read
        .filter((p) => p.isArticle && !p.borderline)
        .map((p) => ({
          features: aiFeatures(withAbout(p, about) as DetectionInput),
          label: p.isAIIndustry,
        })),
      lambda,
    ),
  };
}

/** The fold of a group: a stable hash, so that a page's fold never depends on the others. */
export function foldOf(group: string): number {
  let hash = 2166136261;
  for (const char of group) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0) % FOLDS;
}

/** Whether these models call the page an AI-industry article. */
export function decideWith(models: Models, page: LabelledPage): boolean {
  const input = withAbout(page, models.about);
  return input ? decide(input, models).isAIIndustry : false;
}

/** For each page, the models fitted without its fold. */
export function crossValidate(
  pages: readonly LabelledPage[],
  lambda = LAMBDA,
): Map<LabelledPage, Models> {
  const heldOut = new Map<LabelledPage, Models>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const models = fitModels(
      pages.filter((p) => foldOf(p.group) !== fold),
      lambda,
    );
    for (const page of pages.filter((p) => foldOf(p.group) === fold)) heldOut.set(page, models);
  }
  return heldOut;
}
