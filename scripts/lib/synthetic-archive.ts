/**
 * Synthetic archives for the benchmark: articles with the skew of real AI-industry reading
 * (a few giants such as Nvidia and OpenAI in a large share of articles, a long tail of startups)
 * and Zipf-distributed vocabulary. Deterministic for a seed. Runs in Node and in a page.
 */
import { type ArticleDraft, indexFields, urlKeysOf } from '../../lib/archive/draft.ts';
import { REGISTRY } from '../../lib/entities/registry-data.ts';

const GIANTS = ['nvidia', 'openai', 'microsoft', 'google', 'amazon', 'anthropic', 'meta'];
const TAIL_STARTUPS = 3_000;
const VOCABULARY = 4_000;
const SITES = [
  'Northwind Wire',
  'The Circuit Ledger',
  'Margin & Moat',
  'Compute Notes',
  'Pacific Wire',
  'Frontier Brief',
];
const GENRES = ['news', 'news', 'news', 'analysis', 'opinion', 'press-release'] as const;
const AI_WORDS =
  'model chip data centre inference training gpu cluster funding valuation compute agent'.split(
    ' ',
  );

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Index in 0..n-1 drawn with probability ∝ 1 / (rank + 1)^s. */
function zipf(next: () => number, n: number, s = 1.1): number {
  return Math.min(n - 1, Math.floor(n ** (next() ** (1 / (1 - s + 2))) - 1));
}

const word = (i: number) => `w${i.toString(36)}`;

export function syntheticDrafts(
  count: number,
  seed = 1,
  startTime = Date.parse('2024-01-01'),
): ArticleDraft[] {
  const next = random(seed);
  const registry = REGISTRY.map((org) => org.id).filter((id) => !GIANTS.includes(id));
  const drafts: ArticleDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const orgIds = new Set<string>();
    // Giants: Nvidia and OpenAI in roughly a third of all articles each.
    for (const [rank, id] of GIANTS.entries())
      if (next() < 0.36 / (rank + 1) ** 0.6) orgIds.add(id);
    const known = 1 + Math.floor(next() * 3);
    for (let k = 0; k < known; k += 1) orgIds.add(registry[zipf(next, registry.length)] as string);
    if (next() < 0.5) orgIds.add(`d:startup-${zipf(next, TAIL_STARTUPS)}`);
    const words: string[] = [];
    for (let w = 0; w < 140; w += 1) {
      words.push(
        next() < 0.1
          ? (AI_WORDS[Math.floor(next() * AI_WORDS.length)] as string)
          : word(zipf(next, VOCABULARY)),
      );
    }
    const title = `${[...orgIds][0]} ${words.slice(0, 8).join(' ')}`;
    const text = words.join(' ');
    const time = startTime + Math.floor((i / count) * 3 * 365 * 86_400_000);
    const siteName = SITES[i % SITES.length] as string;
    const url = `https://www.${siteName.toLowerCase().replace(/\W+/g, '')}.example/${i}/${words[0]}-${words[1]}`;
    const orgs = [...orgIds].map((id, rank) => ({
      id,
      salience: Math.max(0.1, 1 - rank * 0.2),
      about: rank < 2,
    }));
    drafts.push({
      url,
      title,
      siteName,
      byline: null,
      excerpt: text.slice(0, 200),
      publishedAt: new Date(time).toISOString(),
      lang: 'en',
      wordCount: words.length,
      ...indexFields(title, text),
      siteKey: siteName.toLowerCase(),
      urlKeys: urlKeysOf([url]),
      time,
      genre: GENRES[i % GENRES.length] as (typeof GENRES)[number],
      score: 0.9,
      orgs,
      storyId: null,
      read: true,
      source: 'visit',
      text: '',
      orgNames: new Map(orgs.map((o) => [o.id, { name: o.id, discovered: o.id.startsWith('d:') }])),
    });
  }
  return drafts;
}
