/**
 * The labelled pages the page understanding is fitted and judged on: the golden pages written for
 * the project (tests/fixtures/pages) and the real-page corpus (../shared/corpus, read in place),
 * each read by the pipeline up to its decision, once.
 */
import { readPage } from '../../lib/analyze/analyze-page.ts';
import type { DetectionInput } from '../../lib/detect/decide.ts';
import { articleFeatures, type Features } from '../../lib/detect/features.ts';
import type { LogisticModel } from '../../lib/detect/model.ts';
import { aboutFlags } from '../../lib/entities/salience.ts';
import { companyKey } from './company-score.ts';
import { type CorpusPage, corpusHtml, loadCorpus } from './corpus.ts';
import { loadFixtures } from './fixtures.ts';
import { withParsedHtml } from './parse-html.ts';

/** The corpus's pages were saved 2024–2026; judge date plausibility from a fixed "today". */
const NOW = Date.parse('2026-12-01T00:00:00Z');

export interface LabelledPage {
  readonly name: string;
  readonly origin: 'golden' | 'real';
  /** Pages of one source share a template: cross-validation keeps them in one fold. */
  readonly group: string;
  readonly lang: string;
  readonly isArticle: boolean;
  readonly isAIIndustry: boolean;
  readonly borderline: boolean;
  /** The corpus page (labels, notes), for real pages. */
  readonly corpus: CorpusPage | null;
  /** Ids of the companies acting in the text (corpus labels; empty for golden pages). */
  readonly labelled: ReadonlySet<string>;
  /** Why the pipeline ended before the decision (the pre-filter, no text), or null. */
  readonly ended: string | null;
  /** What the decision is given; null when the pipeline ended early. */
  readonly input: DetectionInput | null;
  readonly article: Features | null;
  /** Each recognised company's "about" features (lib/entities/salience.ts), by id, in order. */
  readonly about: ReadonlyMap<string, Features>;
  /** Time to read the page this far, in Node. */
  readonly ms: number;
}

type Reading = Pick<LabelledPage, 'ended' | 'input' | 'article' | 'about' | 'ms'>;

async function read(name: string, html: string, url: string): Promise<Reading> {
  try {
    return await withParsedHtml(html, url, (doc): Reading => {
      const about = new Map<string, Features>();
      const explainAbout = (id: string, features: Features) => about.set(id, features);
      const started = performance.now();
      const reading = readPage(doc, url, NOW, { explainAbout });
      const ms = performance.now() - started;
      if ('ended' in reading) {
        const ended = reading.ended.analysis.reasons.join('; ');
        return { ended, input: null, article: null, about: new Map(), ms };
      }
      const { input } = reading;
      return { ended: null, input, article: articleFeatures(input), about, ms };
    });
  } catch (error) {
    throw new Error(`${name}: ${error}`);
  }
}

/** The golden pages, read. */
export async function goldenPages(): Promise<LabelledPage[]> {
  const pages: LabelledPage[] = [];
  for (const { slug, html, expected } of await loadFixtures()) {
    pages.push({
      name: slug,
      origin: 'golden',
      group: `golden:${slug.split('-').slice(0, 2).join('-')}`,
      lang: expected.lang ?? 'en',
      isArticle: expected.isArticle,
      isAIIndustry: expected.isAIIndustry,
      borderline: false,
      corpus: null,
      labelled: new Set(),
      ...(await read(slug, html, expected.url)),
    });
  }
  return pages;
}

/** The real-page corpus, read; null when it is not on this machine. */
export async function realPages(): Promise<LabelledPage[] | null> {
  const corpus = await loadCorpus();
  if (!corpus) return null;
  const pages: LabelledPage[] = [];
  for (const page of corpus) {
    pages.push({
      name: page.file,
      origin: 'real',
      group: `real:${page.source}`,
      lang: page.lang,
      isArticle: page.isArticle,
      isAIIndustry: page.isAIIndustry,
      borderline: page.borderline,
      corpus: page,
      labelled: new Set(page.companies.map(companyKey)),
      ...(await read(page.file, await corpusHtml(page), page.url)),
    });
  }
  return pages;
}

/** Which of the page's companies this model says the page is about, by id. */
export function aboutIds(page: LabelledPage, model: LogisticModel): Set<string> {
  const ids = [...page.about.keys()];
  const flags = aboutFlags([...page.about.values()], model);
  return new Set(ids.filter((_, i) => flags[i]));
}

/** The page's input with each company's "about" decided by this model. */
export function withAbout(page: LabelledPage, model: LogisticModel): DetectionInput | null {
  if (!page.input) return null;
  const about = aboutIds(page, model);
  const companies = page.input.companies.map((c) => ({ ...c, about: about.has(c.id) }));
  return { ...page.input, companies };
}
