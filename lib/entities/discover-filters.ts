import { isCommonCapital } from './common-words.ts';
import { NAME_SUFFIXES } from './discover-patterns.ts';
import { OUTLETS, PLACES, PUBLIC_ACRONYMS, PUBLIC_BODY_WORDS } from './not-companies.ts';
import type { PeopleCheck } from './people.ts';
import { resolveOrgName } from './registry.ts';

/** A name found by an introduction pattern, with where it was written. */
export interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

const isSuffix = (word: string) => NAME_SUFFIXES[word.toLowerCase()] !== undefined;

/** Drops calendar words, function words and roles around a name ("Meanwhile Odyssey" → "Odyssey"). */
export function cleanCandidate(raw: string, start: number): Candidate | undefined {
  const words = raw.split(' ');
  let from = 0;
  let offset = 0;
  while (from < words.length && (isCommonCapital(words[from] ?? '') || words[from] === '&')) {
    offset += (words[from] ?? '').length + 1;
    from += 1;
  }
  let to = words.length;
  while (to > from && isCommonCapital(words[to - 1] ?? '') && !isSuffix(words[to - 1] ?? ''))
    to -= 1;
  while (to > from && words[to - 1] === '&') to -= 1;
  if (to <= from) return undefined;
  const name = words.slice(from, to).join(' ');
  return { name, start: start + offset, end: start + offset + name.length };
}

const overlaps = (c: Candidate, spans: readonly Span[]) =>
  spans.some((s) => s.start < c.end && c.start < s.end);

/** Why a candidate cannot be a newly discovered company, or undefined when it may be one. */
export function rejectReason(
  c: Candidate,
  isPersonName: PeopleCheck,
  registrySpans: readonly Span[],
): string | undefined {
  const lower = c.name.toLowerCase();
  const words = lower.split(' ');
  if (lower.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return 'too short';
  if (PLACES.has(lower)) return 'place';
  if (OUTLETS.has(lower)) return 'outlet';
  if (PUBLIC_ACRONYMS.has(lower)) return 'acronym';
  if (words.some((w) => PUBLIC_BODY_WORDS.has(w)) || /white house|bank of/.test(lower)) {
    return 'public body';
  }
  if (words.every((w) => isCommonCapital(w) || PLACES.has(w) || w === '&')) return 'common words';
  if (
    words.length > 1 &&
    PLACES.has(words.slice(0, -1).join(' ')) &&
    isSuffix(c.name.split(' ').pop() ?? '')
  ) {
    return 'place';
  }
  if (resolveOrgName(c.name) || overlaps(c, registrySpans)) return 'registry';
  if (isPersonName(c.name)) return 'person';
  return undefined;
}
