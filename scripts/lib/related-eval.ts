/**
 * Relevance of the related-coverage engine on the labelled archive (tests/fixtures/archive/),
 * against a plain BM25 full-text baseline (MiniSearch over title + text) on the same data in the
 * same run. Articles are indexed as the extension will index them: the real company recogniser,
 * `termVector`, and story ids from the cluster functions assigned in publication order.
 */
import { readFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';
import { type Fingerprinted, findStory, simhash } from '../../lib/related/cluster.ts';
import { findRelated } from '../../lib/related/engine.ts';
import { MemorySource } from '../../lib/related/memory-source.ts';
import { termVector } from '../../lib/related/terms.ts';
import type { IndexedArticle } from '../../lib/related/types.ts';
import { round } from './stats.ts';

const ARCHIVE_DIR = new URL('../../tests/fixtures/archive/', import.meta.url);

const articleSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  siteName: z.string(),
  publishedAt: z.string(),
  genre: z.enum(['news', 'analysis', 'opinion', 'press-release', 'other']),
  byline: z.string().nullable(),
  text: z.string(),
});
const querySchema = articleSchema.extend({ judgements: z.record(z.string(), z.number()) });
type FixtureArticle = z.infer<typeof articleSchema>;

const load = async <T>(name: string, schema: z.ZodType<T>): Promise<T[]> =>
  z.array(schema).parse(JSON.parse(await readFile(new URL(name, ARCHIVE_DIR), 'utf8')));

/** First paragraph: what the recogniser reads as the lead. */
const leadOf = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .find((p) => p.trim())
    ?.trim() ?? '';

/** An archived article as the extension stores it, with the fingerprint of its text. */
function indexArticle(a: FixtureArticle, id: number, names: Map<string, string>): Fingerprinted {
  const mentions = recognizeCompanies({ title: a.title, lead: leadOf(a.text), text: a.text });
  for (const m of mentions) names.set(m.id, m.name);
  const article: IndexedArticle = {
    id,
    url: a.url,
    title: a.title,
    siteName: a.siteName,
    time: Date.parse(a.publishedAt),
    genre: a.genre,
    orgs: mentions.map((m) => ({ id: m.id, salience: m.salience, about: m.about })),
    terms: termVector(a.title, a.text),
    storyId: null,
    read: true,
  };
  return { article, fingerprint: simhash(a.text) };
}

/** Inserts in publication order, giving story ids as the archive does on insert. */
function insertAll(items: readonly Fingerprinted[]): Fingerprinted[] {
  const done: Fingerprinted[] = [];
  for (const item of [...items].sort((a, b) => a.article.time - b.article.time)) {
    const storyId = findStory(item, done);
    if (storyId === null) {
      done.push(item);
      continue;
    }
    const first = done.findIndex((d) => d.article.id === storyId);
    const joined = done[first];
    if (joined && joined.article.storyId === null) {
      done[first] = { ...joined, article: { ...joined.article, storyId } };
    }
    done.push({ ...item, article: { ...item.article, storyId } });
  }
  return done;
}

/** nDCG@k over ranks (1-based; articles of one folded entry share its rank), graded 1..3. */
function ndcg(ranks: ReadonlyMap<number, number>, judged: ReadonlyMap<number, number>, k: number) {
  const gain = (grade: number) => 2 ** grade - 1;
  let dcg = 0;
  for (const [id, rank] of ranks) {
    if (rank <= k) dcg += gain(judged.get(id) ?? 0) / Math.log2(rank + 1);
  }
  const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return idcg > 0 ? Math.min(1, dcg / idcg) : 0;
}

/** Share of the relevant articles (grade >= 1) at ranks up to k. */
function recall(
  ranks: ReadonlyMap<number, number>,
  judged: ReadonlyMap<number, number>,
  k: number,
) {
  const found = [...judged.keys()].filter((id) => (ranks.get(id) ?? Infinity) <= k).length;
  return judged.size > 0 ? found / judged.size : 0;
}

/** The plain BM25 baseline: MiniSearch over title + text, the query's title + text as search. */
function baselineRanks(
  archive: readonly FixtureArticle[],
  ids: Map<string, number>,
  q: FixtureArticle,
) {
  const bm25 = new MiniSearch<FixtureArticle>({ fields: ['title', 'text'] });
  bm25.addAll(archive);
  const ranks = new Map<number, number>();
  for (const hit of bm25.search(`${q.title}\n${q.text}`).slice(0, 10)) {
    ranks.set(ids.get(String(hit.id)) ?? -1, ranks.size + 1);
  }
  return ranks;
}

export interface RelatedFigures {
  /**
   * Articles folded under an entry count at the entry's rank, so five entries can hold more than
   * five relevant articles; each query's value is capped at 1.
   */
  readonly ndcg5: number;
  /** Stricter: folded articles take the ranks right after their entry, as in a flat list. */
  readonly ndcg5Flat: number;
  readonly recall10: number;
  readonly baseline: { readonly ndcg5: number; readonly recall10: number };
  readonly queries: number;
  readonly msPerQuery: number;
}

/**
 * Each query runs against the archive as it was when it was read: the articles published
 * before it (the only ones judged), for the engine and for the baseline alike.
 */
export async function evaluateRelated(): Promise<RelatedFigures> {
  const fixture = await load('articles.json', articleSchema);
  const queries = await load('queries.json', querySchema);
  const ids = new Map(fixture.map((a, i) => [a.id, i + 1]));
  const names = new Map<string, string>();
  const indexed = insertAll(fixture.map((a, i) => indexArticle(a, i + 1, names)));

  const sums = { ndcg: 0, ndcgFlat: 0, recall: 0, baseNdcg: 0, baseRecall: 0, ms: 0 };
  for (const q of queries) {
    const time = Date.parse(q.publishedAt);
    const earlier = indexed.filter((x) => x.article.time < time);
    const judged = new Map(
      Object.entries(q.judgements)
        .filter(([, grade]) => grade > 0)
        .map(([id, grade]) => [ids.get(id) ?? -1, grade] as const),
    );
    const current = indexArticle(q, 0, names);
    const storyId = findStory(current, earlier);
    const source = new MemorySource(earlier.map((x) => x.article));
    const started = performance.now();
    const { stories } = await findRelated(source, {
      article: { ...current.article, id: undefined, storyId },
      now: time,
      limit: 10,
      orgName: (id) => names.get(id) ?? id,
    });
    sums.ms += performance.now() - started;
    const ranks = new Map<number, number>();
    const flat = new Map<number, number>();
    stories.forEach((story, i) => {
      for (const a of [story.article, ...story.alsoCoveredBy]) {
        ranks.set(a.id, i + 1);
        flat.set(a.id, flat.size + 1);
      }
    });
    const base = baselineRanks(
      fixture.filter((a) => Date.parse(a.publishedAt) < time),
      ids,
      q,
    );
    sums.ndcg += ndcg(ranks, judged, 5);
    sums.ndcgFlat += ndcg(flat, judged, 5);
    sums.recall += recall(ranks, judged, 10);
    sums.baseNdcg += ndcg(base, judged, 5);
    sums.baseRecall += recall(base, judged, 10);
  }
  const mean = (sum: number) => round(sum / Math.max(1, queries.length), 3);
  return {
    ndcg5: mean(sums.ndcg),
    ndcg5Flat: mean(sums.ndcgFlat),
    recall10: mean(sums.recall),
    baseline: { ndcg5: mean(sums.baseNdcg), recall10: mean(sums.baseRecall) },
    queries: queries.length,
    msPerQuery: round(sums.ms / Math.max(1, queries.length), 2),
  };
}
