import type { Candidate, Span } from './discover-filters.ts';
import { runPattern } from './discover-intros.ts';
import { type Found, mentionPositions, mergeSuffixed } from './discover-mentions.ts';
import { INTRO_PATTERNS } from './discover-patterns.ts';
import { indexTokens, scanRecurring, scanSuffixes } from './discover-scans.ts';
import { peopleCheck } from './people.ts';
import type { TextDoc } from './text-doc.ts';

/** An organisation the registry does not know, found from how the text introduces it. */
export interface DiscoveredOrg {
  /** `d:<kebab-name>`. */
  readonly id: string;
  /** The name as written. */
  readonly name: string;
  readonly confidence: number;
  readonly evidence: readonly string[];
  /** Offsets of its mentions in the document. */
  readonly positions: readonly number[];
}

/** Confidence at or above which a discovered name is reported. */
export const DISCOVERY_THRESHOLD = 0.6;

const kebab = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Finds organisations missing from the registry from how the text introduces them
 * ("Odyssey, a startup developing world models", "backed by Lightspeed", "Tideline Inc."),
 * never people, places, outlets, public bodies or registry names. Each pattern adds
 * independent evidence; names whose combined confidence reaches the threshold are returned.
 */
export function discoverOrganisations(
  doc: TextDoc,
  registrySpans: readonly Span[],
  threshold = DISCOVERY_THRESHOLD,
): DiscoveredOrg[] {
  const people = peopleCheck(doc);
  const found = new Map<string, Found>();
  const add = (c: Candidate, id: string, confidence: number, evidence: string) => {
    const key = c.name.toLowerCase();
    const f: Found = found.get(key) ?? { name: c.name, byPattern: new Map(), sites: [] };
    found.set(key, f);
    f.sites.push(c.start);
    const prior = f.byPattern.get(id);
    if (!prior || prior.confidence < confidence) f.byPattern.set(id, { confidence, evidence });
  };
  const index = indexTokens(doc);
  for (const pattern of INTRO_PATTERNS) {
    runPattern(doc, pattern, index.triggers, people, registrySpans, add);
  }
  scanSuffixes(doc, index, people, registrySpans, add);
  scanRecurring(doc, index, people, registrySpans, add);
  mergeSuffixed(found);
  const out: DiscoveredOrg[] = [];
  for (const f of found.values()) {
    const positions = mentionPositions(doc, f, registrySpans);
    let miss = 1;
    for (const p of f.byPattern.values()) miss *= 1 - p.confidence;
    let confidence = 1 - miss;
    if (positions.length >= 3) confidence += (1 - confidence) * 0.2;
    if (confidence < threshold) continue;
    out.push({
      id: `d:${kebab(f.name)}`,
      name: f.name,
      confidence: Math.round(confidence * 100) / 100,
      evidence: [...f.byPattern.values()].map((p) => p.evidence),
      positions,
    });
  }
  return out.sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
}
