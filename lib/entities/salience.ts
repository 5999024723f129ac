import type { NameForm } from './registry.ts';
import type { TextDoc } from './text-doc.ts';

/** How much one mention tells that the article is about the organisation. */
export const FORM_WEIGHT: Readonly<Record<NameForm | 'discovered', number>> = {
  name: 1,
  alias: 1,
  division: 0.8,
  discovered: 1,
  product: 0.7,
  person: 0.6,
  ticker: 0.5,
};

export interface WeightedMention {
  readonly start: number;
  readonly weight: number;
}

export interface Prominence {
  readonly raw: number;
  readonly inTitle: boolean;
  readonly inLead: boolean;
}

/**
 * Raw prominence of one organisation: the first title mention weighs 3, lead mentions 1.5,
 * body mentions from 1 (first word) down to 0.4 (last word), each times its form's weight.
 */
export function prominence(doc: TextDoc, mentions: readonly WeightedMention[]): Prominence {
  const bodyStart = doc.titleEnd;
  const span = Math.max(1, doc.text.length - bodyStart);
  let raw = 0;
  let inTitle = false;
  let inLead = false;
  for (const m of mentions) {
    if (m.start < doc.titleEnd) {
      raw += m.weight * (inTitle ? 0.5 : 3);
      inTitle = true;
    } else if (m.start >= doc.leadStart && m.start < doc.leadEnd) {
      raw += m.weight * 1.5;
      inLead = true;
    } else {
      raw += m.weight * (1 - (0.6 * (m.start - bodyStart)) / span);
    }
  }
  return { raw, inTitle, inLead };
}

/**
 * Salience 0..1: saturates with raw prominence (an organisation in the title and lead and
 * named throughout is near 1) and is scaled down by its share of the most prominent one.
 */
export function salience(raw: number, maxRaw: number): number {
  if (raw <= 0 || maxRaw <= 0) return 0;
  const absolute = 1 - Math.exp(-raw / 3);
  return Math.round(absolute * (0.4 + (0.6 * raw) / maxRaw) * 1000) / 1000;
}

/** The article is about it: named in the title, or salient and repeated (vs a passing mention). */
export function isAbout(p: Prominence, mentions: number, sal: number): boolean {
  return p.inTitle || (mentions >= 3 && sal >= 0.4) || (p.inLead && mentions >= 2 && sal >= 0.3);
}
