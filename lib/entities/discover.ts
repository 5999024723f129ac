import { type Span, siteReason } from './discover-filters.ts';
import { ALL_PATTERNS, runPattern } from './discover-intros.ts';
import { type Found, mentionPositions, mergeSuffixed } from './discover-mentions.ts';
import { proseMap, sentenceAround } from './discover-prose.ts';
import { scanActs } from './discover-acts.ts';
import { type Add, indexTokens, scanRecurring, scanSuffixes } from './discover-scans.ts';
import { isGenericPhrase, shapeReason } from './discover-shape.ts';
import { FIRST_NAMES, OUTLETS } from './not-companies.ts';
import { peopleCheck } from './people.ts';
import { resolveOrgName } from './registry.ts';
import { isSentenceStart, type TextDoc, wordOccurrences } from './text-doc.ts';

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
  /** The sentence that introduced it or showed it acting, for the reader to judge. */
  readonly sentence: string;
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

/** A registry organisation's own name or an outlet: what a glued-on word may be. */
function isKnownName(word: string): boolean {
  const org = resolveOrgName(word);
  if (org && org.name.toLowerCase() === word.toLowerCase()) return true;
  return OUTLETS.has(word.toLowerCase());
}

/** "we", "our", "us": the page speaks for those who publish it. */
const FIRST_PERSON_PLURAL =
  /\b(?:we|our|ours|us|wir|unser\w*|nous|notre|nos|nosotros|nuestr\w*)\b/giu;
/** First-person plural words per 1,000 words from which a page speaks for its publisher. */
const SPEAKS_FOR_ITSELF = 8;

/** Whether the text speaks as "we" throughout, as an organisation's own post does. */
function speaksAsWe(text: string): boolean {
  const words = text.split(/\s+/, 20_000).length;
  let we = 0;
  for (const _ of text.matchAll(FIRST_PERSON_PLURAL)) we += 1;
  return (we * 1_000) / Math.max(words, 1) >= SPEAKS_FOR_ITSELF;
}

/**
 * The site's own name, where the prose writes it: on an organisation's own site ("LAION" on its
 * blog, a lab's announcement) it is the organisation the page is about, but on an outlet's page
 * the outlet only publishes. A page that speaks as "we" throughout speaks for its publisher: the
 * site's name is then an organisation's (the site chose it, so ordinary words are no objection).
 * Whether it acts in the text is left to the acts scan.
 */
function scanPublisher(
  doc: TextDoc,
  publisher: string,
  inProse: (at: number) => boolean,
  add: Add,
) {
  const at = wordOccurrences(doc.text, publisher).find(inProse);
  if (at === undefined || !speaksAsWe(doc.text)) return;
  add(
    { name: publisher, start: at, end: at + publisher.length },
    'publisher',
    DISCOVERY_THRESHOLD,
    'publishes this page and speaks as "we"',
    true,
  );
}

/** Whether a name is the publisher's, or starts with it ("Margin & Moat Media" on "Margin & Moat"). */
const isPublisher = (name: string, publisher: string | undefined) =>
  Boolean(publisher) && name.toLowerCase().startsWith((publisher as string).toLowerCase());

/**
 * Finds organisations missing from the registry from how the text introduces them
 * ("Odyssey, a startup developing world models", "backed by Lightspeed", "Tideline Inc.") and
 * how they act in it ("Tideline Robotics released…"), never people, places, outlets, public
 * bodies or registry names. Only running prose counts: headings, list items and labels are
 * title-case text, where capitals prove nothing. Each pattern adds independent evidence;
 * names whose combined confidence reaches the threshold are returned with the sentence that
 * showed them best.
 */
export function discoverOrganisations(
  doc: TextDoc,
  registrySpans: readonly Span[],
  /** The site's name (`ArticleText.publisher`). */
  publisher?: string,
  threshold = DISCOVERY_THRESHOLD,
): DiscoveredOrg[] {
  const { text } = doc;
  const people = peopleCheck(doc);
  const inProse = proseMap(text);
  const found = new Map<string, Found>();
  const add: Add = (c, id, confidence, evidence, strong = false) => {
    if (!inProse(c.start) || siteReason(text, c)) return;
    const key = c.name.toLowerCase();
    const f: Found = found.get(key) ?? { name: c.name, byPattern: new Map(), sites: [] };
    found.set(key, f);
    f.sites.push(c.start);
    const prior = f.byPattern.get(id);
    if (!prior || prior.confidence < confidence)
      f.byPattern.set(id, { confidence, evidence, site: c.start, strong });
  };
  // Where an introduction pattern read a name: its verb there ("X said in a statement") is
  // that pattern's evidence, not more evidence of acting.
  const introduced = new Set<number>();
  const addIntroduced: Add = (c, ...rest) => {
    introduced.add(c.start);
    add(c, ...rest);
  };
  const index = indexTokens(doc);
  for (const pattern of ALL_PATTERNS) {
    runPattern(doc, pattern, index.triggers, people, registrySpans, addIntroduced);
  }
  scanSuffixes(doc, index, people, registrySpans, add);
  scanRecurring(doc, index, people, registrySpans, add, inProse);
  if (publisher && !resolveOrgName(publisher)) scanPublisher(doc, publisher, inProse, add);
  mergeSuffixed(found);
  const candidates = [...found.values()];
  scanActs(
    doc,
    candidates.map((f) => ({
      name: f.name,
      positions: mentionPositions(doc, f, registrySpans),
      recurring: f.byPattern.has('recurring'),
    })),
    (pos) => inProse(pos) && !introduced.has(pos),
    add,
  );

  const standalone = (word: string) =>
    wordOccurrences(text, word).some((at) => !isSentenceStart(text, at) && inProse(at));
  const out: DiscoveredOrg[] = [];
  for (const f of candidates) {
    const evidence = [...f.byPattern.values()];
    const strong = evidence.some((p) => p.strong);
    if (shapeReason(f.name, standalone, isKnownName)) continue;
    // A phrase of ordinary words ("Vertical AI") or a first name ("Dan") is a company only
    // where the text introduces it as one.
    if (!strong && isGenericPhrase(f.name, index.vocabulary)) continue;
    if (!strong && !f.name.includes(' ') && FIRST_NAMES.has(f.name.toLowerCase())) continue;
    // The outlet that publishes the page ("© Margin & Moat Media") is no company of its story,
    // unless the page speaks for it or it acts in the text.
    if (isPublisher(f.name, publisher) && !f.byPattern.has('publisher') && !f.byPattern.has('acts'))
      continue;
    const positions = mentionPositions(doc, f, registrySpans);
    let miss = 1;
    for (const p of evidence) miss *= 1 - p.confidence;
    let confidence = 1 - miss;
    if (positions.filter(inProse).length >= 3) confidence += (1 - confidence) * 0.2;
    if (confidence < threshold) continue;
    const best = evidence.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    out.push({
      id: `d:${kebab(f.name)}`,
      name: f.name,
      confidence: Math.round(confidence * 100) / 100,
      evidence: evidence.map((p) => p.evidence),
      positions,
      sentence: sentenceAround(text, best.site, best.site + f.name.length),
    });
  }
  return out.sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
}
