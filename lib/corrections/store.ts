/**
 * The reader's corrections in the archive (the v8 `corrections` table): making one, undoing it,
 * and reading what learning needs. Every change runs in one transaction with the articles it
 * touches, so a correction and the archive never disagree.
 */
import type { ArticleRecord } from '../archive/article.ts';
import { RECORD_TABLES } from '../archive/articles.ts';
import {
  type CorrectionRecord,
  correctionRecordSchema,
  type ReaderVerdict,
} from '../archive/correction.ts';
import type { ArchiveDb } from '../archive/db.ts';
import { forgetArticle } from '../archive/forget.ts';
import { restoreArticle } from '../archive/restore.ts';
import type { KeptPage } from './learn.ts';
import { pageSection } from './section.ts';

/** The tables a correction writes. */
export const CORRECTION_TABLES = ['corrections', ...RECORD_TABLES, 'highlights'] as const;

/** A page the reader corrects, as Backstory knows it. */
export interface CorrectedPage {
  readonly url: string;
  /** Identity keys of every URL variant known (`urlKeysOf`). */
  readonly urlKeys: readonly string[];
  readonly title: string | null;
  /** The detector's leaning on the page (`leaningOf`), null when it has not analysed it. */
  readonly leaning: number | null;
}

const MAX_KEYS = 10;
const withoutDerived = ({ orgTimes: _derived, ...article }: ArticleRecord): ArticleRecord =>
  article;

/** The corrections made for any of these URL keys (one, unless the page's variants grew). */
export function correctionsOfPage(
  db: ArchiveDb,
  urlKeys: readonly string[],
): Promise<CorrectionRecord[]> {
  return db.corrections
    .where('urlKeys')
    .anyOf([...urlKeys])
    .toArray();
}

/** Takes a correction back inside a running transaction: see `undoCorrection`. */
async function undoInside(db: ArchiveDb, correction: CorrectionRecord, now: number) {
  if (correction.addedArticleId !== null) {
    const added = await db.articles.get(correction.addedArticleId);
    const keys = new Set(correction.urlKeys);
    if (added?.urlKeys.some((key) => keys.has(key))) await forgetArticle(db, added.id, now);
  }
  if (correction.removed) {
    await restoreArticle(db, correction.removed.article, correction.removed.text, now);
  }
  await db.corrections.delete(correction.id);
}

/**
 * Records the reader's verdict on a page. "Not an AI-industry article" removes the page's record
 * from the archive and keeps it in the correction, so that undo puts it back; an earlier
 * correction of the same page is undone first. Returns the stored correction.
 */
export async function correctPage(
  db: ArchiveDb,
  page: CorrectedPage,
  verdict: ReaderVerdict,
  now: number,
): Promise<CorrectionRecord> {
  const where = pageSection(page.url);
  if (!where) throw new Error('Backstory can only be corrected on web pages (http or https).');
  return db.transaction('rw', [...CORRECTION_TABLES], async () => {
    for (const earlier of await correctionsOfPage(db, page.urlKeys)) {
      await undoInside(db, earlier, now);
    }
    let urlKeys = [...new Set(page.urlKeys)].slice(0, MAX_KEYS);
    let removed: CorrectionRecord['removed'] = null;
    if (verdict === 'not-ai') {
      const article = await db.articles.where('urlKeys').anyOf(urlKeys).first();
      if (article) {
        const text = (await db.articleTexts.get(article.id))?.text ?? '';
        await forgetArticle(db, article.id, now);
        removed = { article: withoutDerived(article), text };
        urlKeys = [...new Set([...urlKeys, ...article.urlKeys])].slice(0, MAX_KEYS);
      }
    }
    const record = correctionRecordSchema.omit({ id: true }).parse({
      url: page.url,
      urlKeys,
      title: page.title?.slice(0, 1_000) ?? null,
      site: where.site,
      section: where.section,
      verdict,
      leaning: page.leaning,
      createdAt: now,
      removed,
      addedArticleId: null,
    });
    const id = (await db.corrections.add(record as CorrectionRecord)) as number;
    return { ...record, id };
  });
}

/**
 * Takes a correction back: what it removed from the archive comes back, what it added goes, and
 * the page is Backstory's to decide again. Returns the correction, or null when there was none.
 */
export async function undoCorrection(
  db: ArchiveDb,
  id: number,
  now: number,
): Promise<CorrectionRecord | null> {
  return db.transaction('rw', [...CORRECTION_TABLES], async () => {
    const correction = await db.corrections.get(id);
    if (!correction) return null;
    await undoInside(db, correction, now);
    return correction;
  });
}

/**
 * Completes a correction made before Backstory had analysed its page (from the popup, on a page
 * the pre-filter passed over): its title, the detector's leaning, every URL variant.
 */
export async function completeCorrection(
  db: ArchiveDb,
  correction: CorrectionRecord,
  page: CorrectedPage,
): Promise<void> {
  const urlKeys = [...new Set([...correction.urlKeys, ...page.urlKeys])].slice(0, MAX_KEYS);
  const changes: Partial<CorrectionRecord> = {};
  if (correction.title === null && page.title) changes.title = page.title.slice(0, 1_000);
  if (correction.leaning === null && page.leaning !== null) changes.leaning = page.leaning;
  if (urlKeys.length !== correction.urlKeys.length) changes.urlKeys = urlKeys;
  if (Object.keys(changes).length > 0) await db.corrections.update(correction.id, changes);
}

/** Notes that an "AI-industry article" correction added its page to the archive (undo removes it). */
export async function noteAddedArticle(
  db: ArchiveDb,
  correctionId: number,
  articleId: number,
): Promise<void> {
  await db.corrections.update(correctionId, { addedArticleId: articleId });
}

/** Every correction of a site (what learning reads for a page of it). */
export function correctionsOfSite(db: ArchiveDb, site: string): Promise<CorrectionRecord[]> {
  return db.corrections.where('site').equals(site).toArray();
}

/** Articles of a section read at most, for learning (a section's newest are enough). */
const MAX_KEPT = 2_000;

/**
 * The section's articles the reader read and kept, apart from pages they corrected: their
 * scores tell learning how often the detector finds the section's articles.
 */
export async function keptPagesOf(
  db: ArchiveDb,
  section: string,
  corrected: readonly CorrectionRecord[],
): Promise<KeptPage[]> {
  const host = section.slice(0, section.indexOf('/'));
  const correctedKeys = new Set(corrected.flatMap((c) => c.urlKeys));
  const articles = await db.articles
    .where('urlKeys')
    .startsWith(`https://${host}`)
    .distinct()
    .filter(
      (a) =>
        a.read &&
        a.source !== 'feed' &&
        pageSection(a.url)?.section === section &&
        !a.urlKeys.some((key) => correctedKeys.has(key)),
    )
    .limit(MAX_KEPT)
    .toArray();
  return articles.map((a) => ({ score: a.score }));
}

/** The corrections, newest first, at most `limit`, and how many there are. */
export async function listCorrections(
  db: ArchiveDb,
  limit: number,
): Promise<{ corrections: CorrectionRecord[]; total: number }> {
  const all = await db.corrections.toArray();
  all.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  return { corrections: all.slice(0, limit), total: all.length };
}

/** Every correction (the content script's hint of sections to look at is derived from them). */
export function allCorrections(db: ArchiveDb): Promise<CorrectionRecord[]> {
  return db.corrections.toArray();
}
