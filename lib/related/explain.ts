/**
 * One-line reasons built from the signals that really contributed to a match:
 * "About Amazon and Odyssey, like this article · 3 weeks earlier · The Circuit Ledger".
 */
import { ORG_WEIGHT, type Scored, TEXT_WEIGHT } from './score.ts';
import { DOMAIN_COMMON } from './stop-words.ts';

const DAY = 86_400_000;
/** Organisations are named when they bring at least this share of the relevance... */
const ORG_REASON_SHARE = 0.15;
/** ...and each named one at least this share of the top one's contribution. */
const ORG_REASON_RELATIVE = 0.25;
/** Words are named when they bring at least this share of the relevance (or nothing else does). */
const TERM_REASON_SHARE = 0.5;
const TERM_REASON_RELATIVE = 0.3;
/** Words found in many archived articles ("billion", "chip") explain nothing: not named. */
const TERM_REASON_MIN_RARITY = 0.4;
const MAX_NAMED = 3;

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** When `time` is, seen from `reference`, in words: "same day", "3 weeks earlier", "2 days later". */
export function relativeTime(reference: number, time: number): string {
  const days = Math.abs(time - reference) / DAY;
  if (days < 1) return 'same day';
  const [n, unit] =
    days < 14
      ? [Math.round(days), 'day']
      : days < 60
        ? [Math.round(days / 7), 'week']
        : days < 350
          ? [Math.round(days / 30.44), 'month']
          : [Math.max(1, Math.round(days / 365.25)), 'year'];
  return `${n} ${unit}${n === 1 ? '' : 's'} ${time < reference ? 'earlier' : 'later'}`;
}

function orgPhrase(scored: Scored, orgName: (id: string) => string): string | null {
  if (ORG_WEIGHT * scored.orgScore < ORG_REASON_SHARE * scored.relevance) return null;
  const top = scored.sharedOrgs[0]?.contribution ?? 0;
  const named = scored.sharedOrgs
    .filter((o) => o.contribution >= ORG_REASON_RELATIVE * top)
    .slice(0, MAX_NAMED);
  const about = named.filter((o) => o.bothAbout);
  if (about.length > 0) {
    return `About ${listWords(about.map((o) => orgName(o.id)))}, like this article`;
  }
  return named.length > 0 ? `Also names ${listWords(named.map((o) => orgName(o.id)))}` : null;
}

/** The shared words that weigh most, quoted (stems, as stored), leaving out organisation names. */
function namedTerms(scored: Scored, orgWords: ReadonlySet<string>): string | null {
  const top = scored.sharedTerms[0]?.contribution ?? 0;
  const named = scored.sharedTerms
    .filter(
      (t) =>
        t.contribution >= TERM_REASON_RELATIVE * top &&
        t.rarity >= TERM_REASON_MIN_RARITY &&
        !DOMAIN_COMMON.has(t.term) &&
        !orgWords.has(t.term),
    )
    .slice(0, MAX_NAMED)
    .map((t) => `“${t.term}”`);
  return named.length > 0 ? listWords(named) : null;
}

export interface ReasonInput {
  readonly scored: Scored;
  /** The current article's time. */
  readonly reference: number;
  readonly orgName: (id: string) => string;
}

/** The reason line of one result: only signals that contributed, strongest first. */
export function explain({ scored, reference, orgName }: ReasonInput): string {
  const { sameStory } = scored;
  const parts: string[] = [];
  if (sameStory) parts.push('Same story');
  const orgs = orgPhrase(scored, orgName);
  if (orgs) parts.push(orgs);
  const textShare = (TEXT_WEIGHT * scored.textSimilarity) / Math.max(1e-9, scored.relevance);
  if (!sameStory && (textShare >= TERM_REASON_SHARE || !orgs)) {
    const orgWords = new Set(
      scored.sharedOrgs.flatMap((o) =>
        orgName(o.id)
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u),
      ),
    );
    const terms = namedTerms(scored, orgWords);
    if (terms) parts.push(orgs ? `also on ${terms}` : `On ${terms}, like this article`);
  }
  parts.push(relativeTime(reference, scored.article.time));
  if (scored.article.siteName.trim()) parts.push(scored.article.siteName.trim());
  return parts.join(' · ');
}
