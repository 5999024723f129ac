/**
 * The related-coverage engine's view of the archive. The engine is pure: it reads articles through
 * a `CandidateSource` (Dexie in the extension, memory in tests and `npm run eval`).
 */
import type { Genre } from '../detect/genre.ts';

/** An organisation an article is about or mentions, as stored with the article. */
export interface OrgRef {
  readonly id: string;
  /** 0..1: title and lead count more; the top company of a focused article is near 1. */
  readonly salience: number;
  /** The article is about it, rather than mentioning it in passing. */
  readonly about: boolean;
}

/** A weighted term of an article's text (title counted more), top N only. */
export type TermWeight = readonly [term: string, weight: number];

/** What the engine needs to know of an article, stored or current. */
export interface IndexedArticle {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  readonly siteName: string;
  /** Publication time (ms since epoch), else when the reader first saw it. */
  readonly time: number;
  readonly genre: Genre;
  readonly orgs: readonly OrgRef[];
  readonly terms: readonly TermWeight[];
  /** Articles of one story (same event, syndicated copies) share a story id; null when alone. */
  readonly storyId: number | null;
  /** Read by the reader (false for unread feed items). */
  readonly read: boolean;
}

/** Where candidates come from: indexes over the archive. */
export interface CandidateSource {
  /** Number of articles in the archive. */
  count(): Promise<number>;
  /** Ids of articles mentioning the organisation, newest first, at most `limit`. */
  byOrg(orgId: string, limit: number): Promise<number[]>;
  /** Ids of articles having the term among their key terms, at most `limit`. */
  byTerm(term: string, limit: number): Promise<number[]>;
  /** The articles with these ids (missing ids are skipped). */
  get(ids: readonly number[]): Promise<IndexedArticle[]>;
  /** How many archived articles mention each organisation. */
  orgFrequency(orgIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** How many archived articles have each term. */
  termFrequency(terms: readonly string[]): Promise<ReadonlyMap<string, number>>;
}
