import { type LogisticModel, probability } from '../detect/model.ts';
import { ABOUT_WEIGHTS } from './about-weights.ts';
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
  /** Where the first mention after the title falls: 0 at the start of the text, 1 at its end. */
  readonly firstAt: number;
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
  let firstAt = 1;
  for (const m of mentions) {
    if (m.start >= bodyStart) firstAt = Math.min(firstAt, (m.start - bodyStart) / span);
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
  return { raw, inTitle, inLead, firstAt };
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

/** The company's standing among all the companies the article names. */
export interface Standing {
  readonly mentions: number;
  readonly salience: number;
  /** Its raw prominence over the most prominent company's. */
  readonly share: number;
  /** 1 for the most prominent company, 2 for the next… */
  readonly rank: number;
  /** How many companies the article names (a newsletter names dozens, a story a few). */
  readonly companies: number;
  /** Whether it acts in the text: written right before a company's verb ("raised", "said"). */
  readonly acts: boolean;
}

/** What decides "about" rather than "in passing", as numbers from 0 to 1 (fitted: `npm run fit`). */
export function aboutFeatures(p: Prominence, s: Standing): Record<string, number> {
  return {
    inTitle: p.inTitle ? 1 : 0,
    inLead: p.inLead ? 1 : 0,
    mentions: Math.min(Math.log2(1 + s.mentions), 5) / 5,
    salience: s.salience,
    share: s.share,
    first: s.rank === 1 ? 1 : 0,
    leading: s.rank <= 3 ? 1 : 0,
    early: 1 - p.firstAt,
    crowd: Math.min(Math.log2(1 + s.companies), 6) / 6,
    acts: s.acts ? 1 : 0,
  };
}

export const ABOUT_MODEL: LogisticModel = ABOUT_WEIGHTS;

/**
 * An article has few protagonists: on the labelled real pages seven in ten AI-industry articles
 * have one or two companies acting in them, and a newsletter naming forty companies is about its
 * lead stories, not all forty. (Chosen among 2, 3 and 4 by cross-validated about-precision on the
 * corpus: 0.81, 0.70, 0.61, the share of labelled companies marked about staying at 0.43–0.44.)
 */
export const MAX_ABOUT = 2;

/**
 * Which of an article's companies it is about (a protagonist) rather than naming in passing: those
 * the fitted model gives at least even odds, at most MAX_ABOUT of them, the likeliest first; beside
 * a protagonist the headline names, a second only if the headline or the lead names it too. (On
 * the corpus, second picks outside headline and lead next to a headlined first were wrong six
 * times in six: newsletters' other items, the labs a release is compared with.)
 */
export function aboutFlags(
  features: readonly Readonly<Record<string, number>>[],
  model = ABOUT_MODEL,
): boolean[] {
  const p = features.map((f) => probability(model, f));
  const ranked = p
    .map((value, i) => [value, i] as const)
    .filter(([value]) => value >= 0.5)
    .sort((a, b) => b[0] - a[0])
    .map(([, i]) => i);
  // A headline names the story's protagonist. Where it does, another is one the headline or the
  // lead names too, not a company the rest of a newsletter or a comparison dwells on.
  const headlined = ranked[0] !== undefined && features[ranked[0]]?.inTitle === 1;
  const chosen = new Set(
    ranked
      .filter(
        (i, k) => k === 0 || !headlined || features[i]?.inTitle === 1 || features[i]?.inLead === 1,
      )
      .slice(0, MAX_ABOUT),
  );
  return p.map((_, i) => chosen.has(i));
}
