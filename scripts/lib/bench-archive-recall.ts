/**
 * How much the candidate stage's bounds cost in results: on a synthetic archive (in memory, in
 * Node), the share of the exhaustive top 8 (every archived article scored) that the bounded
 * candidate search still finds ("unlisted": the share no list returned), and what it reads.
 * A development tool for tuning `lib/related/candidates.ts`:
 *
 *   TOPICAL=1 LIMITS='[{"maxFullReads": 80}]' npx tsx scripts/lib/bench-archive-recall.ts 10000
 *
 * TOPICAL=1 uses an archive with topics (related articles exist); without it, the benchmark's
 * archive, where text similarity is mostly noise. LIMITS lists settings to compare with the
 * defaults.
 */
import { toIndexed } from '../../lib/archive/indexed.ts';
import {
  type CandidateLimits,
  DEFAULT_LIMITS,
  gatherCandidates,
} from '../../lib/related/candidates.ts';
import { MIN_RELEVANCE } from '../../lib/related/engine.ts';
import { MemorySource } from '../../lib/related/memory-source.ts';
import { type QueryContext, scoreCandidate, selfSimilarity } from '../../lib/related/score.ts';
import { termMap } from '../../lib/related/similarity.ts';
import type { CandidateSource, IndexedArticle } from '../../lib/related/types.ts';
import { termVector } from '../../lib/related/terms.ts';
import { random, syntheticDrafts } from './synthetic-archive.ts';

const TOP = 8;

function counting(source: CandidateSource) {
  const log = { lists: 0, listed: 0, got: 0, seen: new Set<number>() };
  const counted: CandidateSource = {
    count: () => source.count(),
    orgFrequency: (ids) => source.orgFrequency(ids),
    termFrequency: (terms) => source.termFrequency(terms),
    byOrg: async (id, limit) => {
      const ids = await source.byOrg(id, limit);
      for (const x of ids) log.seen.add(x);
      log.lists += 1;
      log.listed += ids.length;
      return ids;
    },
    byTerm: async (term, limit) => {
      const ids = await source.byTerm(term, limit);
      for (const x of ids) log.seen.add(x);
      log.lists += 1;
      log.listed += ids.length;
      return ids;
    },
    get: (ids) => {
      log.got += ids.length;
      return source.get(ids);
    },
  };
  return { counted, log };
}

async function main() {
  const size = Number(process.argv[2] ?? 10_000);
  const queries = Number(process.env.BENCH_QUERIES ?? 100);
  const topical = process.env.TOPICAL === '1';
  const articles = topical
    ? topicalArticles(size, 1, 0)
    : syntheticDrafts(size, size).map((d, i) =>
        toIndexed({ ...d, id: i + 1, firstSeenAt: 0, lastReadAt: 0, readCount: 0 }),
      );
  const memory = new MemorySource(articles);
  const probes = topical
    ? topicalArticles(queries, 99, size).map((a, i) => ({ ...a, id: -1 - i }))
    : syntheticDrafts(queries, size + 7, Date.parse('2027-01-01')).map((d, i) =>
        toIndexed({ ...d, id: -1 - i, firstSeenAt: 0, lastReadAt: 0, readCount: 0 }),
      );
  const settings: [string, CandidateLimits][] = [
    ['default', DEFAULT_LIMITS],
    ...JSON.parse(process.env.LIMITS ?? '[]').map(
      (s: Partial<CandidateLimits>): [string, CandidateLimits] => [
        JSON.stringify(s),
        { ...DEFAULT_LIMITS, ...s },
      ],
    ),
  ];
  const ideal = new Map<number, Set<number>>();
  for (const probe of probes) {
    const { stats } = await gatherCandidates(memory, probe.orgs, probe.terms, probe.id);
    const ctx = context(probe, stats);
    ideal.set(probe.id, new Set(top(articles.map((a) => scoreCandidate(ctx, a)))));
  }
  for (const [name, limits] of settings) {
    const { counted, log } = counting(memory);
    let found = 0;
    let unlisted = 0;
    for (const probe of probes) {
      log.seen.clear();
      const { stats, ids } = await gatherCandidates(
        counted,
        probe.orgs,
        probe.terms,
        probe.id,
        limits,
      );
      const ctx = context(probe, stats);
      const got = top((await counted.get(ids)).map((a) => scoreCandidate(ctx, a)));
      const want = ideal.get(probe.id) ?? new Set();
      found += got.filter((id) => want.has(id)).length / Math.max(1, Math.min(TOP, want.size));
      unlisted += [...want].filter((id) => !log.seen.has(id)).length / Math.max(1, want.size);
    }
    const per = (n: number) => (n / probes.length).toFixed(1);
    console.log(
      `${name.padEnd(60)} recall@${TOP} ${(found / probes.length).toFixed(3)} (unlisted ${(unlisted / probes.length).toFixed(3)}) · lists ${per(log.lists)} · listed ${per(log.listed)} · read ${per(log.got)}`,
    );
  }
}

