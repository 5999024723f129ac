/**
 * `npm run add-fixture -- <saved-page.html> --url <address it was saved from> [--slug <slug>]`:
 * copies a saved page into tests/fixtures/pages/<slug>/ and writes an expected.json pre-filled
 * with what the pipeline says today. Review every field by hand before committing: the file is
 * what a careful human says about the page, not what the code says.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { analyzePage } from '../lib/analyze/analyze-page.ts';
import { type Expected, FIXTURES_DIR } from './lib/fixtures.ts';
import { parseHtml } from './lib/parse-html.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const file = process.argv[2];
  const url = option('url');
  if (!file || file.startsWith('--') || !url) {
    throw new Error('usage: npm run add-fixture -- <saved-page.html> --url <url> [--slug <slug>]');
  }
  const slug =
    option('slug') ??
    basename(file)
      .replace(/\.html?$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
  const dir = join(FIXTURES_DIR, slug);
  if (existsSync(dir)) throw new Error(`${dir} exists already: choose another --slug`);
  const html = await readFile(file, 'utf8');
  const analysis = analyzePage(parseHtml(html, url), url);
  const expected: Expected = {
    url,
    isArticle: analysis.isArticle,
    isAIIndustry: analysis.isAIIndustry,
    genre: analysis.genre,
    title: analysis.title,
    siteName: analysis.siteName,
    publishedAt: analysis.publishedAt,
    canonicalUrl: analysis.url === url ? null : analysis.url,
    lang: analysis.lang,
    companies: analysis.companies.map((c) => c.name),
    discovered: analysis.companies.filter((c) => c.discovered).map((c) => c.name),
  };
  await mkdir(dir, { recursive: true });
  await copyFile(file, join(dir, 'source.html'));
  await writeFile(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`Wrote ${dir}/. Now review expected.json by hand: it holds the pipeline's guesses.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
