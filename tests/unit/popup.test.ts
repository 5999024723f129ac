import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { createPopupHandlers, type PopupDeps } from '../../lib/popup/handlers.ts';
import { sidebarSupport } from '../../lib/popup/host-support.ts';
import { TabPages } from '../../lib/popup/tab-pages.ts';
import { DEFAULT_SETTINGS, pauseHost } from '../../lib/settings/settings.ts';
import { freshDbName } from '../support/builders.ts';
import { analyzeHtml, DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';
import { draftFromAnalysis } from '../../lib/archive/draft.ts';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('where the sidebar can open', () => {
  it('refuses browser pages, PDFs, excluded and paused sites, with a reason', () => {
    const now = 1_000;
    expect(sidebarSupport('https://news.example/a', DEFAULT_SETTINGS, now)).toEqual({
      ok: true,
      host: 'news.example',
    });
    expect(sidebarSupport('chrome://extensions/', DEFAULT_SETTINGS, now)).toMatchObject({
      ok: false,
    });
    expect(sidebarSupport('https://news.example/report.PDF', DEFAULT_SETTINGS, now)).toMatchObject({
      ok: false,
      reason: 'PDF documents cannot show the sidebar.',
    });
    expect(sidebarSupport('https://mail.google.com/', DEFAULT_SETTINGS, now)).toMatchObject({
      ok: false,
    });
    const paused = pauseHost(DEFAULT_SETTINGS, 'news.example', now);
    expect(sidebarSupport('https://news.example/a', paused, now)).toMatchObject({
      ok: false,
      reason: 'Backstory is paused on this site.',
    });
    expect(sidebarSupport(undefined, DEFAULT_SETTINGS, now)).toMatchObject({
      ok: false,
      host: null,
    });
  });
});

describe('popup handlers', () => {
  async function setup(tabUrl: string | undefined) {
    const db = new ArchiveDb(freshDbName());
    opened.push(db);
    const opens: number[] = [];
    const routes: string[] = [];
    const deps: PopupDeps = {
      tabPages: new TabPages(),
      tabUrl: async () => tabUrl,
      readSettings: async () => DEFAULT_SETTINGS,
      openSidebar: async (tabId) => {
        opens.push(tabId);
        return true;
      },
      openLibrary: async (route) => void routes.push(route),
    };
    return { db, deps, opens, routes, handlers: createPopupHandlers(db, () => 5_000, deps) };
  }
  const path = 'circuit-ledger/amazon-backs-odyssey-world-models.html';
  const url = `${DEMO_ORIGIN}/${path}`;

  it('describes an analysed article, saves it from the remembered draft and forgets it', async () => {
    const { db, deps, handlers } = await setup(url);
    const { analysis, text } = await analyzeHtml(demoHtml(path), url);
    deps.tabPages.remember(3, url, analysis, draftFromAnalysis(analysis, text, 'visit', 1), 4);
    const overview = await handlers['popup/tab-overview'](
      { type: 'popup/tab-overview', tabId: 3 },
      { incognito: false },
    );
    expect(overview.page).toMatchObject({ isAIIndustry: true, relatedCount: 4 });
    expect(overview.page?.reasons.length).toBeGreaterThan(0);
    expect(overview.saved).toBeNull();
    const { saved } = await handlers['popup/save'](
      { type: 'popup/save', tabId: 3 },
      { incognito: false },
    );
    expect(saved.source).toBe('save');
    expect(
      (
        await handlers['popup/tab-overview'](
          { type: 'popup/tab-overview', tabId: 3 },
          { incognito: false },
        )
      ).saved?.id,
    ).toBe(saved.id);
    await handlers['popup/forget'](
      { type: 'popup/forget', tabId: 3, articleId: saved.id },
      { incognito: false },
    );
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses to save a tab it has not analysed, and opens the library for it', async () => {
    const { handlers, routes, opens } = await setup('https://news.example/report.pdf');
    await expect(
      handlers['popup/save']({ type: 'popup/save', tabId: 9 }, { incognito: false }),
    ).rejects.toThrow(/Reload the page/);
    const { opened } = await handlers['popup/open-related'](
      { type: 'popup/open-related', tabId: 9 },
      { incognito: false },
    );
    expect(opened).toBe('library');
    expect(opens).toEqual([]);
    expect(routes).toEqual([`#/page?url=${encodeURIComponent('https://news.example/report.pdf')}`]);
  });

  it('opens the sidebar on an analysed AI-industry article', async () => {
    const { deps, handlers, opens } = await setup(url);
    const { analysis } = await analyzeHtml(demoHtml(path), url);
    deps.tabPages.remember(4, url, analysis, null, 0);
    const { opened } = await handlers['popup/open-related'](
      { type: 'popup/open-related', tabId: 4 },
      { incognito: false },
    );
    expect(opened).toBe('sidebar');
    expect(opens).toEqual([4]);
  });
});
