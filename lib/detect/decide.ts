import { type CompanyMention, getOrg } from '../entities/recognize.ts';
import type { PageMetadata } from '../extract/metadata.ts';
import type { PageShape } from '../extract/page-shape.ts';
import {
  AI_CORE_KINDS,
  NON_ARTICLE_TYPE,
  aiFeatures,
  aiVocabulary,
  articleFeatures,
  articleTypeOf,
  slugLike,
} from './features.ts';
import { classifyGenre, type Genre } from './genre.ts';
import { type LogisticModel, probability } from './model.ts';
import { DETECTION_WEIGHTS } from './weights.ts';

/** Fewer words than this is a teaser, a stub or a page of links, not an article. */
export const MIN_ARTICLE_WORDS = 150;

export interface DetectionInput {
  readonly url: URL;
  readonly metadata: PageMetadata;
  readonly title: string;
  readonly lead: string;
  readonly text: string;
  readonly wordCount: number;
  readonly byline: string | null;
  readonly companies: readonly CompanyMention[];
  /** Readability gave up and the text is the page's largest block (extract-article.ts). */
  readonly readFallback?: boolean;
  /** How much of the page is links (page-shape.ts); absent for a feed item. */
  readonly shape?: PageShape;
  /**
   * Set when the source itself declares this an article (a feed entry, whose text is often a
   * short summary): the page-versus-article verdict is skipped and this is its reason.
   */
  readonly declaredArticle?: string;
}

export interface Detection {
  readonly isArticle: boolean;
  readonly isAIIndustry: boolean;
  /** Probability-like confidence that this is an AI-industry article, 0..1. */
  readonly score: number;
  readonly genre: Genre;
  readonly reasons: readonly string[];
}

/** The two fitted models (weights.ts, `npm run fit`). */
export interface DetectionModels {
  readonly article: LogisticModel;
  readonly ai: LogisticModel;
}

export const FITTED: DetectionModels = DETECTION_WEIGHTS;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function articleVerdict(
  input: DetectionInput,
  model: LogisticModel,
): { isArticle: boolean; reasons: string[] } {
  const { metadata, wordCount, url } = input;
  if (input.declaredArticle) {
    return { isArticle: true, reasons: [input.declaredArticle, `${wordCount} words`] };
  }
  if (wordCount < MIN_ARTICLE_WORDS) {
    return { isArticle: false, reasons: [`only ${wordCount} words of article text`] };
  }
  const articleType = articleTypeOf(input);
  const nonArticle = metadata.jsonLdTypes.find((type) => NON_ARTICLE_TYPE.test(type));
  if (!articleType && nonArticle) {
    return { isArticle: false, reasons: [`JSON-LD says ${nonArticle}`] };
  }
  const p = probability(model, articleFeatures(input));
  const isArticle = p >= 0.5;
  const reasons: string[] = [];
  if (articleType) reasons.push(`JSON-LD type ${articleType}`);
  if (metadata.ogType === 'article') reasons.push('og:type article');
  if (metadata.publishedAt) reasons.push('has a publication date');
  if (input.byline || metadata.authors.length > 0) reasons.push('has a byline');
  if (slugLike(url)) reasons.push('article-like URL');
  reasons.unshift(
    isArticle
      ? `reads as an article (${p.toFixed(2)})`
      : `does not read as an article (${p.toFixed(2)})`,
  );
  reasons.push(`${wordCount.toLocaleString('en')} words`);
  return { isArticle, reasons };
}

/**
 * The full decision on an extracted page: is it an article, is it about the AI industry (two
 * logistic models over the features of features.ts, fitted on labelled pages), and of which
 * genre. Every decision carries the reasons a reader sees under "why this article".
 */
export function decide(input: DetectionInput, models: DetectionModels = FITTED): Detection {
  const article = articleVerdict(input, models.article);
  const genre = classifyGenre({ ...input, metadata: input.metadata });
  if (!article.isArticle) {
    return {
      isArticle: false,
      isAIIndustry: false,
      score: 0,
      genre: 'other',
      reasons: article.reasons,
    };
  }
  // An article about the AI industry uses at least one of its words somewhere: however many AI
  // companies a page names, without one it is about something else (and feed items without one
  // skip the pipeline: lib/feeds/analyze-item.ts).
  const vocabulary = aiVocabulary(input);
  const speaksOfAI =
    vocabulary.inTitle.length > 0 || vocabulary.inLead.length > 0 || vocabulary.inText > 0;
  const score = speaksOfAI
    ? Number(probability(models.ai, aiFeatures(input, vocabulary)).toFixed(3))
    : 0;
  const isAIIndustry = score >= 0.5;

  const density = (vocabulary.inText * 1_000) / Math.max(input.wordCount, 1);
  const titleTerms = vocabulary.inTitle;
  const titleLower = input.title.toLowerCase();
  const inTitle = input.companies.filter(
    (c) =>
      titleLower.includes(c.name.toLowerCase()) || c.evidence.some((e) => e.startsWith('title')),
  );
  const about = input.companies.filter((c) => c.about);
  const registryMentions = input.companies
    .filter((c) => !c.discovered)
    .reduce((sum, c) => sum + c.mentions, 0);
  const reasons: string[] = [];
  if (registryMentions > 0)
    reasons.push(`${plural(registryMentions, 'mention')} of AI-industry companies`);
  if (inTitle.length > 0)
    reasons.push(
      `title names ${inTitle
        .map((c) => c.name)
        .slice(0, 3)
        .join(', ')}`,
    );
  if (titleTerms.length > 0) reasons.push(`title speaks of ${titleTerms.slice(0, 3).join(', ')}`);
  if (about.length > 0) {
    const core = about.filter((c) => c.discovered || AI_CORE_KINDS.has(getOrg(c.id)?.kind ?? ''));
    reasons.push(
      `about ${[...core, ...about.filter((c) => !core.includes(c))]
        .map((c) => c.name)
        .slice(0, 4)
        .join(', ')}`,
    );
  }
  reasons.push(
    speaksOfAI ? `${density.toFixed(1)} AI terms per 1,000 words` : 'not one AI term in it',
  );
  reasons.push(...article.reasons);
  reasons.push(`genre ${genre.genre}: ${genre.reason}`);
  reasons.unshift(
    isAIIndustry
      ? `AI-industry article (score ${score})`
      : `not about the AI industry (score ${score})`,
  );
  return { isArticle: true, isAIIndustry, score, genre: genre.genre, reasons };
}
