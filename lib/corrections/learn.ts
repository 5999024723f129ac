/**
 * Learning from the reader's corrections: a page the reader corrected is decided their way; a
 * later page of the same section (`section.ts`) follows their corrections there when the detector
 * leaned at least as far as on a page they called an AI-industry article, or no further than on
 * one they said was not. Pure: the background applies it after the detector, on every analysis.
 *
 * Why by the detector's leaning and not by the section alone: a general outlet publishes AI and
 * non-AI stories in the same section, and a reader who removes one misread story about phones
 * must not silence every AI story there; a lab's blog whose posts the detector barely scores is
 * caught all the same, because the reader's corrected posts sit as low as the rest. Two guards
 * come from the archive: a "not AI" never reaches the pages the reader kept (the section's
 * archived articles the detector found), and an "AI-industry article" speaks for the section only
 * where the detector misses at least as many of its articles as it finds.
 * `scripts/measure-corrections.ts` measures it on synthetic sections.
 */
import type { ReaderVerdict } from '../archive/correction.ts';

/** What the detector made of a page, before any correction. */
export interface DetectorView {
  readonly isArticle: boolean;
  readonly isAIIndustry: boolean;
  /** The AI-industry score, 0..1 (0 for pages that are no article). */
  readonly score: number;
  readonly wordCount: number;
}

/** Words of text at which a page the detector did not take for an article leans fully (1). */
const FULL_TEXT_WORDS = 1_500;

/**
 * How far the detector leaned towards "AI-industry article", 0..2: a page it did not take for an
 * article by how much text it has (0..1), an article by 1 + its AI-industry score. One scale, so
 * that the reader's corrections of pages missed at either step can be compared with a new page.
 */
export function leaningOf(view: DetectorView): number {
  if (!view.isArticle) return Math.min(view.wordCount, FULL_TEXT_WORDS) / FULL_TEXT_WORDS;
  return 1 + Math.min(1, Math.max(0, view.score));
}

/** What learning needs of a stored correction. */
export interface CorrectionFact {
  readonly id: number;
  readonly urlKeys: readonly string[];
  readonly section: string;
  readonly verdict: ReaderVerdict;
  /** Null while Backstory has not analysed the page: then it counts at the extreme. */
  readonly leaning: number | null;
}

/**
 * An article of the section that the reader read and kept in the archive without correcting it
 * (pages they corrected count as corrections). Its stored score says whether the detector found
 * it (more likely than not an AI-industry article) or the reader's corrections added it.
 */
export interface KeptPage {
  readonly score: number;
}

/** The archive keeps an article's score, not more of what the detector thought. */
const found = (page: KeptPage) => page.score >= 0.5;
const keptLeaningOf = (page: KeptPage) => 1 + Math.min(1, page.score);

/** The reader's corrections of one section, as a rule for its other pages. */
export interface SectionRule {
  readonly section: string;
  readonly ai: number;
  readonly notAi: number;
  /**
   * Pages leaning at least this far are AI-industry articles (Infinity: none, or the detector
   * finds more of the section's articles than it misses).
   */
  readonly aiFrom: number;
  /**
   * Pages leaning no further than this are not (-Infinity: none below every page the reader
   * called AI or kept in the archive).
   */
  readonly notAiUpTo: number;
}

const leaningFor = (c: CorrectionFact) => c.leaning ?? (c.verdict === 'ai' ? 0 : 2);

/**
 * The rule of one section's corrections (all of the same section), or null when there are none.
 * `keptPages`: the section's archived articles that the reader read and did not correct.
 */
export function sectionRule(
  corrections: readonly CorrectionFact[],
  keptPages: readonly KeptPage[] = [],
): SectionRule | null {
  const first = corrections[0];
  if (!first) return null;
  const added = corrections.filter((c) => c.verdict === 'ai');
  const ai = added.map(leaningFor);
  const notAi = corrections.filter((c) => c.verdict === 'not-ai').map(leaningFor);
  const kept = keptPages.filter(found).map(keptLeaningOf);
  // Where the detector finds more of the section's articles than it misses (the reader added
  // them, by a correction or as their corrections decided), a miss is an exception: the reader's
  // word decides that page alone. A lab's blog, missed post after post, is learned.
  const missed = added.length + keptPages.filter((page) => !found(page)).length;
  const highestNo = Math.max(...notAi);
  const lowestYes = Math.min(...ai, ...kept);
  // A correction speaks for the pages beyond it (an "AI" for pages leaning further, a "not AI"
  // for pages leaning less) only when no page the reader decided the other way lies there. What
  // lies between their two kinds of answer is left to the detector: deciding it
  // by a majority of the reader's pages there turned 9% of a general outlet's next pages wrong
  // after three corrections (scripts/measure-corrections.ts).
  const aiFrom =
    missed >= kept.length
      ? Math.min(...ai.filter((leaning) => leaning > highestNo))
      : Number.POSITIVE_INFINITY;
  const notAiUpTo = Math.max(...notAi.filter((leaning) => leaning < lowestYes));
  return {
    section: first.section,
    ai: ai.length,
    notAi: notAi.length,
    aiFrom,
    notAiUpTo,
  };
}

/** A section rule's verdict on a page that leans this far, or null where it leaves the detector. */
export function ruleVerdict(rule: SectionRule, leaning: number): ReaderVerdict | null {
  if (leaning >= rule.aiFrom) return 'ai';
  if (leaning <= rule.notAiUpTo) return 'not-ai';
  return null;
}

/** Why a page is decided the reader's way. */
export type ReaderDecision =
  | { readonly by: 'page'; readonly verdict: ReaderVerdict; readonly correction: CorrectionFact }
  | { readonly by: 'section'; readonly verdict: ReaderVerdict; readonly rule: SectionRule };

/**
 * The reader's decision on a page, or null when the detector's stands: the page's own correction
 * first; else its section's rule, when it disagrees with the detector.
 */
export function readerDecision(
  page: DetectorView & { readonly urlKeys: readonly string[]; readonly section: string | null },
  corrections: readonly CorrectionFact[],
  kept: readonly KeptPage[] = [],
): ReaderDecision | null {
  const keys = new Set(page.urlKeys);
  const own = corrections.find((c) => c.urlKeys.some((key) => keys.has(key)));
  if (own) return { by: 'page', verdict: own.verdict, correction: own };
  if (page.section === null) return null;
  const rule = sectionRule(
    corrections.filter((c) => c.section === page.section),
    kept,
  );
  if (!rule) return null;
  const verdict = ruleVerdict(rule, leaningOf(page));
  if (verdict === null || verdict === (page.isAIIndustry ? 'ai' : 'not-ai')) return null;
  return { by: 'section', verdict, rule };
}

/** Sections where a page the detector passes over may still be an AI-industry article. */
export function sectionsThatAddArticles(corrections: readonly CorrectionFact[]): string[] {
  return [...new Set(corrections.filter((c) => c.verdict === 'ai').map((c) => c.section))].sort();
}
