import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SidebarApp } from '../../components/SidebarApp.tsx';
import { prefilter } from '../../lib/detect/prefilter.ts';
import { analyzeAndRecord } from './analyze-and-record.ts';
import css from './style.css?inline';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The cheap check runs on every page; everything else only on pages that may be articles.
    if (!prefilter(document, new URL(location.href)).pass) return;
    const outcome = await analyzeAndRecord(document, location.href, (message) =>
      browser.runtime.sendMessage(message),
    );
    if (!outcome || ctx.isInvalid) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'backstory-root',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      onMount: (container) => {
        render(<SidebarApp article={outcome.article} error={outcome.error} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
