import type { ArticleCapture } from '../archive/article.ts';
import { type DetectionInput, decide } from '../detect/decide.ts';
import type { Genre } from '../detect/genre.ts';
import { prefilter } from '../detect/prefilter.ts';
import { type CompanyMention, recognizeCompanies } from '../entities/recognize.ts';
import { MAX_ELEMENTS, readArticle } from '../extract/extract-article.ts';
import { leadParagraph } from '../extract/lead.ts';
import { findOriginalLink } from '../extract/original-link.ts';
import { readMetadata } from '../extract/metadata.ts';
import { pageShape } from '../extract/page-shape.ts';
import { countWords } from '../extract/word-count.ts';
import { discoverFeeds, type PageFeed } from '../feeds/discover.ts';

/** Everything Backstory understands about a page: the `npm run analyze` format, and more. */
export interface PageAnalysis {
  readonly url: string;
  readonly urlVariants: readonly string[];
  readonly isArticle: boolean;
  readonly isAIIndustry: boolean;
  readonly score: number;
  readonly genre: Genre;
  readonly title: string | null;
  readonly siteName: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly modifiedAt: string | null;
  readonly lang: string | null;
  readonly wordCount: number;
  readonly lead: string | null;
  readonly companies: readonly CompanyMention[];
  readonly reasons: readonly string[];
  /** For a summary of another site's article: that article's address. */
  readonly originalUrl: string | null;
  /** Feeds the page advertises (`<link rel="alternate">`): the popup offers to follow them. */
  readonly feeds?: readonly PageFeed[];
}

/** Longest article text analysed; longer pages are cut here (and the reasons say so). */
const MAX_TEXT = 400_000;

function notAnArticle(
  pageUrl: string,
  reasons: string[],
  partial: Partial<PageAnalysis> = {},
): PageAnalysis {
  return {
    url: pageUrl,
    urlVariants: [pageUrl],
    title: null,
    siteName: null,
    byline: null,
    publishedAt: null,
    modifiedAt: null,
    lang: null,
    wordCount: 0,
    lead: null,
    companies: [],
    originalUrl: null,
    ...partial,
    isArticle: false,
    isAIIndustry: false,
    score: 0,
    genre: 'other',
    reasons,
  };
}

/** An analysis with the article text it was made from (empty when there is no article). */
export interface AnalyzedPage {
  readonly analysis: PageAnalysis;
  readonly text: string;
}

/**
 * The whole page pipeline, as the background, `npm run analyze` and `npm run eval` run it: the
 * cheap pre-filter, metadata, Readability on a clone, company recognition and the decision.
 * It never modifies the document and never throws.
 */
export function analyzePage(doc: Document, pageUrl: string, now = Date.now()): PageAnalysis {
  return analyzeDocument(doc, pageUrl, now).analysis;
}

/** A page read up to the decision: what `decide` is given, or the analysis that ended it early. */
export type PageReading =
  | { readonly ended: AnalyzedPage }
  | {
      readonly input: DetectionInput;
      readonly known: Omit<
        PageAnalysis,
        | 'isArticle'
        | 'isAIIndustry'
        | 'score'
        | 'genre'
        | 'reasons'
        | 'originalUrl'
        | 'wordCount'
        | 'lead'
        | 'companies'
      >;
      readonly text: string;
      /** Why Readability gave up, when the text is the page's largest block instead. */
      readonly fallback?: string;
      /** Why the pre-filter let the page through when no metadata said "article". */
      readonly prose?: string;
    };

/** How to read a page. */
export interface AnalyzeOptions {
  /**
   * Read the page even where the pre-filter would stop, and keep its text whatever the decision:
   * the reader's corrections may make it an AI-industry article (`lib/corrections/`).
   */
  readonly pastPrefilter?: boolean;
  /** Sees each company's "about" features (`npm run fit` learns from them). */
  readonly explainAbout?: (id: string, features: Record<string, number>) => void;
}

