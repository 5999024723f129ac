import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../lib/analyze/analyze-page.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

export const DEMO_ORIGIN = 'http://127.0.0.1:8787';

/** The HTML of a demo-site page, by its path under demo-site/. */
export function demoHtml(path: string): string {
  return readFileSync(new URL(`../../demo-site/${path}`, import.meta.url), 'utf8');
}

/** The page pipeline as the background runs it, on parsed HTML (happy-dom in Node). */
export const analyzeHtml = async (
  html: string,
  url: string,
  options?: { readonly pastPrefilter?: boolean },
) => analyzeDocument(parseHtml(html, url), url, Date.now(), options);
