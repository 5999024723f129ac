/**
 * `npm run -s analyze -- <file.html>... [--url <url>]`: runs the page pipeline on saved pages and
 * prints one JSON object per file, one per line. The format is stable: extend it, don't rename.
 * Without --url, a page is analysed at its own absolute canonical/og:url if it states one, else
 * at `https://saved.invalid/<file name>`.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzePage } from '../lib/analyze/analyze-page.ts';
import { withParsedHtml } from './lib/parse-html.ts';

const USAGE = 'usage: npm run -s analyze -- <file.html>... [--url <url>]';

function parseArgs(argv: readonly string[]): { files: string[]; url: string | null } {
  const files: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--url') {
      url = argv[i + 1] ?? null;
      if (!url) throw new Error(`--url needs a value\n${USAGE}`);
      i += 1;
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error(USAGE);
  return { files, url };
}

function statedUrl(doc: Document): string | null {
  const stated =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return stated && /^https?:\/\//i.test(stated.trim()) ? stated.trim() : null;
}

async function analyzeFile(file: string, given: string | null) {
  const html = await readFile(file, 'utf8');
  const stated = given ?? (await withParsedHtml(html, 'https://saved.invalid/', statedUrl));
  const url = stated ?? `https://saved.invalid/${encodeURIComponent(basename(file))}`;
  const analysis = await withParsedHtml(html, url, (doc) => analyzePage(doc, url));
  return {
    file,
    url: analysis.url,
    isArticle: analysis.isArticle,
    isAIIndustry: analysis.isAIIndustry,
    score: analysis.score,
    genre: analysis.genre,
    title: analysis.title,
    siteName: analysis.siteName,
    byline: analysis.byline,
    publishedAt: analysis.publishedAt,
    lang: analysis.lang,
    wordCount: analysis.wordCount,
    companies: analysis.companies.map(({ id, name, mentions, salience, about, discovered }) => ({
      id,
      name,
      mentions,
      salience,
      about,
      discovered,
    })),
    reasons: analysis.reasons,
    modifiedAt: analysis.modifiedAt,
    urlVariants: analysis.urlVariants,
  };
}

async function main() {
  const { files, url } = parseArgs(process.argv.slice(2));
  let failed = 0;
  for (const file of files) {
    try {
      console.log(JSON.stringify(await analyzeFile(file, url)));
    } catch (error) {
      failed += 1;
      console.log(
        JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) }),
      );
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
