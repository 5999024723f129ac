import { isCommonCapital } from './common-words.ts';
import { isSuffix } from './discover-shape.ts';
import { FAMOUS_PEOPLE, FIRST_NAMES, PLACES } from './not-companies.ts';
import { REGISTRY } from './registry-data.ts';
import { resolveOrgName } from './registry.ts';
import { type TextDoc, wordOccurrences as occurrences } from './text-doc.ts';

/**
 * Telling people from companies, so discovery never reports "Jane Doe" or "Cameron" (after
 * "Oliver Cameron said"): registry and famous people, common first names, and how the text
 * treats the name ("X said", "X, the company's chief executive", "CEO X", "Mr. X").
 */

const isPlace = (word: string) => PLACES.has(word.toLowerCase());

const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
const WORD_BEFORE = /(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?) $/u;
const CUE_AFTER = new RegExp(
  [
    String.raw`^,? (?:said|says|told|wrote|writes|added|explained|argued|noted|recalled|believes|thinks|who|whose)\b`,
    String.raw`^, (?:a|an|the|its|their|the company['’]s) (?:[\w'’-]+ ){0,4}?(?:chief|ceo|founder|co-founder|cofounder|president|partner|analyst|professor|researcher|director|head|executive|investor|officer|scientist|engineer|spokesperson|vice|lawyer|attorney|economist|author|former|general|managing)\b`,
    // German, French and Spanish: "…, der Gründer von", "…, la fondatrice de", "…, dijo".
    String.raw`^,? (?:sagte|sagt|erklärte|betonte|so|a déclaré|déclare|explique|a expliqué|dijo|explicó|afirmó|señaló)\b`,
    String.raw`^, (?:der|die|le|la|el) (?:[\wÀ-ÿ'’-]+ ){0,3}?(?:chef|chefin|gründer|gründerin|mitgründer|mitgründerin|geschäftsführer|geschäftsführerin|sprecher|sprecherin|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|pdg|porte-parole|fundador|fundadora|cofundador|cofundadora|director|directora|consejero|portavoz)\b`,
  ].join('|'),
  'i',
);
const CUE_BEFORE =
  /(?:CEO|chief executive|founder|co-founder|cofounder|President|president|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|analyst|investor|partner|professor|Professor|researcher|Sen\.?|Senator|Rep\.?|Judge|economist|executive|engineer|scientist|chief|head) $/;

/** Two or three plain capitalised words with no company word in them: could be a person's name. */
export function personShaped(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => PERSON_WORD.test(w) && !isSuffix(w) && !isCommonCapital(w) && !isPlace(w))
  );
}

let registryPeople: Set<string> | undefined;

function knownPeople(): Set<string> {
  if (!registryPeople) {
    registryPeople = new Set(FAMOUS_PEOPLE);
    for (const org of REGISTRY) {
      for (const person of org.people ?? []) {
        registryPeople.add(person.toLowerCase());
        registryPeople.add((person.split(' ').pop() ?? '').toLowerCase());
      }
    }
  }
  return registryPeople;
}

const cueAround = (text: string, start: number, end: number) =>
  CUE_AFTER.test(text.slice(end, end + 90)) ||
  CUE_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/** Someone moving between employers: "Raiza departs Google", "Lee joined Meta". */
const MOVES =
  /^ (?:departs|departed|leaves|left|quits|quit|exits|exited|joins|joined|rejoins|rejoined) (\p{Lu}[\p{L}\p{N}]*)/u;

const movesBetweenEmployers = (text: string, name: string) =>
  occurrences(text, name).some((at) => {
    const employer = MOVES.exec(text.slice(at + name.length, at + name.length + 40))?.[1];
    return employer !== undefined && resolveOrgName(employer) !== undefined;
  });

function isPerson(text: string, name: string): boolean {
  if (knownPeople().has(name.toLowerCase())) return true;
  const words = name.split(' ');
  if (movesBetweenEmployers(text, name)) return true;
  if (words.length === 1) {
    // A surname used alone after the full name: "Cameron said", after "Oliver Cameron".
    for (const at of occurrences(text, name)) {
      const first = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
      if (/(?:Mr|Ms|Mrs|Dr)\.? $/.test(text.slice(Math.max(0, at - 5), at))) return true;
      if (!first || isCommonCapital(first) || isSuffix(first) || isPlace(first)) continue;
      if (
        FIRST_NAMES.has(first.toLowerCase()) ||
        cueAround(text, at - first.length - 1, at + name.length)
      ) {
        return true;
      }
    }
    return false;
  }
  if (!personShaped(name)) return false;
  if (FIRST_NAMES.has(words[0]?.toLowerCase() ?? '')) return true;
  return occurrences(text, name).some((at) => cueAround(text, at, at + name.length));
}

/** Tells whether a name is a person's (registry people, famous people, or named as a person in the text). */
export type PeopleCheck = (name: string) => boolean;

export function peopleCheck(doc: TextDoc): PeopleCheck {
  const cache = new Map<string, boolean>();
  return (name) => {
    let known = cache.get(name);
    if (known === undefined) {
      known = isPerson(doc.text, name);
      cache.set(name, known);
    }
    return known;
  };
}
