import type { PageMetadata } from '../extract/metadata.ts';

export type Genre = 'news' | 'analysis' | 'opinion' | 'press-release' | 'other';

export interface GenreInput {
  readonly metadata: PageMetadata;
  readonly url: URL;
  readonly title: string;
  /** Article text as extracted (only its start and end are read). */
  readonly text: string;
}

export interface GenreDecision {
  readonly genre: Genre;
  readonly reason: string;
}

const OPINION_TYPES = /^(?:OpinionNewsArticle|Review|ReviewNewsArticle|Editorial)$/;
const ANALYSIS_TYPES =
  /^(?:AnalysisNewsArticle|BackgroundNewsArticle|BlogPosting|Blog|SocialMediaPosting)$/;
const OPINION_WORDS =
  /\b(?:opinion|op-?ed|commentary|column|columnists?|editorials?|viewpoint|comment is free|perspective|tribune|meinung|kommentar|opini[oó]n|tribuna)\b/i;
const ANALYSIS_WORDS =
  /\b(?:analysis|explainer|explained|deep[- ]dive|newsletter|the big (?:read|take)|insight|briefing|weekly|what it means|why it matters|an[aá]lisis|analyse|hintergrund)\b/i;
const PRESS_WORDS =
  /\b(?:press[- ]releases?|newsroom|news[- ]releases?|pressemitteilung|communiqu[ée] de presse|comunicado de prensa)\b/i;
const NEWSLETTER_HOSTS =
  /(?:^|\.)(?:substack\.com|beehiiv\.com|buttondown\.(?:email|com)|ghost\.io|mailchi\.mp|medium\.com)$/i;

const PRESS_CUES: readonly RegExp[] = [
  /\b(?:today|this week) announced\b/i,
  /^\s*(?:[A-Z][\w .,]+)?[-–—]{1,2}\s*\(?(?:BUSINESS WIRE|PR ?NEWSWIRE|GLOBE ?NEWSWIRE|ACCESSWIRE)\)?/m,
  /\bAbout [A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}\s*\n/,
  /\b(?:Media|Press) (?:contact|inquiries|enquiries)\b/i,
  /\bForward[- ]looking statements\b/i,
  /^\s*#{3}\s*$/m,
];

/** A summary page pointing to its original: an aggregator's digest of someone's analysis. */
const AGGREGATOR_CUES =
  /\b(?:read the (?:full|original)(?: (?:post|piece|analysis|newsletter|issue|article))?|originally (?:published|appeared)|via (?:the )?newsletter|(?:our|a) summary of)\b/i;

const ANALYSIS_TITLE =
  /^(?:why|how|what|the case (?:for|against)|inside|explainer|analysis)\b|\b(?:explained|what it means|why it matters|the real story|lessons from|takeaways?)\b|\?$/i;

/**
 * The article's genre from its markup first (JSON-LD type, section, URL path), then from how it
 * is written (press-release boilerplate, newsletter voice, analytic headlines). News is the
 * default for articles; pages that are not articles are `other`.
 */
export function classifyGenre({ metadata, url, title, text }: GenreInput): GenreDecision {
  const types = metadata.jsonLdTypes;
  const path = decodeURIComponent(url.pathname).replace(/[-_/]+/g, ' ');
  const section = metadata.section ?? '';
  const head = text.slice(0, 1_500);
  const tail = text.slice(-2_500);

  const pressCues = PRESS_CUES.filter((cue) => cue.test(head) || cue.test(tail)).length;
  if (PRESS_WORDS.test(`${path} ${section}`) && pressCues >= 1) {
    return { genre: 'press-release', reason: 'published as a press release' };
  }
  if (pressCues >= 2) return { genre: 'press-release', reason: 'press-release boilerplate' };

  const opinionType = types.find((type) => OPINION_TYPES.test(type));
  if (opinionType) return { genre: 'opinion', reason: `JSON-LD type ${opinionType}` };
  if (OPINION_WORDS.test(`${section} ${path}`)) {
    return { genre: 'opinion', reason: 'opinion section' };
  }

  const analysisType = types.find((type) => ANALYSIS_TYPES.test(type));
  if (analysisType === 'AnalysisNewsArticle' || analysisType === 'BackgroundNewsArticle') {
    return { genre: 'analysis', reason: `JSON-LD type ${analysisType}` };
  }
  if (ANALYSIS_WORDS.test(`${section} ${path}`))
    return { genre: 'analysis', reason: 'analysis section' };
  if (
    NEWSLETTER_HOSTS.test(url.hostname) ||
    /\b(?:this week'?s issue|subscribe to|in this newsletter|welcome to)\b/i.test(head)
  ) {
    return { genre: 'analysis', reason: 'newsletter' };
  }
  if (analysisType) return { genre: 'analysis', reason: `JSON-LD type ${analysisType}` };
  if (AGGREGATOR_CUES.test(head) || AGGREGATOR_CUES.test(tail)) {
    return { genre: 'analysis', reason: 'summary of an analysis published elsewhere' };
  }
  if (ANALYSIS_TITLE.test(title.trim())) return { genre: 'analysis', reason: 'analytic headline' };
  return { genre: 'news', reason: 'news report' };
}
