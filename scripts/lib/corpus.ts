/**
 * The real-page corpus: real outlets' pages saved by public test suites, labelled by hand, kept
 * outside the project (`../shared/corpus`, or `BACKSTORY_CORPUS`) because they are other people's
 * text. Read in place, never copied.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const CORPUS_DIR = resolve(
  process.env.BACKSTORY_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus', import.meta.url)),
);

const labelSchema = z.object({
  file: z.string().regex(/^pages\/[^/]+\.html$/),
  url_if_known: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  lang: z.string(),
  is_ai_industry: z.boolean(),
  is_article: z.boolean(),
  borderline: z.boolean(),
  companies: z.array(z.string()),
  notes: z.string().optional().default(''),
  source_repo: z.string(),
});

/** One labelled page, as the corpus's README defines the labels. */
export interface CorpusPage {
  /** `pages/<name>.html`, relative to the corpus folder. */
  readonly file: string;
  /** The page's address where known, else a stand-in under `https://corpus.invalid/`. */
  readonly url: string;
  readonly lang: string;
  readonly isAIIndustry: boolean;
  readonly isArticle: boolean;
  readonly borderline: boolean;
  /** Canonical English names of the companies that act in the text. */
  readonly companies: readonly string[];
  readonly notes: string;
  /** The public repository the page was saved from: pages of one source share a template. */
  readonly source: string;
}

/** The corpus's labelled pages, or null when the folder is not on this machine. */
export async function loadCorpus(dir = CORPUS_DIR): Promise<CorpusPage[] | null> {
  const labels = join(dir, 'labels.json');
  if (!existsSync(labels)) return null;
  const parsed = z.array(labelSchema).safeParse(JSON.parse(await readFile(labels, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${labels}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data.map((label) => ({
    file: label.file,
    url:
      label.url_if_known && /^https?:\/\/[^/]+\/./.test(label.url_if_known)
        ? label.url_if_known
        : `https://corpus.invalid/${label.file.slice('pages/'.length).replace(/\.html$/, '')}`,
    lang: label.lang,
    isAIIndustry: label.is_ai_industry,
    isArticle: label.is_article,
    borderline: label.borderline,
    companies: label.companies,
    notes: label.notes,
    source: label.source_repo,
  }));
}

/** A corpus page's HTML. */
export function corpusHtml(page: CorpusPage, dir = CORPUS_DIR): Promise<string> {
  return readFile(join(dir, page.file), 'utf8');
}
