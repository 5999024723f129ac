import { actsAfter } from './discover-acts.ts';
import { type DiscoveredOrg, discoverOrganisations } from './discover.ts';
import { disambiguate, type ResolvedMatch } from './disambiguate.ts';
import { scanNames } from './matcher.ts';
import { getOrg } from './registry.ts';
import { aboutFeatures, aboutFlags, FORM_WEIGHT, prominence, salience } from './salience.ts';
import { buildDoc, type TextDoc } from './text-doc.ts';

export { getOrg, resolveOrgName } from './registry.ts';

/** What recognition reads: the title, the lead (standfirst or first paragraph) and the full text. */
export interface ArticleText {
  readonly title: string;
  /** Normally also the start of `text`; scanned on its own only when `text` does not contain it. */
  readonly lead: string;
  readonly text: string;
  /** The site's name: the organisation itself on its own blog, an outlet elsewhere. */
  readonly publisher?: string | null;
}

/** One organisation the article names. */
export interface CompanyMention {
  /** Registry id, or `d:<kebab-name>` for a discovered one. */
  readonly id: string;
  /** Canonical name (registry) or the name as written (discovered). */
  readonly name: string;
  /** Occurrences in title + text (the lead counted once). */
  readonly mentions: number;
  /** 0..1: title and lead count more, early mentions more than late ones; near 1 for the top company of a focused article. */
  readonly salience: number;
  /** The article is about it (in the title, or salient and repeated) rather than mentioning it in passing. */
  readonly about: boolean;
  readonly discovered: boolean;
  /** 1 for unambiguous registry matches; lower for context-disambiguated or discovered ones. */
  readonly confidence: number;
  /** Short human-readable reasons. */
  readonly evidence: readonly string[];
  /** Discovered only: the page's sentence that introduced it or showed it acting (at most 300 characters). */
  readonly sentence?: string;
}

interface Group {
  readonly id: string;
  readonly name: string;
  readonly discovered: boolean;
  readonly confidence: number;
  readonly evidence: readonly string[];
  readonly sentence?: string;
  readonly mentions: ReadonlyArray<{ start: number; weight: number }>;
  /** Written right before a company's verb somewhere ("Odyssey raised…", "Nvidia said…"). */
  readonly acts: boolean;
}

/** Whether the name ending at `end` is followed by a company's verb. */
const actsAt = (text: string, end: number) => actsAfter(text.slice(end, end + 40));

const FORM_PHRASE: Record<string, (surface: string, org: string) => string> = {
  alias: (s, o) => `'${s}' is another name for ${o}`,
  division: (s, o) => `'${s}' is part of ${o}`,
  product: (s, o) => `'${s}' is ${o}'s product`,
  person: (s, o) => `'${s}' is at ${o}`,
  ticker: (s, o) => `ticker ${s} is ${o}'s`,
};

function registryEvidence(
  doc: TextDoc,
  orgName: string,
  matches: readonly ResolvedMatch[],
): string[] {
  const out: string[] = [];
  const title = matches.find((r) => r.match.start < doc.titleEnd);
  if (title) out.push(`title names ${title.match.surface}`);
  const seen = new Set<string>();
  for (const r of matches) {
    const { name, surface } = r.match;
    const key = surface.toLowerCase();
    if (seen.has(key) || out.length >= 5) continue;
    seen.add(key);
    if (r.why) {
      const as = surface === orgName ? 'the company' : `${orgName}'s`;
      out.push(`'${surface}' taken as ${as}: ${r.why}`);
    } else if (name.form !== 'name')
      out.push(FORM_PHRASE[name.form]?.(surface, orgName) ?? surface);
  }
  const inLead = matches.filter(
    (r) => r.match.start >= doc.leadStart && r.match.start < doc.leadEnd,
  );
  out.push(`named ${matches.length}× (${inLead.length} in the lead)`);
  return out;
}

function registryGroups(doc: TextDoc, resolved: readonly ResolvedMatch[]): Group[] {
  const byOrg = new Map<string, ResolvedMatch[]>();
  for (const r of resolved) {
    const list = byOrg.get(r.match.name.orgId);
    if (list) list.push(r);
    else byOrg.set(r.match.name.orgId, [r]);
  }
  const groups: Group[] = [];
  for (const [id, matches] of byOrg) {
    const org = getOrg(id);
    if (!org) continue;
    groups.push({
      id,
      name: org.name,
      discovered: false,
      confidence: Math.max(...matches.map((r) => r.confidence)),
      evidence: registryEvidence(doc, org.name, matches),
      acts: matches.some((r) => actsAt(doc.text, r.match.end)),
      mentions: matches.map((r) => ({
        start: r.match.start,
        weight: FORM_WEIGHT[r.match.name.form],
      })),
    });
  }
  return groups;
}

const discoveredGroup = (text: string, d: DiscoveredOrg): Group => ({
  id: d.id,
  name: d.name,
  discovered: true,
  confidence: d.confidence,
  evidence: d.evidence,
  sentence: d.sentence,
  mentions: d.positions.map((start) => ({ start, weight: FORM_WEIGHT.discovered })),
  acts: d.positions.some((start) => actsAt(text, start + d.name.length)),
});

/**
 * Recognises the organisations an article names: registry names (with subsidiaries, products,
 * people and tickers mapped to the parent), ambiguous names kept only with supporting context,
 * and organisations the registry lacks, found from how the text introduces them.
 * Sorted by salience, highest first. Pure: runs in a content script and in Node.
 */
export function recognizeCompanies(
  article: ArticleText,
  /** Sees each company's "about" features (`npm run fit` learns from them). */
  explain?: (id: string, features: Record<string, number>) => void,
): CompanyMention[] {
  const doc = buildDoc(article.title, article.lead, article.text);
  const raw = scanNames(doc);
  const resolved = disambiguate(doc, raw);
  const discovered = discoverOrganisations(
    doc,
    resolved.map((r) => r.match),
    article.publisher ?? undefined,
  );
  const groups = [
    ...registryGroups(doc, resolved),
    ...discovered.map((d) => discoveredGroup(doc.text, d)),
  ];
  const scored = groups.map((g) => ({ g, p: prominence(doc, g.mentions) }));
  const maxRaw = Math.max(0, ...scored.map((s) => s.p.raw));
  const byRaw = scored.map((s) => s.p.raw).sort((a, b) => b - a);
  const rated = scored.map(({ g, p }) => {
    const sal = salience(p.raw, maxRaw);
    const features = aboutFeatures(p, {
      mentions: g.mentions.length,
      salience: sal,
      share: maxRaw > 0 ? p.raw / maxRaw : 0,
      rank: byRaw.indexOf(p.raw) + 1,
      companies: scored.length,
      acts: g.acts,
    });
    explain?.(g.id, features);
    return { g, sal, features };
  });
  const about = aboutFlags(rated.map((r) => r.features));
  return rated
    .map(
      ({ g, sal }, i): CompanyMention => ({
        id: g.id,
        name: g.name,
        mentions: g.mentions.length,
        salience: sal,
        about: about[i] ?? false,
        discovered: g.discovered,
        confidence: g.confidence,
        evidence: g.evidence,
        ...(g.sentence ? { sentence: g.sentence } : {}),
      }),
    )
    .sort((a, b) => b.salience - a.salience || b.mentions - a.mentions);
}
