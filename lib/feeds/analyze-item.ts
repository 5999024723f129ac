/**
 * A feed item through the same detection and company recognition as a page. Items have no DOM,
 * so this skips extraction (the feed already gives title, summary and content as text) and
 * feeds the text-level stages directly: recognition, then `decide` with the item declared an
 * article by its feed. The result is an archive draft of unread feed coverage, or null.
 */
import {
  type ArticleDraft,
  indexFields,
  MAX_ARTICLE_ORGS,
  MAX_STORED_TEXT,
  urlKeysOf,
} from '../archive/draft.ts';
import { siteKeyOf } from '../archive/article.ts';
import { aiTermsIn, countAiTerms } from '../detect/ai-terms.ts';
import { decide } from '../detect/decide.ts';
import { recognizeCompanies } from '../entities/recognize.ts';
import { leadParagraph } from '../extract/lead.ts';
import type { PageMetadata } from '../extract/metadata.ts';
import { countWords } from '../extract/word-count.ts';
import type { FeedItem } from './parse-feed.ts';

export interface ItemContext {
  readonly feedId: number;
  /** The outlet's name as the archive shows it (the feed's title). */
  readonly outlet: string;
  readonly now: number;
}

/**
 * Whether `decide` could call the item AI-industry at all. Without a single AI term in the title,
 * the lead or the text, its score is at most sigmoid(-5 + 1.2 + 2.2 + 0.8) ≈ 0.31 whatever the
 * companies (tests/unit/feeds-refresh.test.ts pins this), so recognition can be skipped: a third
 * of a general outlet's items cost a vocabulary scan instead of the whole pipeline.
 */
function mayBeAiIndustry(title: string, lead: string, text: string): boolean {
  return aiTermsIn(title).length > 0 || aiTermsIn(lead).length > 0 || countAiTerms(text) > 0;
}

export type ItemVerdict =
  | { readonly kind: 'stored'; readonly draft: ArticleDraft }
  | { readonly kind: 'skipped'; readonly reason: 'no-link' | 'not-ai' | 'empty' };

function metadataOf(item: FeedItem, url: string, outlet: string): PageMetadata {
  return {
    canonicalUrl: url,
    url,
    urlVariants: [url],
    title: item.title || null,
    siteName: outlet,
    authors: item.author ? [item.author] : [],
    publishedAt: item.publishedAt,
    modifiedAt: null,
    lang: null,
    jsonLdTypes: [],
    ogType: 'article',
    section: null,
    keywords: [],
    description: item.summary || null,
  };
}

/** Classifies one item and, for an AI-industry story, drafts its archive record. */
export function analyzeItem(item: FeedItem, context: ItemContext): ItemVerdict {
  if (!item.url) return { kind: 'skipped', reason: 'no-link' };
  const title = item.title || item.summary.slice(0, 120);
  const text = item.content.length > item.summary.length ? item.content : item.summary;
  if (!title || !text) return { kind: 'skipped', reason: 'empty' };
  const lead = leadParagraph(item.summary || text) ?? '';
  if (!mayBeAiIndustry(title, lead, text)) return { kind: 'skipped', reason: 'not-ai' };
  const site = context.outlet.toLowerCase();
  const companies = recognizeCompanies({ title, lead, text }).filter(
    (c) => !(c.discovered && c.name.toLowerCase().startsWith(site)),
  );
  const wordCount = countWords(text);
  const detection = decide({
    url: new URL(item.url),
    metadata: metadataOf(item, item.url, context.outlet),
    title,
    lead,
    text,
    wordCount,
    byline: item.author,
    companies,
    declaredArticle: 'an entry of a followed feed',
  });
  if (!detection.isAIIndustry) return { kind: 'skipped', reason: 'not-ai' };
  const orgs = companies.slice(0, MAX_ARTICLE_ORGS);
  const published = item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN;
  return {
    kind: 'stored',
    draft: {
      url: item.url,
      title: title.slice(0, 1_000),
      siteName: context.outlet.slice(0, 200),
      byline: item.author?.slice(0, 500) ?? null,
      excerpt: (lead || null)?.slice(0, 2_000) ?? null,
      publishedAt: item.publishedAt,
      lang: null,
      wordCount,
      ...indexFields(title, text),
      siteKey: siteKeyOf(context.outlet),
      urlKeys: urlKeysOf([item.url]),
      time: Number.isNaN(published) ? context.now : published,
      genre: detection.genre,
      score: detection.score,
      orgs: orgs.map(({ id, salience, about }) => ({ id, salience, about })),
      storyId: null,
      read: false,
      source: 'feed',
      feedIds: [context.feedId],
      text: text.slice(0, MAX_STORED_TEXT),
      orgNames: new Map(orgs.map((o) => [o.id, { name: o.name, discovered: o.discovered }])),
    },
  };
}
