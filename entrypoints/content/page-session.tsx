import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarFeeds } from '../../components/FeedNotes.tsx';
import { SidebarApp } from '../../components/SidebarApp.tsx';
import { prefilter } from '../../lib/detect/prefilter.ts';
import { request } from '../../lib/messaging/client.ts';
import { fromOwnBackground, isOpenSidebar, isToggleSidebar } from '../../lib/messaging/to-tab.ts';
import {
  excludeHost,
  isExcluded,
  isPaused,
  pauseHost,
  type Settings,
} from '../../lib/settings/settings.ts';
import { analyzeInBackground, type PageState, recordRead, whenIdle } from './analyze-and-record.ts';
import type { HighlightsSectionProps } from '../../components/HighlightsSection.tsx';
import { startHighlighter } from './highlights/highlighter.tsx';
import { pageFeedNotes } from './feed-notes.ts';
import { watchReading } from './read-watcher.ts';
import { createUiHost } from './ui-host.ts';
import { inCorrectedSection } from './corrected-sections.ts';
import css from './style.css?inline';

const send = (message: unknown) => browser.runtime.sendMessage(message);

/** After a same-document navigation, time for the app to render the new view. */
const SPA_SETTLE_MS = 400;

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer));
  });

/** What the reader just said about the page from the popup (null: nothing, or undone). */
export type ReaderSays = 'ai' | 'not-ai' | null;

/**
 * One page (or one view of a single-page app): the cheap pre-filter, analysis in the background,
 * the tab and sidebar on AI-industry articles, and saving once read. Everything it adds to the
 * page goes when `signal` aborts.
 */
export interface PageSession {
  readonly ctx: ContentScriptContext;
  readonly readSettings: () => Promise<Settings>;
  /** Stores new settings (per-site controls) and ends this session. */
  readonly changeSettings: (change: (settings: Settings) => Settings) => Promise<void>;
  readonly signal: AbortSignal;
  /** Started by a same-document navigation (single-page app), not a page load. */
  readonly navigated: boolean;
  /**
   * Started by the reader's correction from the popup: "ai" reads the page past the pre-filter
   * and saves it at once (the reader asked for it).
   */
  readonly readerSays?: ReaderSays;
  /** Ends this session and starts another on the page (after a correction from the sidebar). */
  readonly restart: () => void;
}

export async function runPage({
  ctx,
  readSettings,
  changeSettings,
  signal,
  navigated,
  readerSays = null,
  restart,
}: PageSession): Promise<void> {
  if (navigated) await delay(SPA_SETTLE_MS, signal);
  if (signal.aborted) return;
  if (
    !prefilter(document, new URL(location.href)).pass &&
    readerSays !== 'ai' &&
    !(await inCorrectedSection(location.href))
  ) {
    return;
  }
  const settings = await readSettings();
  if (
    isExcluded(location.hostname, settings) ||
    isPaused(location.hostname, settings, Date.now())
  ) {
    return;
  }
  await whenIdle();
  const pageUrl = location.href;
  let state = await analyzeInBackground(document, pageUrl, send);
  if (!state || signal.aborted || ctx.isInvalid) return;
  // User-timing marks, for `npm run bench` (detection → tab visible).
  performance.mark('backstory:detected');

  let container: HTMLElement | undefined;
  let toggles = 0;
  let highlights: HighlightsSectionProps | undefined;
  let opens = 0;
  let feeds: SidebarFeeds | undefined;
  void pageFeedNotes(
    (state.article?.companies ?? []).map((c) => c.id),
    send,
    (next) => {
      feeds = next;
      if (state) show(state);
    },
  );
  let saving: Promise<void> | null = null;
  const save = () => {
    saving ??= (async () => {
      if (state) show(await recordRead(document, pageUrl, send, state));
    })();
    return saving;
  };
  /** The reader says this is no AI-industry article: stored, then the page is looked at again. */
  const notAnArticle = async () => {
    try {
      await request(send, { type: 'content/correct-page', url: pageUrl, verdict: 'not-ai' });
      restart();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (state) show({ ...state, error: `Backstory could not take your correction: ${reason}` });
    }
  };
  const show = (next: PageState) => {
    state = next;
    if (container && !signal.aborted) {
      render(
        <SidebarApp
          {...next}
          initiallyOpen={settings.autoOpen}
          toggles={toggles}
          opens={opens}
          onSave={() => void save()}
          onPauseSite={() =>
            void changeSettings((s) => pauseHost(s, location.hostname, Date.now()))
          }
          onNeverSite={() => void changeSettings((s) => excludeHost(s, location.hostname))}
          onNotAnArticle={() => void notAnArticle()}
          loadCompany={(orgId) => request(send, { type: 'content/org-coverage', orgId })}
          highlights={highlights}
          feeds={feeds}
        />,
        container,
      );
    }
  };
  const ui = await createUiHost(ctx, css, (root) => {
    container = root;
    if (state) show(state);
  });
  if (signal.aborted) return;
  ui.mount();
  performance.mark('backstory:tab');
  signal.addEventListener('abort', () => ui.remove());

  if (state.article) {
    const { url, title, siteName } = state.article;
    void startHighlighter({
      ctx,
      signal,
      send,
      page: { url, title, siteName, urlVariants: [pageUrl] },
      onChange: (section) => {
        highlights = section;
        if (state) show(state);
      },
    });
  }

  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (!fromOwnBackground(sender, browser.runtime.id)) return;
    if (isToggleSidebar(message)) toggles += 1;
    else if (isOpenSidebar(message)) opens += 1;
    else return;
    if (state) show(state);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  // The reader said from the popup that this is an AI-industry article: it is saved at once.
  if (readerSays === 'ai' && state.backstory && !state.backstory.saved) void save();
  else if (settings.autoSave && state.backstory) {
    watchReading({
      dwellMs: settings.dwellSeconds * 1_000,
      scrollShare: settings.scrollShare,
      signal,
      onRead: () => void save(),
    });
  }
}
