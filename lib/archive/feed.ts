import { z } from 'zod';

/** A feed the reader follows (RSS 2.0, Atom, RDF or JSON Feed). Items are stored as articles. */
export const feedRecordSchema = z.object({
  id: z.number().int().positive(),
  url: z.url({ protocol: /^https?$/ }).max(4_096),
  title: z.string().max(500),
  /** The outlet's home page, from the feed, when it gives one. */
  siteUrl: z
    .url({ protocol: /^https?$/ })
    .max(4_096)
    .nullable(),
  paused: z.boolean(),
  addedAt: z.number().int(),
  /** Conditional-request validators from the last successful fetch. */
  etag: z.string().max(500).nullable(),
  lastModified: z.string().max(200).nullable(),
  lastFetchedAt: z.number().int().nullable(),
  lastSuccessAt: z.number().int().nullable(),
  /** The last error in plain words, cleared by the next success. */
  lastError: z.string().max(500).nullable(),
  /** Consecutive failures: the exponential backoff's exponent. */
  failures: z.number().int().nonnegative(),
  nextFetchAt: z.number().int(),
  /** Items seen in the last successful fetch, and AI-industry items stored from this feed. */
  itemCount: z.number().int().nonnegative(),
  storedCount: z.number().int().nonnegative(),
});
export type FeedRecord = z.infer<typeof feedRecordSchema>;
