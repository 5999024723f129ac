/**
 * The reader's corrections applied to a page analysis, in the background, after the detector:
 * the analysis a tab, the popup and the archive see is the reader's where they decided, and its
 * reasons say so first.
 */
import type { AnalyzedPage, PageAnalysis } from '../analyze/analyze-page.ts';
import type { CorrectionRecord } from '../archive/correction.ts';
import type { ArchiveDb } from '../archive/db.ts';
import { urlKeysOf } from '../archive/draft.ts';
import { type DetectorView, leaningOf, type ReaderDecision, readerDecision } from './learn.ts';
import { describeSection, type PageSection, pageSection } from './section.ts';
import { completeCorrection, correctionsOfSite, keptPagesOf } from './store.ts';

/** The corrections that may decide a page at one address: its site's. */
export interface ReaderContext {
  readonly where: PageSection | null;
  readonly corrections: readonly CorrectionRecord[];
}

export async function readerContext(db: ArchiveDb, pageUrl: string): Promise<ReaderContext> {
  const where = pageSection(pageUrl);
  return { where, corrections: where ? await correctionsOfSite(db, where.site) : [] };
}

function keysOf(urls: readonly string[]): string[] {
  try {
    return urlKeysOf(urls);
  } catch {
    return [];
  }
}

/**
 * Whether the reader's corrections may make the page at this address an AI-industry article
 * (its own correction, or one in its section): then it is read even where the pre-filter would
 * stop, since only a reading gives the detector's leaning and the article's text.
 */
export function mayAddArticle(context: ReaderContext, pageUrl: string): boolean {
  const keys = new Set(keysOf([pageUrl]));
  return context.corrections.some(
    (c) =>
      c.verdict === 'ai' &&
      (c.section === context.where?.section || c.urlKeys.some((key) => keys.has(key))),
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The first reason a reader sees when their word decided the page. */
export function decisionReason(decision: ReaderDecision): string {
  const ai = decision.verdict === 'ai';
  const verdict = ai ? 'AI-industry article' : 'Not an AI-industry article';
  if (decision.by === 'page') return `${verdict}: you said so`;
  const count = ai ? decision.rule.ai : decision.rule.notAi;
  const marked = plural(count, 'page', 'pages');
  return `${verdict}: decided by your corrections (you marked ${marked} of ${describeSection(
    decision.rule.section,
  )} as ${ai ? 'AI-industry articles' : 'not AI-industry articles'})`;
}

/** A title for a page without one, from its address. */
function titleFromUrl(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return `${url.hostname}${url.pathname}`.slice(0, 1_000);
  } catch {
    return pageUrl.slice(0, 1_000);
  }
}

/** The analysis as the reader decided: verdict and reasons (the detector's follow theirs). */
export function withDecision(
  analysis: PageAnalysis,
  decision: ReaderDecision | null,
  pageUrl: string,
): PageAnalysis {
  if (!decision) return analysis;
  const reasons = [decisionReason(decision), ...analysis.reasons].slice(0, 50);
  if (decision.verdict === 'not-ai') return { ...analysis, isAIIndustry: false, reasons };
  return {
    ...analysis,
    isArticle: true,
    isAIIndustry: true,
    title: analysis.title ?? titleFromUrl(pageUrl),
    reasons,
  };
}

/** An analysis as the reader decided it, with the decision and the page's own correction. */
export interface ReaderView {
  readonly analyzed: AnalyzedPage;
  /** What the detector alone made of the page. */
  readonly detector: DetectorView;
  readonly decision: ReaderDecision | null;
  /** The page's own correction, when the reader made one. */
  readonly own: CorrectionRecord | null;
}

/**
 * Decides an analysed page the reader's way where their corrections say so: its own correction
 * (completed with what the analysis found, when it was made before one), else its section's.
 */
export async function decideForReader(
  db: ArchiveDb,
  context: ReaderContext,
  pageUrl: string,
  analyzed: AnalyzedPage,
): Promise<ReaderView> {
  const { analysis } = analyzed;
  const detector: DetectorView = {
    isArticle: analysis.isArticle,
    isAIIndustry: analysis.isAIIndustry,
    score: analysis.score,
    wordCount: analysis.wordCount,
  };
  if (context.corrections.length === 0 || !context.where) {
    return { analyzed, detector, decision: null, own: null };
  }
  const urlKeys = keysOf([pageUrl, analysis.url, ...analysis.urlVariants]);
  const section = context.where.section;
  const inSection = context.corrections.filter((c) => c.section === section);
  const kept = inSection.length > 0 ? await keptPagesOf(db, section, inSection) : [];
  const decision = readerDecision({ ...detector, urlKeys, section }, context.corrections, kept);
  const own =
    decision?.by === 'page'
      ? (context.corrections.find((c) => c.id === decision.correction.id) ?? null)
      : null;
  if (own) {
    await completeCorrection(db, own, {
      url: analysis.url,
      urlKeys,
      title: analysis.title,
      leaning: leaningOf(detector),
    });
  }
  return {
    analyzed: { ...analyzed, analysis: withDecision(analysis, decision, pageUrl) },
    detector,
    decision,
    own,
  };
}
