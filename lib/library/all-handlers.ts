import type { ArchiveDb } from '../archive/db.ts';
import { createPopupHandlers, type PopupDeps } from '../popup/handlers.ts';
import { TabPages } from '../popup/tab-pages.ts';
import { ArchiveSearch } from '../search/archive-search.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { createLibraryHandlers, type LibraryDeps } from './handlers.ts';
import { ImportStaging } from './import-staging.ts';

/** The popup's and library's browser-facing dependencies (issue 7), all optional for tests. */
export interface PopupLibraryDeps {
  readonly db: ArchiveDb;
  readonly now: () => number;
  readonly popup?: PopupDeps;
  readonly library?: LibraryDeps;
}

/** Stand-ins where a caller (a unit test of other handlers) gives no browser adapters. */
export function defaultPopupDeps(): PopupDeps {
  return {
    tabPages: new TabPages(),
    tabUrl: async () => undefined,
    readSettings: async () => DEFAULT_SETTINGS,
    openSidebar: async () => false,
    openLibrary: async () => undefined,
  };
}

function defaultLibrary(db: ArchiveDb): LibraryDeps {
  return {
    search: new ArchiveSearch(db),
    staging: new ImportStaging(),
    clearSettings: async () => undefined,
    estimate: async () => ({ usage: null, quota: null }),
  };
}

/** Every popup and library answer, for `createHandlers` to spread in. */
export function createPopupLibraryHandlers({ db, now, popup, library }: PopupLibraryDeps) {
  return {
    ...createPopupHandlers(db, now, popup ?? defaultPopupDeps()),
    ...createLibraryHandlers(db, now, library ?? defaultLibrary(db)),
  };
}
