import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SidebarApp } from '../../components/SidebarApp.tsx';
import { prefilter } from '../../lib/detect/prefilter.ts';
import { isExcluded, parseSettings, SETTINGS_KEY } from '../../lib/settings/settings.ts';
import { analyzeInBackground, type PageState, recordRead, whenIdle } from './analyze-and-record.ts';
import { watchReading } from './read-watcher.ts';
import css from './style.css?inline';

const send = (message: unknown) => browser.runtime.sendMessage(message);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Private windows are never looked at; the cheap check runs on every other page.
    if (browser.extension.inIncognitoContext) return;
    if (!prefilter(document, new URL(location.href)).pass) return;
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    const settings = parseSettings(stored[SETTINGS_KEY]);
    if (isExcluded(location.hostname, settings)) return;
    await whenIdle();
    const pageUrl = location.href;
    let state = await analyzeInBackground(document, pageUrl, send);
    if (!state || ctx.isInvalid) return;

    let container: HTMLElement | undefined;
    let saving: Promise<void> | null = null;
    const save = () => {
      saving ??= (async () => {
        if (state) show(await recordRead(document, pageUrl, send, state));
      })();
      return saving;
    };
    const show = (next: PageState) => {
      state = next;
      if (container) render(<SidebarApp {...next} onSave={() => void save()} />, container);
    };
    const ui = await createShadowRootUi(ctx, {
      name: 'backstory-root',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      onMount: (root) => {
        container = root;
        if (state) show(state);
        return root;
      },
      onRemove: (root) => {
        if (root) render(null, root);
      },
    });
    ui.mount();

    if (settings.autoSave && state.backstory) {
      watchReading({
        dwellMs: settings.dwellSeconds * 1_000,
        scrollShare: settings.scrollShare,
        signal: ctx.signal,
        onRead: () => void save(),
      });
    }
  },
});
