/**
 * Runs in a Chromium page (bundled by bench-archive-cli.ts): the archive benchmark of
 * bench-archive-entry.ts plus a breakdown of where a related query spends its time (wall time of
 * each phase of reads, and the rest in the engine's own code). A development tool.
 */
import { ArchiveDb } from '../../lib/archive/db.ts';
import { dexieSource, READ_TABLES } from '../../lib/archive/dexie-source.ts';
import { toIndexed } from '../../lib/archive/indexed.ts';
import { findRelated } from '../../lib/related/engine.ts';
import type { CandidateSource } from '../../lib/related/types.ts';
import { seed } from './bench-archive-entry.ts';
import { syntheticDrafts } from './synthetic-archive.ts';

type Phase = 'stats' | 'byOrg' | 'byTerm' | 'get';
const PHASE_OF: Record<keyof CandidateSource, Phase> = {
  count: 'stats',
  orgFrequency: 'stats',
  termFrequency: 'stats',
  byOrg: 'byOrg',
  byTerm: 'byTerm',
  get: 'get',
};

/** Wraps a source so that each phase's first start and last end are recorded. */
function timed(source: CandidateSource, spans: Map<Phase, [number, number]>): CandidateSource {
  const wrap = <K extends keyof CandidateSource>(name: K): CandidateSource[K] =>
    (async (...args: unknown[]) => {
      const t0 = performance.now();
      const result = await (source[name] as (...a: unknown[]) => Promise<unknown>)(...args);
      const t1 = performance.now();
      const phase = PHASE_OF[name];
      const span = spans.get(phase);
      spans.set(phase, span ? [Math.min(span[0], t0), Math.max(span[1], t1)] : [t0, t1]);
      return result;
    }) as CandidateSource[K];
  return {
    count: wrap('count'),
    orgFrequency: wrap('orgFrequency'),
    termFrequency: wrap('termFrequency'),
    byOrg: wrap('byOrg'),
    byTerm: wrap('byTerm'),
    get: wrap('get'),
  };
}

type Phases = Record<Phase | 'engine', number[]>;

/** Seeds an archive of `size` articles, then times `queries` related queries, phase by phase. */
async function run(size: number, queries: number) {
  const db = new ArchiveDb(`profile-${size}-${Date.now()}`);
  await db.open();
  const { insertMs, bytesPerArticle } = await seed(db, size);
  const probes = syntheticDrafts(queries, size + 7, Date.parse('2027-01-01'));
  const times: number[] = [];
  const phases: Phases = { stats: [], byOrg: [], byTerm: [], get: [], engine: [] };
  for (const [i, probe] of probes.entries()) {
    const article = toIndexed({
      ...probe,
      id: -1 - i,
      firstSeenAt: 0,
      lastReadAt: 0,
      readCount: 0,
    });
    const spans = new Map<Phase, [number, number]>();
    const source = timed(dexieSource(db), spans);
    const t0 = performance.now();
    await db.transaction('r', [...READ_TABLES], () =>
      findRelated(source, { article, now: probe.time, orgName: (id) => id }),
    );
    const total = performance.now() - t0;
    times.push(total);
    for (const phase of ['stats', 'byOrg', 'byTerm', 'get'] as const) {
      const [from, to] = spans.get(phase) ?? [0, 0];
      phases[phase].push(to - from);
    }
    // Lists run in parallel: the engine's own time is what no read phase covers.
    const [listsFrom, listsTo] = [spans.get('byOrg'), spans.get('byTerm')].reduce<[number, number]>(
      (span, s) => (s ? [Math.min(span[0], s[0]), Math.max(span[1], s[1])] : span),
      [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
    );
    const lists = Number.isFinite(listsFrom) ? listsTo - listsFrom : 0;
    const covered =
      lists +
      ['stats', 'get'].reduce((sum, p) => {
        const [from, to] = spans.get(p as Phase) ?? [0, 0];
        return sum + to - from;
      }, 0);
    phases.engine.push(total - covered);
  }
  db.close();
  await db.delete();
  return { insertPerSec: size / (insertMs / 1_000), bytesPerArticle, times, phases };
}

(window as unknown as { __backstoryArchiveProfile: typeof run }).__backstoryArchiveProfile = run;
