import { build } from 'esbuild';

/**
 * Bundles the page pipeline into one script that defines `window.__backstoryBench`, so benchmarks
 * run the same code as the content script inside a real Chromium page.
 */
export function pipelineBundle(): Promise<string> {
  return bundle(
    [
      "import { prefilter } from './lib/detect/prefilter.ts';",
      "import { analyzePage } from './lib/analyze/analyze-page.ts';",
      // As the offscreen document does: parse the HTML it is sent, then analyse the copy.
      'const analyzeHtml = (html, url) => analyzePage(new DOMParser().parseFromString(html, "text/html"), url);',
      'window.__backstoryBench = { prefilter, analyzePage, analyzeHtml };',
    ].join('\n'),
  );
}

/** The archive benchmark (scripts/lib/bench-archive-entry.ts) as one page script. */
export function archiveBenchBundle(): Promise<string> {
  return bundle("import './scripts/lib/bench-archive-entry.ts';");
}

/** A benchmark's page-side entry (a path from the project root) as one page script. */
export function pageBundle(entry: string): Promise<string> {
  return bundle(`import './${entry}';`);
}

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bundle');
  return output.text;
}
