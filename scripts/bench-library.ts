/**
 * The library's figures in a real Chromium (called by `npm run bench`; also runs alone:
 * `npx tsx scripts/bench-library.ts [size]`): search latency at 10,000 articles (first build,
 * then p50 / p95 of queries as a reader types) and the time to export and import a full backup.
 */
import type { BrowserContext } from 'playwright-core';
import { startDemoServer } from './lib/demo-server.ts';
import { launchWithExtension } from './lib/launch.ts';
import { median, percentile, round } from './lib/stats.ts';
import { pageBundle } from './lib/page-bundle.ts';

interface LibraryRun {
  buildMs: number;
  times: number[];
  hits: number;
  exportMs: number;
  validateMs: number;
  importMs: number;
  imported: number;
  bytes: number;
  seedMs: number;
}

export interface LibraryFigures {
  readonly articles: number;
  readonly searchBuildMs: number;
  readonly searchP50Ms: number;
  readonly searchP95Ms: number;
  readonly exportMs: number;
  readonly importValidateMs: number;
  readonly importMs: number;
  readonly backupMB: number;
  /** bulkRecord of the same articles in the same run: how the import compares, whatever the load. */
  readonly bulkRecordMs: number;
}

/** Runs the library benchmark in a page of `context` served from `origin`. */
export async function benchLibrary(
  context: BrowserContext,
  origin: string,
  size = 10_000,
  queries = 40,
): Promise<LibraryFigures> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.addScriptTag({ content: await pageBundle('scripts/lib/bench-library-entry.ts') });
  const run = await page.evaluate(
    ({ size, queries }) =>
      (
        window as unknown as {
          __backstoryLibraryBench: (s: number, q: number) => Promise<LibraryRun>;
        }
      ).__backstoryLibraryBench(size, queries),
    { size, queries },
  );
  await page.close();
  if (run.imported !== size) throw new Error(`imported ${run.imported} of ${size} articles`);
  return {
    articles: size,
    searchBuildMs: round(run.buildMs),
    searchP50Ms: round(median(run.times), 2),
    searchP95Ms: round(percentile(run.times, 95), 2),
    exportMs: round(run.exportMs),
    importValidateMs: round(run.validateMs),
    importMs: round(run.importMs),
    backupMB: round(run.bytes / 1_048_576, 1),
    bulkRecordMs: round(run.seedMs),
  };
}

/** Table rows for bench.ts's printout. */
export function libraryRows(f: LibraryFigures): [string, string, string][] {
  const n = f.articles.toLocaleString('en');
  return [
    [`search index build, ${n} articles`, `${f.searchBuildMs} ms`, 'once, lazily'],
    [
      `search as you type, ${n} articles`,
      `p50 ${f.searchP50Ms} / p95 ${f.searchP95Ms} ms`,
      '< 100 ms',
    ],
    [`backup export, ${n} articles`, `${f.exportMs} ms (${f.backupMB} MB)`, ''],
    [`backup import, ${n} articles`, `${f.importMs} ms`, '< 10,000 ms'],
    [
      'import time / bulkRecord time, same run',
      `${round(f.importMs / Math.max(1, f.bulkRecordMs), 2)}`,
      '',
    ],
  ];
}

/** The figures under MEASURES.md's keys (`search.p95Ms10k`, `import.ms10k`) and a few more. */
export function libraryJson(f: LibraryFigures) {
  return {
    search: { p50Ms10k: f.searchP50Ms, p95Ms10k: f.searchP95Ms, buildMs10k: f.searchBuildMs },
    import: {
      ms10k: f.importMs,
      validateMs10k: f.importValidateMs,
      ratioToBulkRecord: round(f.importMs / Math.max(1, f.bulkRecordMs), 2),
    },
    backup: { exportMs10k: f.exportMs, megabytes10k: f.backupMB },
  };
}

if (process.argv[1]?.endsWith('bench-library.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const demo = await startDemoServer();
  const { context } = await launchWithExtension({ withExtension: false });
  try {
    const figures = await benchLibrary(context, demo.origin, size);
    if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
    else
      for (const [name, value, target] of libraryRows(figures))
        console.log(`${name.padEnd(40)}${value.padStart(28)}  ${target}`);
  } finally {
    await context.close();
    await demo.close();
  }
}
