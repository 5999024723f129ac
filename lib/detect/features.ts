/**
 * What the detection's two decisions weigh, as numbers from 0 to 1: is the page an article, and
 * is the article about the AI industry. The weights are fitted on labelled pages (`npm run fit`,
 * lib/detect/weights.ts); these functions are the one definition both the fit and the extension
 * use, so the two can never disagree.
 */
import { getOrg } from '../entities/recognize.ts';
import { countWords } from '../extract/word-count.ts';
import { aiTermsIn, countAiTerms, countInfrastructureTerms } from './ai-terms.ts';
import type { DetectionInput } from './decide.ts';

/** JSON-LD types that make a page an article, and types that make it something else. */
export const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/;
export const NON_ARTICLE_TYPE =
  /^(?:Product|ProductGroup|SearchResultsPage|CollectionPage|ItemList|ProfilePage|CheckoutPage|ContactPage)$/;
/** Organisation kinds whose very presence says "AI industry"; big tech and investors need AI context. */
export const AI_CORE_KINDS = new Set(['lab', 'chips', 'cloud', 'startup']);

export type Features = Readonly<Record<string, number>>;

const cap = (value: number, max: number) => Math.min(value, max) / max;
const flag = (value: boolean) => (value ? 1 : 0);

/** The JSON-LD article type the page declares, if any (a shop's product review is none). */
export function articleTypeOf(input: DetectionInput): string | undefined {
  const types = input.metadata.jsonLdTypes;
  const sells =
    input.metadata.ogType !== 'article' &&
    (types.includes('Offer') || types.includes('AggregateOffer'));
  return types.find((type) => ARTICLE_TYPE.test(type) || (type === 'Review' && !sells));
}

/**
 * Whether the URL ends in a slug of three or more lower-case words ("/2026/05/openai-raises-funds"),
 * as a headline is written into an address; a name ("Falcon3-7B-Instruct") is no slug.
 */
export function slugLike(url: URL): boolean {
  const slug = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return slug.split(/[-_]/).filter((part) => /^\p{Ll}+$/u.test(part)).length >= 3;
}

/**
 * Whether the URL ends in one plain word ("/about", "/blog/", "/genai"): a section or a page of
 * the site, where articles end in a slug or an id.
 */
export function plainPath(url: URL): boolean {
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return /^\p{L}+(?:\.html?)?$/u.test(last);
}

/** The shape of the text: prose has long lines; listings and link pages have short ones. */
function lineShape(text: string): { meanWords: number; shortShare: number } {
  const lines = text.split('\n', 2_000).filter((line) => line.trim());
  if (lines.length === 0) return { meanWords: 0, shortShare: 1 };
  let words = 0;
  let short = 0;
  for (const line of lines) {
    // A line whose "words" would average over 12 characters is in a script written without
    // spaces (Chinese, Japanese): count a word per two characters there.
    const spaced = line.split(/\s+/).length;
    const n = spaced * 12 < line.length ? Math.round(line.length / 2) : spaced;
    words += n;
    if (n < 6) short += 1;
  }
  return { meanWords: words / lines.length, shortShare: short / lines.length };
}

/** Is it an article (one editorial piece), rather than a listing, product, docs or service page? */
export function articleFeatures(input: DetectionInput): Features {
  const { metadata } = input;
  const articleType = articleTypeOf(input);
  const shape = lineShape(input.text);
  return {
    jsonLdArticle: flag(Boolean(articleType)),
    ogArticle: flag(metadata.ogType === 'article'),
    nonArticleType: flag(
      !articleType && metadata.jsonLdTypes.some((type) => NON_ARTICLE_TYPE.test(type)),
    ),
    published: flag(Boolean(metadata.publishedAt)),
    byline: flag(Boolean(input.byline) || metadata.authors.length > 0),
    slug: flag(slugLike(input.url)),
    plainPath: flag(plainPath(input.url)),
    // A headline says something ("Nvidia beats estimates"); a page's title names it ("Blog").
    titleWords: cap(countWords(input.title), 8),
    words: cap(Math.log10(1 + input.wordCount), 4),
    lineWords: cap(shape.meanWords, 40),
    shortLines: shape.shortShare,
    fallback: flag(Boolean(input.readFallback)),
    linkShare: input.shape?.linkShare ?? 0,
    linkedHeadings: cap(input.shape?.linkedHeadings ?? 0, 10),
    headings: cap(((input.shape?.headings ?? 0) * 1_000) / Math.max(input.wordCount, 1), 30),
  };
}

/** Organisation kinds that make the models themselves, against those that sell the hardware. */
const MODEL_KINDS = new Set(['lab', 'startup']);
const HARDWARE_KINDS = new Set(['chips', 'cloud']);

/** The page's AI vocabulary, counted once for the model and the reasons a reader sees. */
export interface AiVocabulary {
  readonly inTitle: readonly string[];
  readonly inLead: readonly string[];
  /** AI terms in the text, chip and data-centre terms included. */
  readonly inText: number;
  /** Of those, the chip and data-centre terms. */
  readonly infrastructure: number;
}

export function aiVocabulary(input: DetectionInput): AiVocabulary {
  return {
    inTitle: aiTermsIn(input.title),
    inLead: aiTermsIn(input.lead),
    inText: countAiTerms(input.text),
    infrastructure: countInfrastructureTerms(input.text),
  };
}

/**
 * Is the article about the AI industry: its vocabulary (what AI is, and apart the chips and data
 * centres that tech news not about AI speaks of too), its headline, and the companies it names
 * and is about (model makers apart from hardware and cloud sellers).
 */
export function aiFeatures(
  input: DetectionInput,
  vocabulary: AiVocabulary = aiVocabulary(input),
): Features {
  const words = Math.max(input.wordCount, 1);
  const titleLower = input.title.toLowerCase();
  const core = (id: string, discovered: boolean) =>
    discovered || AI_CORE_KINDS.has(getOrg(id)?.kind ?? '');
  const inTitle = input.companies.filter(
    (c) =>
      titleLower.includes(c.name.toLowerCase()) || c.evidence.some((e) => e.startsWith('title')),
  );
  const about = input.companies.filter((c) => c.about);
  const aboutCore = about.filter((c) => core(c.id, c.discovered)).length;
  const registered = input.companies.filter((c) => !c.discovered);
  const mentions = registered.reduce((sum, c) => sum + c.mentions, 0);
  const mentionsOf = (kinds: Set<string>) =>
    registered
      .filter((c) => kinds.has(getOrg(c.id)?.kind ?? ''))
      .reduce((sum, c) => sum + c.mentions, 0);
  const { inText, infrastructure } = vocabulary;
  return {
    aiDensity: cap(((inText - infrastructure) * 1_000) / words, 20),
    infraDensity: cap((infrastructure * 1_000) / words, 20),
    titleTerms: flag(vocabulary.inTitle.length > 0),
    leadTerms: flag(vocabulary.inLead.length > 0),
    titleCore: flag(inTitle.some((c) => core(c.id, c.discovered))),
    titleCompany: flag(inTitle.length > 0),
    aboutCore: cap(aboutCore, 3),
    aboutOther: cap(about.length - aboutCore, 3),
    mentions: cap((mentions * 1_000) / words, 30),
    modelMakerMentions: cap((mentionsOf(MODEL_KINDS) * 1_000) / words, 30),
    hardwareMentions: cap((mentionsOf(HARDWARE_KINDS) * 1_000) / words, 30),
    companies: cap(registered.length, 10),
  };
}
