/**
 * Measures learning from the reader's corrections on synthetic sites: a reader browses a section,
 * corrects every page Backstory decides against them until they have corrected k, and the next
 * pages of that section are decided with those corrections (`lib/corrections/learn.ts`).
 * Reported: the share of those next pages decided the reader's way, with and without the
 * corrections, and the share the corrections turned wrong (pages the detector had right).
 */
import type { ReaderVerdict } from '../../lib/archive/correction.ts';
import {
  type CorrectionFact,
  type DetectorView,
  type KeptPage,
  leaningOf,
  readerDecision,
} from '../../lib/corrections/learn.ts';
import { random } from './synthetic-archive.ts';

/** One page of a synthetic section: what the reader says it is, and what the detector made of it. */
export interface SyntheticPage {
  readonly aiIndustry: boolean;
  readonly view: DetectorView;
}

type Draw = () => number;
const between = (next: Draw, lo: number, hi: number) => lo + (hi - lo) * next();
/** What the detector says of an article it scores `score`. */
export const article = (score: number): DetectorView => ({
  isArticle: true,
  isAIIndustry: score >= 0.5,
  score,
  wordCount: 900,
});
/** What the detector says of a page it finds no article in. */
export const notArticle = (wordCount: number): DetectorView => ({
  isArticle: false,
  isAIIndustry: false,
  score: 0,
  wordCount: Math.round(wordCount),
});

/** Kinds of section a reader corrects, with how the detector fares on them. */
export const SITE_KINDS: Readonly<
  Record<string, { readonly about: string; readonly page: (next: Draw) => SyntheticPage }>
> = {
  'lab-blog': {
    about:
      'an AI lab’s blog: every post is AI-industry, most taken for no article or scored low; a few tag pages',
    page: (next) => {
      const roll = next();
      if (roll < 0.08) return { aiIndustry: false, view: notArticle(between(next, 80, 400)) };
      if (roll < 0.58) return { aiIndustry: true, view: notArticle(between(next, 500, 2_500)) };
      if (roll < 0.9) return { aiIndustry: true, view: article(between(next, 0.02, 0.45)) };
      return { aiIndustry: true, view: article(between(next, 0.5, 0.95)) };
    },
  },
  'expert-blog': {
    about:
      'a personal blog without metadata: two posts in three about AI companies, the rest not, all of similar length',
    page: (next) =>
      next() < 0.65
        ? { aiIndustry: true, view: notArticle(between(next, 400, 2_500)) }
        : { aiIndustry: false, view: notArticle(between(next, 300, 2_000)) },
  },
  'general-outlet': {
    about:
      'a general tech outlet’s dated articles: a third about the AI industry; some of them missed, some others taken for it',
    page: (next) => {
      if (next() < 0.35) {
        return {
          aiIndustry: true,
          view: article(next() < 0.85 ? between(next, 0.55, 0.99) : between(next, 0.1, 0.49)),
        };
      }
      return {
        aiIndustry: false,
        view: article(next() < 0.88 ? between(next, 0, 0.4) : between(next, 0.5, 0.75)),
      };
    },
  },
  'product-docs': {
    about: 'an AI company’s documentation: no AI-industry article, yet most pages scored as one',
    page: (next) =>
      next() < 0.6
        ? { aiIndustry: false, view: article(between(next, 0.5, 0.95)) }
        : { aiIndustry: false, view: notArticle(between(next, 200, 3_000)) },
  },
  'ai-outlet': {
    about: 'an AI-industry outlet: nearly every story is one, and the detector is mostly right',
    page: (next) => {
      if (next() < 0.92) {
        return {
          aiIndustry: true,
          view: article(next() < 0.95 ? between(next, 0.6, 1) : between(next, 0.2, 0.49)),
        };
      }
      return { aiIndustry: false, view: article(between(next, 0.05, 0.6)) };
    },
  },
};

const SECTION = 'site.example/section/';

function decided(
  page: SyntheticPage,
  corrections: readonly CorrectionFact[],
  kept: readonly KeptPage[],
  key: string,
) {
  const decision = readerDecision(
    { ...page.view, urlKeys: [key], section: SECTION },
    corrections,
    kept,
  );
  return decision ? decision.verdict === 'ai' : page.view.isAIIndustry;
}

export interface LearningRow {
  readonly kind: string;
  readonly k: number;
  /** Sites where the reader met k wrong decisions within the pages browsed. */
  readonly sites: number;
  /** Share of the next pages decided the reader's way: with the corrections, and without. */
  readonly withCorrections: number;
  readonly detectorAlone: number;
  /** Share of the next pages the detector had right and the corrections turned wrong. */
  readonly turnedWrong: number;
}

export interface LearningOptions {
  readonly sites?: number;
  readonly ks?: readonly number[];
  /** Pages a reader browses to make their k corrections, at most. */
  readonly browse?: number;
  /** Pages decided after the corrections, per site. */
  readonly next?: number;
}

/** The learning curve of every kind of section. */
export function measureLearning({
  sites = 200,
  ks = [0, 1, 2, 3, 5, 10],
  browse = 300,
  next = 60,
}: LearningOptions = {}): LearningRow[] {
  const rows: LearningRow[] = [];
  for (const [kind, { page }] of Object.entries(SITE_KINDS)) {
    for (const k of ks) {
      let reached = 0;
      let right = 0;
      let alone = 0;
      let turned = 0;
      let judged = 0;
      for (let site = 0; site < sites; site += 1) {
        const draw = random(1_000 * (site + 1) + k);
        const corrections: CorrectionFact[] = [];
        // Pages shown as AI-industry articles that the reader read and left alone: archived, with
        // their score (the archive keeps no more of what the detector thought).
        const kept: KeptPage[] = [];
        for (let i = 0; i < browse && corrections.length < k; i += 1) {
          const p = page(draw);
          const shown = decided(p, corrections, kept, `p${i}`);
          if (shown === p.aiIndustry) {
            if (shown) kept.push({ score: p.view.score });
            continue;
          }
          const verdict: ReaderVerdict = p.aiIndustry ? 'ai' : 'not-ai';
          corrections.push({
            id: corrections.length + 1,
            urlKeys: [`p${i}`],
            section: SECTION,
            verdict,
            leaning: leaningOf(p.view),
          });
        }
        if (corrections.length < k) continue;
        reached += 1;
        for (let i = 0; i < next; i += 1) {
          const p = page(draw);
          const withThem = decided(p, corrections, kept, `n${i}`) === p.aiIndustry;
          const without = p.view.isAIIndustry === p.aiIndustry;
          right += withThem ? 1 : 0;
          alone += without ? 1 : 0;
          turned += without && !withThem ? 1 : 0;
          judged += 1;
        }
      }
      const share = (n: number) => (judged === 0 ? 0 : Number((n / judged).toFixed(3)));
      rows.push({
        kind,
        k,
        sites: reached,
        withCorrections: share(right),
        detectorAlone: share(alone),
        turnedWrong: share(turned),
      });
    }
  }
  return rows;
}