/**
 * An archive with topics: each topic has its own organisations (a tail startup, a registry one)
 * and vocabulary; an article draws half its words and most of its organisations from its topic,
 * the rest from the background (giants, common words). Related articles exist, as in a reader's
 * archive, so that the exhaustive top 8 means something.
 */
function topicalArticles(count: number, seed: number, offset: number): IndexedArticle[] {
  const topics = 600;
  const topicRandom = random(4242);
  const topicOf = Array.from({ length: topics }, (_, t) => ({
    orgs: [`d:startup-${t}`, `org-${Math.floor(topicRandom() * 150)}`],
    words: Array.from({ length: 25 }, () => `t${Math.floor(topicRandom() * 20_000).toString(36)}`),
  }));
  const giants = ['nvidia', 'openai', 'microsoft', 'google', 'amazon', 'anthropic', 'meta'];
  const next = random(seed);
  /** Log-uniform over 0..n-1: a few topics and words are frequent, most are rare. */
  const skewed = (n: number) => Math.floor(n ** next()) % n;
  const out: IndexedArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    const topic = topicOf[skewed(topics)] as (typeof topicOf)[number];
    const orgs = new Map<string, { id: string; salience: number; about: boolean }>();
    for (const id of topic.orgs) {
      if (next() < 0.7) orgs.set(id, { id, salience: 0.6 + next() * 0.4, about: true });
    }
    for (const [rank, id] of giants.entries()) {
      if (next() < 0.36 / (rank + 1) ** 0.6) {
        orgs.set(id, { id, salience: 0.1 + next() * 0.8, about: next() < 0.4 });
      }
    }
    const words: string[] = [];
    for (let w = 0; w < 160; w += 1) {
      words.push(
        next() < 0.45
          ? (topic.words[Math.floor(next() * topic.words.length)] as string)
          : `w${skewed(4_000).toString(36)}`,
      );
    }
    const title = words.slice(0, 8).join(' ');
    out.push({
      id: offset + i + 1,
      url: `https://x.example/${offset + i}`,
      title,
      siteName: 'Wire',
      time: Date.parse('2024-01-01') + ((offset + i) / (count + offset)) * 3 * 365 * 86_400_000,
      genre: 'news',
      orgs: [...orgs.values()],
      terms: termVector(title, words.join(' ')),
      storyId: null,
      read: true,
    });
  }
  return out;
}

function context(
  probe: IndexedArticle,
  stats: Awaited<ReturnType<typeof gatherCandidates>>['stats'],
): QueryContext {
  const terms = termMap(probe.terms);
  return {
    time: probe.time,
    terms,
    orgs: new Map(probe.orgs.map((o) => [o.id, o])),
    stats,
    selfSimilarity: selfSimilarity(terms, stats.termRarity),
    sameStory: () => false,
  };
}

function top(scored: ReturnType<typeof scoreCandidate>[]): number[] {
  return scored
    .filter((s) => s.relevance >= MIN_RELEVANCE)
    .sort((a, b) => b.score - a.score || b.article.time - a.article.time)
    .slice(0, TOP)
    .map((s) => s.article.id);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
