import { z } from 'zod';
import type { ArticleRecord } from './article.ts';

/** Registry organisations are `confirmed`; discovered ones wait for the reader's word. */
export const orgStatusSchema = z.enum(['confirmed', 'discovered', 'ignored', 'merged']);

/** An organisation the archive has seen: registry entries met in articles, discovered and added ones. */
export const orgRecordSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  status: orgStatusSchema,
  /** The organisation this one was merged into (status `merged`). */
  mergedInto: z.string().max(200).nullable(),
  /** Archived articles mentioning it. */
  articleCount: z.number().int().nonnegative(),
  firstSeenAt: z.number().int(),
  lastSeenAt: z.number().int(),
  /** The reader follows this company (library); absent on records from before v4 means no. */
  followed: z.boolean().optional(),
  /** When the reader last read or looked at this company: "since you last looked" counts from it. */
  lastLookedAt: z.number().int().optional(),
});
export type OrgRecord = z.infer<typeof orgRecordSchema>;

/** One article × organisation, indexed for per-company timelines and candidate lookups. */
export interface MentionRecord {
  readonly articleId: number;
  readonly orgId: string;
  readonly time: number;
  readonly salience: number;
  readonly about: boolean;
}

export interface ArticleText {
  readonly id: number;
  readonly text: string;
}

/** A counter kept in the `meta` table (reading `count()` of a large store walks it). */
export interface MetaRecord {
  readonly key: string;
  readonly value: number;
}

/** The number of archived articles. */
export const ARTICLE_COUNT = 'articleCount';

/** The mentions of an article, as stored. */
export function mentionsOf(article: Pick<ArticleRecord, 'id' | 'time' | 'orgs'>): MentionRecord[] {
  return article.orgs.map((org) => ({
    articleId: article.id,
    orgId: org.id,
    time: article.time,
    salience: org.salience,
    about: org.about,
  }));
}
