import { companyPage } from '../archive/company-page.ts';
import type { ArchiveDb } from '../archive/db.ts';
import { READ_TABLES, dexieSource } from '../archive/dexie-source.ts';
import { highlightsOnPage, listHighlights } from '../archive/highlight-query.ts';
import { readingHistory } from '../archive/history.ts';
import { applyOrgAction } from '../archive/org-manage.ts';
import { wipeArchive } from '../archive/wipe.ts';
import { exportChunk } from '../backup/export.ts';
import { importBackup } from '../backup/import.ts';
import { validateBackup } from '../backup/validate.ts';
import { getOrg } from '../entities/registry.ts';
import { urlKey } from '../extract/normalize-url.ts';
import type { RequestContext } from '../messaging/dispatch.ts';
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts';
import { findRelated } from '../related/engine.ts';
import { toRelatedItem } from '../related/view.ts';
import type { ArchiveSearch } from '../search/archive-search.ts';
import { resolveSelection, routeOf } from './resolve-selection.ts';
import type { ImportStaging } from './import-staging.ts';
import type { libraryResponseSchemas } from './messages.ts';

export interface LibraryDeps {
  readonly search: ArchiveSearch;
  readonly staging: ImportStaging;
  /** Removes every stored setting (delete everything). */
  readonly clearSettings: () => Promise<void>;
  /** Bytes used and available to the extension's storage, when the browser says. */
  readonly estimate: () => Promise<{ usage: number | null; quota: number | null }>;
}

type LibraryType = keyof typeof libraryResponseSchemas;
type LibraryHandlers = {
  [T in LibraryType]: (request: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

function keyOf(url: string): string | null {
  try {
    return urlKey(url);
  } catch {
    return null;
  }
}

/** The library page's answers. */
export function createLibraryHandlers(
  db: ArchiveDb,
  now: () => number,
  deps: LibraryDeps,
): LibraryHandlers {
  return {
    'library/resolve': async ({ text }) => ({
      route: routeOf(resolveSelection(text, await db.orgs.toArray())),
    }),
    'library/search': async ({ query, limit }) => {
      const started = performance.now();
      const { hits, total } = await deps.search.search(query, limit);
      return { hits, total, ms: Math.round((performance.now() - started) * 10) / 10 };
    },
    'library/companies': async () => ({
      orgs: (await db.orgs.toArray())
        .filter((o) => o.status !== 'merged')
        .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name)),
    }),
    'library/company': async ({ orgId }) => companyPage(db, orgId),
    'library/org-action': async ({ orgId, change }) => ({
      org: await applyOrgAction(db, orgId, change, now()),
    }),
    'library/history': async ({ filter, limit }) => readingHistory(db, filter, limit),
    'library/highlights': async ({ filter }) => ({ highlights: await listHighlights(db, filter) }),
    'library/page': async ({ url }) => {
      const key = keyOf(url);
      const article = key
        ? ((await db.articles.where('urlKeys').equals(key).first()) ?? null)
        : null;
      const highlights = await highlightsOnPage(db, article ? article.urlKeys : key ? [key] : []);
      if (!article) return { article, highlights, related: null };
      const names = new Map(
        (await db.orgs.bulkGet(article.orgs.map((o) => o.id))).flatMap((o) =>
          o ? [[o.id, o.name]] : [],
        ),
      );
      const { stories, takes } = await db.transaction('r', [...READ_TABLES], () =>
        findRelated(dexieSource(db), {
          article,
          now: now(),
          orgName: (id) => names.get(id) ?? getOrg(id)?.name ?? id.replace(/^d:/, ''),
        }),
      );
      return {
        article,
        highlights,
        related: { stories: stories.map(toRelatedItem), takes: takes.map(toRelatedItem) },
      };
    },
    'library/storage': async () => {
      const counts: Record<string, number> = {};
      for (const table of db.tables) counts[table.name] = await table.count();
      return { ...(await deps.estimate()), counts };
    },
    'library/delete-everything': async () => {
      await wipeArchive(db);
      await deps.clearSettings();
      deps.search.reset();
      return { deleted: true as const };
    },
    'library/export-chunk': async ({ table, after, limit }) => exportChunk(db, table, after, limit),
    'library/import-stage': async ({ importId, part, records }) => ({
      staged: deps.staging.stage(importId, part, records),
    }),
    'library/import-commit': async ({ importId }) => {
      const staged = deps.staging.take(importId);
      const checked = validateBackup(staged.header, staged.tables);
      if (!checked.ok) {
        throw new Error(`Backup rejected, nothing was imported. ${checked.problems.join('; ')}`);
      }
      const summary = await importBackup(db, checked.tables, now());
      deps.search.reset();
      return summary;
    },
  };
}
