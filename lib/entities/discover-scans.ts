import { isCommonCapital } from './common-words.ts';
import type { Candidate, Span } from './discover-filters.ts';
import { cleanCandidate, isHandle, rejectReason } from './discover-filters.ts';
import { ALL_PATTERNS } from './discover-intros.ts';
import { isGenericPhrase, isSuffix, suffixWeight, type Vocabulary } from './discover-shape.ts';
import { resolveOrgName } from './registry.ts';
import { isNameWord, nameEndingAt } from './name-runs.ts';
import type { PeopleCheck } from './people.ts';
import { isSentenceStart, type TextDoc, type Token } from './text-doc.ts';

/**
 * Records one piece of evidence for a candidate. `strong`: the text introduces it as a company
 * (enough even for a name made of ordinary words).
 */
export type Add = (
  c: Candidate,
  id: string,
  confidence: number,
  evidence: string,
  strong?: boolean,
) => void;

/** What discovery needs from the tokens, gathered in one pass. */
export interface TokenIndex {
  /** Offsets of the words that start `group` patterns. */
  readonly triggers: ReadonlyMap<string, readonly number[]>;
  /** Capitalised words (three letters or more) with their occurrences. */
  readonly capitalised: ReadonlyMap<string, readonly Token[]>;
  /** Capitalised company words after a space ("Labs", "Robotics", "AI"). */
  readonly suffixes: readonly Token[];
  /** Words the text writes in lowercase: its ordinary vocabulary. */
  readonly vocabulary: Vocabulary;
}

let triggerWords: Set<string> | undefined;

/** A word of the prose, not part of an address, a handle or a file name ("tideline.dev"). */
function isProseWord(text: string, t: Token): boolean {
  const before = text.charAt(t.start - 1);
  const after = text.charAt(t.end);
  if (before === '.' || before === '@' || before === '/' || before === '#' || before === '_')
    return false;
  return !(
    after === '@' ||
    after === '/' ||
    after === '_' ||
    (after === '.' && /\w/.test(text.charAt(t.end + 1)))
  );
}

export function indexTokens(doc: TextDoc): TokenIndex {
  triggerWords ??= new Set(ALL_PATTERNS.flatMap((p) => [...(p.triggers ?? [])]));
  const triggers = new Map<string, number[]>();
  const capitalised = new Map<string, Token[]>();
  const suffixes: Token[] = [];
  const vocabulary = new Set<string>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const t of doc.tokens) {
    if (triggerWords.has(t.lower)) push(triggers, t.lower, t.start);
    if (!isNameWord(t)) {
      if (t.text === t.lower && isProseWord(doc.text, t)) vocabulary.add(t.lower);
      continue;
    }
    if (t.text.length >= 3 && !/^\d/.test(t.text)) push(capitalised, t.text, t);
    if (isSuffix(t.lower) && doc.text.charAt(t.start - 1) === ' ') suffixes.push(t);
  }
  return { triggers, capitalised, suffixes, vocabulary };
}

/**
 * Capitalised runs ending in a company word: "Tideline Robotics", "Harbor Labs". The shape alone
 * is weak evidence (weaker still for words that also name fields: "AI", "Computing"), and none
 * at all for a phrase of ordinary words ("Predictive Analytics", "Exploring AI").
 */
export function scanSuffixes(
  doc: TextDoc,
  index: TokenIndex,
  people: PeopleCheck,
  spans: readonly Span[],
  add: Add,
): void {
  const { text } = doc;
  for (const t of index.suffixes) {
    // "Zoom AI Companion", "Windows AI Studio": the name goes on past the company word.
    if (/^ \p{Lu}/u.test(text.slice(t.end, t.end + 2))) continue;
    const found = nameEndingAt(doc, t.end);
    const c = found && cleanCandidate(found[0], found[1]);
    const words = c?.name.split(' ') ?? [];
    const last = words[words.length - 1] ?? '';
    const confidence = suffixWeight(last);
    if (!c || words.length < 2 || confidence === undefined) continue;
    // "Gemini Robotics" is a registry product, not a new company.
    if (words.slice(0, -1).some((w) => isCommonCapital(w) || resolveOrgName(w))) continue;
    if (isGenericPhrase(c.name, index.vocabulary)) continue;
    if (rejectReason(c, people, spans)) continue;
    add(c, 'suffix', confidence, `name ends in '${last}'`);
  }
}

/** An organisation speaking: the evidence a word met only a few times needs. */
const SPEAKS =
  /^,? (?:said|says|told|declined|confirmed|announced|agreed|signed|sagte|teilte|a annoncé|annonce|a déclaré|anunció|dijo)(?![\p{L}\p{N}])/u;
const OWNED = /(?:its|their|his|her|our|your) $/;
/** The word is written right after another name or a number ("Gemini Ultra", "2.5 Pro"): part of that name. */
const AFTER_NAME = /(?:\p{Lu}[\p{L}\p{N}]*|\d[\d.]*) $/u;
/** The word is followed by another capitalised word, a version or a product noun: "Bolmo 7B", "Mojo models". */
const BEFORE_NAME =
  /^(?: \p{Lu}[\p{L}\p{N}]*| v?\d| (?:model|models|family|app|apps|tool|tools|library|framework|dataset|datasets|benchmark|protocol|format|files?|plugin|extension|server|sdk|api|cli|chip|chips)\b)/u;

/**
 * A capitalised word named again and again in running prose that speaks or acts like a company
 * ("Deloitte said", "Deloitte plans"), mostly on its own rather than after another name, never
 * "its X" (a product), a person, a place or a registry name.
 */
export function scanRecurring(
  doc: TextDoc,
  index: TokenIndex,
  people: PeopleCheck,
  spans: readonly Span[],
  add: Add,
  inProse: (pos: number) => boolean,
): void {
  const { text } = doc;
  for (const [word, all] of index.capitalised) {
    if (all.length < 3 || isCommonCapital(word) || index.vocabulary.has(word.toLowerCase()))
      continue;
    // The cheap test first: most capitalised words never speak like a company.
    if (!all.some((t) => SPEAKS.test(text.slice(t.end, t.end + 40)))) continue;
    const list = all.filter((t) => inProse(t.start) && !isHandle(text, t.start));
    if (list.length < 3) continue;
    const inner = list.filter((t) => !isSentenceStart(text, t.start)).length;
    const speaking = list.find((t) => SPEAKS.test(text.slice(t.end, t.end + 40)));
    const owned = list.some((t) => OWNED.test(text.slice(Math.max(0, t.start - 6), t.start)));
    // Mostly written inside a longer name or before a version or product noun: a product.
    const joined = list.filter(
      (t) =>
        AFTER_NAME.test(text.slice(Math.max(0, t.start - 20), t.start)) ||
        BEFORE_NAME.test(text.slice(t.end, t.end + 20)),
    ).length;
    if (inner < 2 || !speaking || owned || joined * 2 >= list.length) continue;
    // Recorded where it speaks: the sentence the reader is shown.
    const first = speaking.start;
    const candidate = { name: word, start: first, end: first + word.length };
    if (rejectReason(candidate, people, spans)) continue;
    const confidence = Math.min(0.55, 0.4 + 0.05 * (list.length - 3));
    add(candidate, 'recurring', confidence, `named ${list.length}× and acts like a company`);
  }
}
