import { z } from 'zod';

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
