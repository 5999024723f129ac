import type { CompanyMention } from '../entities/recognize.ts';
import { getOrg } from '../entities/recognize.ts';
import type { PageMetadata } from '../extract/metadata.ts';
import { aiTermsIn, countAiTerms } from './ai-terms.ts';
import { classifyGenre, type Genre } from './genre.ts';

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

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/;
const NON_ARTICLE_TYPE =
  /^(?:Product|ProductGroup|SearchResultsPage|CollectionPage|ItemList|ProfilePage|CheckoutPage|ContactPage)$/;
/** Organisation kinds whose very presence says "AI industry"; big tech and investors need AI context. */
const AI_CORE_KINDS = new Set(['lab', 'chips', 'cloud', 'startup']);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function articleVerdict(input: DetectionInput): { isArticle: boolean; reasons: string[] } {
  const { metadata, wordCount, url } = input;
  if (input.declaredArticle) {
    return { isArticle: true, reasons: [input.declaredArticle, `${wordCount} words`] };
  }
  const types = metadata.jsonLdTypes;
  // An editorial review is an article; the user reviews on a shop's product page (with offers) are not.
  const sells =
    metadata.ogType !== 'article' && (types.includes('Offer') || types.includes('AggregateOffer'));
  const articleType = types.find(
    (type) => ARTICLE_TYPE.test(type) || (type === 'Review' && !sells),
  );
  const reasons: string[] = [];
  if (wordCount < MIN_ARTICLE_WORDS) {
    return { isArticle: false, reasons: [`only ${wordCount} words of article text`] };
  }
  if (!articleType && types.some((type) => NON_ARTICLE_TYPE.test(type))) {
    return {
      isArticle: false,
      reasons: [`JSON-LD says ${types.find((t) => NON_ARTICLE_TYPE.test(t))}`],
    };
  }
  if (articleType) reasons.push(`JSON-LD type ${articleType}`);
  if (metadata.ogType === 'article') reasons.push('og:type article');
  if (metadata.publishedAt) reasons.push('has a publication date');
  if (input.byline || metadata.authors.length > 0) reasons.push('has a byline');
  const slug = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const slugLike = slug.split(/[-_]/).length >= 3;
  if (slugLike) reasons.push('article-like URL');
  const strong = Boolean(articleType) || metadata.ogType === 'article';
  const isArticle = strong || (Boolean(metadata.publishedAt) && (reasons.length >= 3 || slugLike));
  if (!isArticle) reasons.unshift('too few article signals');
  reasons.push(`${wordCount.toLocaleString('en')} words`);
  return { isArticle, reasons };
}

/**
 * The full decision on an extracted page: is it an article, is it about the AI industry (with a
 * logistic score over vocabulary density, headline, lead and the companies it is about), and of
 * which genre. Every decision carries the reasons a reader sees under "why this article".
 */
export function decide(input: DetectionInput): Detection {
  const article = articleVerdict(input);
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
  const density = (countAiTerms(input.text) * 1_000) / Math.max(input.wordCount, 1);
  const titleTerms = aiTermsIn(input.title);
  const leadTerms = aiTermsIn(input.lead);
  const titleLower = input.title.toLowerCase();
  const inTitle = input.companies.filter(
    (c) =>
      titleLower.includes(c.name.toLowerCase()) || c.evidence.some((e) => e.startsWith('title')),
  );
  const about = input.companies.filter((c) => c.about);
  const aboutCore = about.filter(
    (c) => c.discovered || AI_CORE_KINDS.has(getOrg(c.id)?.kind ?? ''),
  );
  const aboutOther = about.length - aboutCore.length;
  const registryMentions = input.companies
    .filter((c) => !c.discovered)
    .reduce((sum, c) => sum + c.mentions, 0);

  const z =
    -5 +
    0.45 * Math.min(density, 15) +
    (titleTerms.length > 0 ? 1.2 : 0) +
    (inTitle.some((c) => AI_CORE_KINDS.has(getOrg(c.id)?.kind ?? '')) ? 1.2 : 0) +
    (leadTerms.length > 0 ? 0.8 : 0) +
    1.1 * Math.min(aboutCore.length, 2) +
    0.4 * Math.min(aboutOther, 2);
  const score = Number(sigmoid(z).toFixed(3));
  const isAIIndustry = score >= 0.5;

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
  if (about.length > 0)
    reasons.push(
      `about ${about
        .map((c) => c.name)
        .slice(0, 4)
        .join(', ')}`,
    );
  reasons.push(`${density.toFixed(1)} AI terms per 1,000 words`);
  reasons.push(...article.reasons);
  reasons.push(`genre ${genre.genre}: ${genre.reason}`);
  reasons.unshift(
    isAIIndustry
      ? `AI-industry article (score ${score})`
      : `not about the AI industry (score ${score})`,
  );
  return { isArticle: true, isAIIndustry, score, genre: genre.genre, reasons };
}
