import { GENERIC_CAPS, isCommonCapital } from './common-words.ts';
import { PAGE_LABELS } from './not-companies.ts';

/**
 * What a discovered name looks like, before any evidence of what it does: company words at its
 * end ("Labs", "AI"), ordinary vocabulary in front of them ("Predictive Analytics"), and the
 * shapes of strings that are not names at all (two blocks of text glued together, a publication).
 */

/**
 * Last words that mark an organisation's name, with the confidence the shape alone gives.
 * Words that also name a field or a kind of product ("AI", "Computing", "Networks", "Systems")
 * give less than words that only companies carry ("Labs", "Ventures", "Capital"): "Quantum
 * Computing" and "Neural Networks" are subjects, "Tideline Robotics" is a firm.
 */
const SUFFIXES: ReadonlyMap<string, number> = new Map(
  `labs:.6 lab:.45 technologies:.6 ventures:.6 capital:.6 robotics:.6 semiconductor:.6
  semiconductors:.6 therapeutics:.6 biosciences:.6 holdings:.6 partners:.55 motors:.5
  photonics:.6 ai:.4 systems:.35 dynamics:.35 computing:.35 networks:.35 analytics:.35
  intelligence:.3 research:.3 cloud:.3 data:.3 security:.3 health:.3 software:.35 energy:.35
  group:.35 bio:.4 studios:.4 games:.3 compute:.35 thermal:.35 silicon:.4 worlds:.35`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair): [string, number] => {
      const [word = '', value = '0'] = pair.split(':');
      return [word, Number(value)];
    }),
);

/** The confidence a name's last word gives, or undefined when it is no company word. */
export function suffixWeight(word: string): number | undefined {
  return SUFFIXES.get(word.toLowerCase());
}

export const isSuffix = (word: string): boolean => SUFFIXES.has(word.toLowerCase());

/**
 * Endings of adjectives, participles and gerunds ("Predictive", "Vertical", "Exploring",
 * "Tailored", "Autonomous", "Norwegian"): a name made of such words and a company word is
 * usually a phrase about a field ("Predictive Analytics", "Exploring AI"), not a firm.
 */
const DESCRIPTIVE =
  /(?:ing|ed|ive|ives|al|ial|ical|ic|ous|able|ible|ful|less|ent|ant|ary|ian|ean|ese|ish|ized|ised|ier)$/;

/** Words of the text written in lowercase somewhere (the text's own ordinary vocabulary). */
export type Vocabulary = ReadonlySet<string>;

/**
 * True for a word the text treats as ordinary vocabulary. `byForm`: also a word that merely has
 * the form of an adjective or gerund, which is telling in front of a company word ("Predictive
 * Analytics") but not alone: coined names end that way too ("Lumenary", "Wavecrest").
 */
export function isOrdinaryWord(word: string, vocabulary: Vocabulary, byForm = false): boolean {
  if (isCommonCapital(word)) return true;
  const parts = word.toLowerCase().split(/[-‐‑]/);
  return parts.every(
    (p) =>
      p.length === 0 ||
      vocabulary.has(p) ||
      GENERIC_CAPS.has(p) ||
      /^\d/.test(p) ||
      (byForm && p.length >= 5 && DESCRIPTIVE.test(p)),
  );
}

/**
 * A phrase of ordinary words, or of ordinary words and a company word: "Quantum Computing",
 * "Using AI", "Healthcare AI", "Discord Community Dynamics". Such a phrase names a company only
 * where the text introduces it as one ("Vertical AI, a startup that…").
 */
export function isGenericPhrase(name: string, vocabulary: Vocabulary): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  const weight = words.length > 1 ? suffixWeight(last) : undefined;
  const head = weight === undefined ? words : words.slice(0, -1);
  // In front of a company word the form of a word tells ("Predictive Analytics", "Emerging
  // Technologies"); a single coined word may end any way ("Lumenary").
  const byForm = weight !== undefined;
  return head.every((w) => w === '&' || isOrdinaryWord(w, vocabulary, byForm));
}

/** Last words of publications' names ("The Daily Ledger", "Tech Weekly"): outlets, not actors. */
const PUBLICATION_WORDS = new Set(
  `times post journal news gazette herald tribune magazine chronicle telegraph observer daily
  weekly digest newsletter podcast blog review report reports wire dispatch bulletin`.split(/\s+/),
);

/** A capitalised word glued to the next one: "PressNvidia", "ThreatConnectAdvertisement". */
const SEAM = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;

/**
 * Why a name's shape rules it out, or undefined. `standalone(word)` says whether the text writes
 * a word on its own as a name elsewhere; `isKnownName` whether it is a registry or outlet name.
 */
export function shapeReason(
  name: string,
  standalone: (word: string) => boolean,
  isKnownName: (word: string) => boolean,
): string | undefined {
  const words = name.split(' ');
  // Discovery reads Latin-script names; a word with Han, kana or Hangul glued on ("Amazon의")
  // is a name followed by a particle, which the registry's matcher handles.
  if (
    words.some((w) =>
      /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w),
    )
  )
    return 'mixed scripts';
  if (words.length > 1 && PUBLICATION_WORDS.has(words[words.length - 1]?.toLowerCase() ?? ''))
    return 'publication';
  for (const word of words) {
    const parts = word.split(SEAM);
    if (parts.length < 2) continue;
    // Text of two page blocks joined without a space: the part after the seam is another name
    // or a page label, or both halves are written on their own elsewhere.
    for (let i = 1; i < parts.length; i += 1) {
      const left = parts.slice(0, i).join('');
      const right = parts.slice(i).join('');
      if (isKnownName(right) || PAGE_LABELS.has(right.toLowerCase())) return 'glued text';
      if (standalone(left) && standalone(right)) return 'glued text';
    }
  }
  return undefined;
}
