import { describe, expect, it } from 'vitest';
import {
  MAX_FULL_READS,
  MAX_QUERY_ORGS,
  MAX_QUERY_TERMS,
  ORG_BUDGET,
  PER_ORG_LIMIT,
  PER_TERM_LIMIT,
} from '../../lib/related/candidates.ts';
import { findRelated } from '../../lib/related/engine.ts';
import type { CandidateSource, IndexedArticle, OrgRef } from '../../lib/related/types.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const TERMS = Array.from({ length: 40 }, (_, i) => `term${String.fromCharCode(97 + (i % 26))}${i}`);

/**
 * A fake archive of `size` articles that only counts what the engine asks for: giants in most
 * articles, a tiny startup in three, and terms from rare to everywhere.
 */
function countingArchive(size: number) {
  const orgDf = new Map<string, number>([
    ['nvidia', Math.round(size / 2)],
    ['openai', Math.round(size * 0.4)],
    ['microsoft', Math.round(size * 0.2)],
    ['d:tiny', 3],
  ]);
  for (let i = 0; i < 10; i += 1) orgDf.set(`mid-${i}`, Math.round(size / 50));
  const termDf = (term: string) => (Number(term.slice(5)) % 2 ? 10 : Math.round(size * 0.6));
  const log = { byOrg: [] as [string, number][], byTerm: [] as number[], got: 0, calls: 0 };
  const ids = (key: string, n: number) =>
    Array.from({ length: n }, (_, i) => ((key.length * 7919 + i * 104_729) % size) + 1);
  const record = (id: number): IndexedArticle => ({
    id,
    url: `https://x.example/${id}`,
    title: `Story ${id}`,
    siteName: 'Wire',
    time: NOW - id * 60_000,
    genre: id % 5 ? 'news' : 'analysis',
    orgs: [{ id: 'nvidia', salience: 0.8, about: true }],
    terms: TERMS.slice(id % 10, (id % 10) + 20).map((t) => [t, 0.2] as const),
    storyId: null,
    read: true,
  });
  const source: CandidateSource = {
    count: async () => {
      log.calls++;
      return size;
    },
    byOrg: async (org, limit) => {
      log.calls++;
      log.byOrg.push([org, limit]);
      return ids(org, Math.min(limit, orgDf.get(org) ?? 0));
    },
    byTerm: async (term, limit) => {
      log.calls++;
      log.byTerm.push(limit);
      return ids(term, Math.min(limit, termDf(term)));
    },
    get: async (wanted) => {
      log.calls++;
      log.got += wanted.length;
      return wanted.map(record);
    },
    orgFrequency: async (orgs) => {
      log.calls++;
      return new Map(orgs.map((o) => [o, orgDf.get(o) ?? 0]));
    },
    termFrequency: async (terms) => {
      log.calls++;
      return new Map(terms.map((t) => [t, termDf(t)]));
    },
  };
  return { source, log };
}

const orgs: OrgRef[] = [
  { id: 'nvidia', salience: 0.95, about: true },
  { id: 'openai', salience: 0.9, about: true },
  { id: 'microsoft', salience: 0.6, about: true },
  { id: 'd:tiny', salience: 0.5, about: true },
  ...Array.from({ length: 10 }, (_, i) => ({ id: `mid-${i}`, salience: 0.3, about: false })),
];
const current = {
  url: 'https://now.example/a',
  title: 'Nvidia and OpenAI',
  siteName: 'Wire',
  time: NOW,
  genre: 'news' as const,
  orgs,
  terms: TERMS.map((t, i) => [t, 1 / (i + 2)] as const),
  storyId: null,
  read: true,
};

async function run(size: number) {
  const { source, log } = countingArchive(size);
  const result = await findRelated(source, { article: current, now: NOW, orgName: (id) => id });
  return { result, log };
}

describe('findRelated: bounded reads', () => {
  it('never asks for more than its limits, even with a 50,000-article giant', async () => {
    const { result, log } = await run(100_000);
    expect(log.byOrg.length).toBeLessThanOrEqual(MAX_QUERY_ORGS);
    for (const [, limit] of log.byOrg) expect(limit).toBeLessThanOrEqual(PER_ORG_LIMIT);
    expect(log.byOrg.reduce((sum, [, limit]) => sum + limit, 0)).toBeLessThanOrEqual(ORG_BUDGET);
    expect(log.byTerm.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    for (const limit of log.byTerm) expect(limit).toBeLessThanOrEqual(PER_TERM_LIMIT);
    expect(log.got).toBeLessThanOrEqual(MAX_FULL_READS);
    // count, two frequency reads, one list per organisation and term, one bulk get.
    expect(log.calls).toBeLessThanOrEqual(3 + MAX_QUERY_ORGS + MAX_QUERY_TERMS + 1);
    expect(result.stories.length).toBeGreaterThan(0);
  });

  it('reads a rare organisation in full and only a slice of each giant', async () => {
    const { log } = await run(100_000);
    const asked = new Map(log.byOrg);
    expect(asked.get('d:tiny')).toBe(3);
    expect(asked.get('nvidia')).toBeLessThan(PER_ORG_LIMIT + 1);
    expect(asked.get('nvidia')).toBeGreaterThan(50);
  });

  it('reads as much at 100,000 articles as at 10,000', async () => {
    const small = await run(10_000);
    const large = await run(100_000);
    const total = (log: typeof small.log) =>
      log.byOrg.reduce((sum, [, limit]) => sum + limit, 0) + log.byTerm.length * PER_TERM_LIMIT;
    expect(total(large.log)).toBe(total(small.log));
    expect(large.log.got).toBe(small.log.got);
  });
});