/**
 * The pipeline up to the decision: pre-filter, metadata, Readability (or the largest block of
 * text), company recognition. `npm run fit` reads pages this far to fit the decision's weights.
 */
export function readPage(
  doc: Document,
  pageUrl: string,
  now = Date.now(),
  options: AnalyzeOptions = {},
): PageReading {
  const none = (analysis: PageAnalysis) => ({ ended: { analysis, text: '' } });
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return none(notAnArticle(pageUrl, ['the page address is not a URL']));
  }
  const gate = prefilter(doc, url);
  if (!gate.pass && !options.pastPrefilter) {
    return none(notAnArticle(pageUrl, [`pre-filter: ${gate.reason}`]));
  }
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) {
    return none(
      notAnArticle(pageUrl, [
        `page too large to analyse (${elements.toLocaleString('en')} elements)`,
      ]),
    );
  }
  const metadata = readMetadata(doc, pageUrl, now);
  const known = {
    url: metadata.url,
    urlVariants: metadata.urlVariants,
    title: metadata.title,
    siteName: metadata.siteName,
    byline: metadata.authors.join(', ') || null,
    publishedAt: metadata.publishedAt,
    modifiedAt: metadata.modifiedAt,
    lang: metadata.lang,
    feeds: discoverFeeds(doc, pageUrl),
  };
  const read = readArticle(doc);
  if (!read.ok) return none(notAnArticle(pageUrl, [read.reason], known));
  const text = read.text.length > MAX_TEXT ? read.text.slice(0, MAX_TEXT) : read.text;
  const title = metadata.title ?? read.title ?? '';
  const lead = leadParagraph(text) ?? '';
  const wordCount = countWords(read.text);
  const companies = recognizeCompanies(
    { title, lead, text, publisher: metadata.siteName },
    options.explainAbout,
  );
  const byline = known.byline ?? read.byline;
  return {
    input: {
      url,
      metadata,
      title,
      lead,
      text,
      wordCount,
      byline,
      companies,
      readFallback: Boolean(read.fallback),
      shape: pageShape(doc),
    },
    known: { ...known, title: title || null, byline },
    text,
    ...(read.fallback ? { fallback: read.fallback } : {}),
    ...(gate.pass && gate.prose ? { prose: gate.reason } : {}),
  };
}

/** `analyzePage`, keeping the extracted article text (the archive stores and indexes it). */
export function analyzeDocument(
  doc: Document,
  pageUrl: string,
  now = Date.now(),
  options: AnalyzeOptions = {},
): AnalyzedPage {
  const reading = readPage(doc, pageUrl, now, options);
  if ('ended' in reading) return reading.ended;
  const { input, known, text, fallback, prose } = reading;
  const detection = decide(input);
  const analysis = {
    ...known,
    originalUrl: detection.isArticle ? findOriginalLink(doc, pageUrl) : null,
    wordCount: input.wordCount,
    lead: input.lead || null,
    companies: input.companies,
    ...detection,
    reasons: [
      ...detection.reasons,
      ...(prose ? [`no article metadata: read for ${prose}`] : []),
      ...(fallback ? [`${fallback}: read the page's largest block of text`] : []),
    ],
  };
  return { analysis, text: detection.isArticle || options.pastPrefilter ? text : '' };
}

/** What the archive records of an analysed AI-industry article, or null for any other page. */
export function captureOf(analysis: PageAnalysis): ArticleCapture | null {
  if (!analysis.isAIIndustry || !analysis.title || !/^https?:/.test(analysis.url)) return null;
  return {
    url: analysis.url,
    title: analysis.title.slice(0, 1_000),
    siteName: (analysis.siteName ?? new URL(analysis.url).hostname).slice(0, 200),
    byline: analysis.byline?.slice(0, 500) ?? null,
    excerpt: analysis.lead?.slice(0, 2_000) ?? null,
    publishedAt: analysis.publishedAt,
    lang: analysis.lang?.slice(0, 35) ?? null,
    wordCount: analysis.wordCount,
  };
}
