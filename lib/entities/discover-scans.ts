import { isCommonCapital } from './common-words.ts';
import { type Candidate, cleanCandidate, rejectReason, type Span } from './discover-filters.ts';
import { INTRO_PATTERNS, NAME_SUFFIXES } from './discover-patterns.ts';
import { resolveOrgName } from './registry.ts';
import { isNameWord, nameEndingAt } from './name-runs.ts';
import type { PeopleCheck } from './people.ts';
import { isSentenceStart, type TextDoc, type Token } from './text-doc.ts';

/** Records one piece of evidence for a candidate. */
export type Add = (c: Candidate, id: string, confidence: number, evidence: string) => void;

/** What discovery needs from the tokens, gathered in one pass. */
export interface TokenIndex {
  /** Offsets of the words that start `group` patterns. */
  readonly triggers: ReadonlyMap<string, readonly number[]>;
  /** Capitalised words (three letters or more) with their occurrences. */
  readonly capitalised: ReadonlyMap<string, readonly Token[]>;
  /** Capitalised company words after a space ("Labs", "Robotics", "AI"). */
  readonly suffixes: readonly Token[];
}

let triggerWords: Set<string> | undefined;

export function indexTokens(doc: TextDoc): TokenIndex {
  triggerWords ??= new Set(INTRO_PATTERNS.flatMap((p) => [...(p.triggers ?? [])]));
  const triggers = new Map<string, number[]>();
  const capitalised = new Map<string, Token[]>();
  const suffixes: Token[] = [];
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const t of doc.tokens) {
    if (triggerWords.has(t.lower)) push(triggers, t.lower, t.start);
    if (!isNameWord(t)) continue;
    if (t.text.length >= 3 && !/^\d/.test(t.text)) push(capitalised, t.text, t);
    if (NAME_SUFFIXES[t.lower] !== undefined && doc.text.charAt(t.start - 1) === ' ')
      suffixes.push(t);
  }
  return { triggers, capitalised, suffixes };
}

/** Capitalised runs ending in a company word: "Tideline Robotics", "Harbor Labs". */
export function scanSuffixes(
  doc: TextDoc,
  index: TokenIndex,
  people: PeopleCheck,
  spans: readonly Span[],
  add: Add,
): void {
  for (const t of index.suffixes) {
    if (t.start < doc.titleEnd && doc.titleCase) continue;
    const found = nameEndingAt(doc, t.end);
    const c = found && cleanCandidate(found[0], found[1]);
    const words = c?.name.split(' ') ?? [];
    const last = words[words.length - 1] ?? '';
    const confidence = NAME_SUFFIXES[last.toLowerCase()];
    if (!c || words.length < 2 || confidence === undefined) continue;
    // "Gemini Robotics" is a registry product, not a new company.
    if (words.slice(0, -1).some((w) => isCommonCapital(w) || resolveOrgName(w))) continue;
    if (rejectReason(c, people, spans)) continue;
    add(c, 'suffix', confidence, `name ends in '${last}'`);
  }
}

const ACTS =
  /^ (?:said|says|told|declined|confirmed|announced|agreed|signed|reported|plans|expects)\b/;
const OWNED = /(?:its|their|his|her|our|your) $/;

/**
 * A capitalised word named again and again mid-sentence that speaks or acts like a company
 * ("Deloitte said", "Deloitte plans"), is never "its X" (a product), a person, a place or a
 * registry name.
 */
export function scanRecurring(
  doc: TextDoc,
  index: TokenIndex,
  people: PeopleCheck,
  spans: readonly Span[],
  add: Add,
): void {
  const { text } = doc;
  for (const [word, list] of index.capitalised) {
    if (list.length < 3 || isCommonCapital(word)) continue;
    const inner = list.filter((t) => !isSentenceStart(text, t.start)).length;
    const acts = list.some((t) => ACTS.test(text.slice(t.end, t.end + 12)));
    const owned = list.some((t) => OWNED.test(text.slice(Math.max(0, t.start - 6), t.start)));
    if (inner < 2 || !acts || owned || text.includes(` ${word.toLowerCase()} `)) continue;
    const first = list[0]?.start ?? 0;
    const candidate = { name: word, start: first, end: first + word.length };
    if (rejectReason(candidate, people, spans)) continue;
    const bonus = first < doc.titleEnd ? 0.1 : 0;
    const confidence = Math.min(0.55, 0.4 + 0.05 * (list.length - 3)) + bonus;
    add(candidate, 'recurring', confidence, `named ${list.length}× and acts like a company`);
  }
}
