import { isCommonCapital, ROLE_WORDS } from './common-words.ts';
import { isSuffix } from './discover-shape.ts';
import {
  CURRENCIES,
  OUTLETS,
  PLACES,
  PUBLIC_ACRONYMS,
  PUBLIC_BODY_WORDS,
} from './not-companies.ts';
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
  // "First Round Capital" stripped of its ordinary words would leave a bare "Capital".
  if (to - from === 1 && isSuffix(words[from] ?? '')) return undefined;
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
  if (CURRENCIES.has(lower)) return 'currency';
  if (OUTLETS.has(lower)) return 'outlet';
  if (PUBLIC_ACRONYMS.has(lower)) return 'acronym';
  if (words.some((w) => PUBLIC_BODY_WORDS.has(w)) || /white house|bank of/.test(lower)) {
    return 'public body';
  }
  if (words.every((w) => isCommonCapital(w) || PLACES.has(w) || w === '&')) return 'common words';
  if (words.length > 1 && words.some((w) => ROLE_WORDS.has(w))) return 'person with a title';
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

/**
 * "Design" in "Growth by Design", "Discovery" in "Warner Bros. Discovery": the end of a longer
 * name, not a name of its own.
 */
const FRAGMENT_OF = /(?:(\p{Lu}[\p{L}\p{N}]*) (?:by|of|for)|\b(?:Bros|Co)\.) $/u;

/** "my Eyes AI", "its Halo Labs": something someone owns, not an organisation acting. */
const OWNED = /\b(?:my|your|his|her|its|our|their) $/i;

/** "Growth" in "Growth by Design": the start of a longer name. */
const FRAGMENT_BEFORE = /^ (?:by|of|for) \p{Lu}/u;

/** "@Name" and "#Name" are handles and tags, not names in prose. */
export const isHandle = (text: string, at: number): boolean => /[@#]/.test(text.charAt(at - 1));

/**
 * Why the place where a candidate was read cannot show a name of its own (a fragment of a
 * longer name, something owned, a handle), or undefined.
 */
export function siteReason(text: string, c: Candidate): string | undefined {
  const { start, end } = c;
  if (isHandle(text, start)) return 'handle';
  if (FRAGMENT_BEFORE.test(text.slice(end, end + 8))) return 'start of a longer name';
  if (OWNED.test(text.slice(Math.max(0, start - 7), start))) return 'owned';
  const m = FRAGMENT_OF.exec(text.slice(Math.max(0, start - 30), start));
  // "CEO of Tideline", "Head of Odyssey": a title, and the name after it stands alone.
  return m !== null && !(m[1] && isCommonCapital(m[1])) ? 'end of a longer name' : undefined;
}
