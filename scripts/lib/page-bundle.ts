import { build } from 'esbuild';

/**
 * Bundles the page pipeline into one script that defines `window.__backstoryBench`, so benchmarks
 * run the same code as the content script inside a real Chromium page.
 */
export async function pipelineBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { prefilter } from './lib/detect/prefilter.ts';",
        "import { analyzePage } from './lib/analyze/analyze-page.ts';",
        'window.__backstoryBench = { prefilter, analyzePage };',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
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
