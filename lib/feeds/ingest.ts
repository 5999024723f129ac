/**
 * Storing a feed's AI-industry items as unread coverage, merged with what the archive holds: an
 * item whose URL (any variant) is archived, or whose text is a near-copy of an archived article
 * (a shared SimHash band within `NEAR_DUPLICATE_MAX_BITS`), is one story: the feed is added to
 * that record's `feedIds` (and its URL to the record's variants) instead of a second record.
 * New items go through the archive's bulk path. Every record is checked against the archive's
 * schema first; a draft that fails is counted and left out, never stored half right.
 */
import { z } from 'zod';
import {
  type ArticleRecord,
  articleCaptureSchema,
  articleRecordSchema,
} from '../archive/article.ts';
import { RECORD_TABLES } from '../archive/articles.ts';
import { bulkRecord } from '../archive/bulk.ts';
import type { ArchiveDb } from '../archive/db.ts';
import type { ArticleDraft } from '../archive/draft.ts';
import { isNearDuplicate } from '../related/cluster.ts';

const MAX_FEED_IDS = 50;
const MAX_URL_KEYS = 10;

/**
 * What a feed contributed to a draft (address, title, outlet, byline, excerpt, date, feeds, text),
 * checked against the archive's own schema. Index fields (terms, SimHash, organisations) are
 * computed by the archive's code from that text, as for visited pages, and are not re-checked:
 * checking them cost a third of the storage time of a batch.
 */
const draftFieldsSchema = articleCaptureSchema
  .extend({
    siteKey: articleRecordSchema.shape.siteKey,
    feedIds: articleRecordSchema.shape.feedIds,
  })
  .extend({ text: z.string().max(200_000) });

export interface IngestResult {
  /** New records. */
  readonly added: number;
  /** Items merged into archived articles or into another item of the same batch. */
  readonly merged: number;
  /** Drafts that failed the archive's schema (nothing of them stored). */
  readonly invalid: number;
}

type Target = {
  readonly id: number | null;
  feedIds: number[];
  urlKeys: string[];
  draft?: ArticleDraft;
};

function union<T>(a: readonly T[], b: readonly T[], max: number): T[] {
  return [...new Set([...a, ...b])].slice(0, max);
}

async function archivedMatches(db: ArchiveDb, drafts: readonly ArticleDraft[]) {
  const byUrl = await db.articles
    .where('urlKeys')
    .anyOf(drafts.flatMap((d) => d.urlKeys))
    .toArray();
  const byBand = await db.articles
    .where('simBands')
    .anyOf(drafts.flatMap((d) => d.simBands))
    .limit(2_000)
    .toArray();
  return { byUrl, byBand };
}

/** Records one feed's drafts (all carrying that feed in `feedIds`). One transaction. */
export async function ingestDrafts(
  db: ArchiveDb,
  drafts: readonly ArticleDraft[],
  now: number,
): Promise<IngestResult> {
  const valid = drafts.filter((draft) => draftFieldsSchema.safeParse(draft).success);
  const invalid = drafts.length - valid.length;
  if (valid.length === 0) return { added: 0, merged: 0, invalid };
  return db.transaction('rw', [...RECORD_TABLES], async () => {
    const { byUrl, byBand } = await archivedMatches(db, valid);
    const urlOwner = new Map<string, Target>();
    const archivedTargets = new Map<number, Target>();
    const targetOf = (a: ArticleRecord): Target => {
      let t = archivedTargets.get(a.id);
      if (!t) {
        t = { id: a.id, feedIds: [...(a.feedIds ?? [])], urlKeys: [...a.urlKeys] };
        archivedTargets.set(a.id, t);
      }
      return t;
    };
    for (const a of byUrl) for (const key of a.urlKeys) urlOwner.set(key, targetOf(a));
    // Near-duplicates share at least one SimHash band: compare only within a band, never all pairs.
    const byBandKey = new Map<string, Array<{ hash: string; target: () => Target }>>();
    const addBands = (bands: readonly string[], hash: string, target: () => Target) => {
      for (const band of bands) {
        const list = byBandKey.get(band) ?? [];
        list.push({ hash, target });
        byBandKey.set(band, list);
      }
    };
    for (const a of byBand) addBands(a.simBands, a.simhash, () => targetOf(a));
    const nearCopy = (draft: ArticleDraft) => {
      for (const band of draft.simBands) {
        const hit = byBandKey.get(band)?.find((c) => isNearDuplicate(c.hash, draft.simhash));
        if (hit) return hit.target();
      }
      return undefined;
    };
    const fresh: Target[] = [];
    let merged = 0;
    for (const draft of valid) {
      const known = draft.urlKeys.map((k) => urlOwner.get(k)).find((t) => t) ?? nearCopy(draft);
      if (known) {
        known.feedIds = union(known.feedIds, draft.feedIds ?? [], MAX_FEED_IDS);
        known.urlKeys = union(known.urlKeys, draft.urlKeys, MAX_URL_KEYS);
        for (const key of draft.urlKeys) urlOwner.set(key, known);
        merged += 1;
        continue;
      }
      const target: Target = {
        id: null,
        feedIds: [...(draft.feedIds ?? [])],
        urlKeys: [...draft.urlKeys],
        draft,
      };
      for (const key of draft.urlKeys) urlOwner.set(key, target);
      addBands(draft.simBands, draft.simhash, () => target);
      fresh.push(target);
    }
    for (const t of archivedTargets.values()) {
      if (t.id !== null) await db.articles.update(t.id, { feedIds: t.feedIds, urlKeys: t.urlKeys });
    }
    const added = await bulkRecord(
      db,
      fresh.map((t) => ({ ...(t.draft as ArticleDraft), feedIds: t.feedIds, urlKeys: t.urlKeys })),
      now,
    );
    return { added, merged, invalid };
  });
}
