import type { PageAnalysis } from '../analyze/analyze-page.ts';
import { captureOf } from '../analyze/analyze-page.ts';
import { urlKey } from '../extract/normalize-url.ts';
import { simhash } from '../related/cluster.ts';
import { keyTerms, termVector } from '../related/terms.ts';
import type { ArticleCapture } from './article.ts';
import { type ArticleRecord, siteKeyOf } from './article.ts';

/** Organisations stored with an article (the rest are passing mentions of little weight). */
export const MAX_ARTICLE_ORGS = 24;
/** Longest text kept in the archive per article. */
export const MAX_STORED_TEXT = 200_000;

/** The four 16-bit bands of a SimHash: near-duplicates share at least one (for index lookups). */
export function simBandsOf(hash: string): string[] {
  return [0, 1, 2, 3].map((band) => `${band}:${hash.slice(band * 4, band * 4 + 4)}`);
}

/**
 * The bands one bit away from each of `bands` (16 per band). Copies within
 * NEAR_DUPLICATE_MAX_BITS (5) of a SimHash may share no band: 4 bands cannot each hold two of
 * five differing bits, so one band differs by at most one bit, and these keys find it.
 */
export function neighbourBandsOf(bands: readonly string[]): string[] {
  return bands.flatMap((band) => {
    const [index, hex = ''] = band.split(':');
    const value = Number.parseInt(hex, 16);
    if (!/^[0-9a-f]{4}$/.test(hex) || Number.isNaN(value)) return [];
    return Array.from(
      { length: 16 },
      (_, bit) => `${index}:${(value ^ (1 << bit)).toString(16).padStart(4, '0')}`,
    );
  });
}

/** A record to be, with what the archive needs to index it; ids and read counts come on insert. */
export type ArticleDraft = Omit<
  ArticleRecord,
  'id' | 'firstSeenAt' | 'lastReadAt' | 'readCount'
> & {
  readonly text: string;
  /** Display names of its organisations, for the organisations table. */
  readonly orgNames: ReadonlyMap<string, { readonly name: string; readonly discovered: boolean }>;
};

/** Index fields computed from the title and text of an article. */
export function indexFields(title: string, text: string) {
  const terms = termVector(title, text);
  const hash = simhash(`${title}\n${text}`);
  return { terms, keyTerms: keyTerms(terms), simhash: hash, simBands: simBandsOf(hash) };
}

/** Identity keys of every URL variant, the canonical one first. */
export function urlKeysOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map(urlKey))].slice(0, 10);
}

/** The draft of an analysed AI-industry article, or null for any other page. */
export function draftFromAnalysis(
  analysis: PageAnalysis,
  text: string,
  source: ArticleDraft['source'],
  now: number,
): ArticleDraft | null {
  const capture: ArticleCapture | null = captureOf(analysis);
  if (!capture) return null;
  const orgs = analysis.companies.slice(0, MAX_ARTICLE_ORGS);
  const published = capture.publishedAt ? Date.parse(capture.publishedAt) : Number.NaN;
  return {
    ...capture,
    ...indexFields(capture.title, text),
    siteKey: siteKeyOf(capture.siteName),
    urlKeys: urlKeysOf([capture.url, ...analysis.urlVariants]),
    time: Number.isNaN(published) ? now : published,
    genre: analysis.genre,
    score: analysis.score,
    orgs: orgs.map(({ id, salience, about }) => ({ id, salience, about })),
    storyId: null,
    read: source !== 'feed',
    source,
    ...(analysis.originalUrl ? { summaryOf: urlKeysOf([analysis.originalUrl])[0] } : {}),
    text: text.slice(0, MAX_STORED_TEXT),
    orgNames: new Map(orgs.map((o) => [o.id, { name: o.name, discovered: o.discovered }])),
  };
}
