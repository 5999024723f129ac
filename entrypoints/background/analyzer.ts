import { browser } from 'wxt/browser';
import { analyzeDocument } from '../../lib/analyze/analyze-page.ts';
import { analyzedPageSchema } from '../../lib/analyze/analysis-schema.ts';
import type { HandlerDeps } from '../../lib/messaging/handlers.ts';
import { resultEnvelope } from '../../lib/messaging/protocol.ts';

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Runs the page pipeline where a DOM parser exists: in the background page itself (Firefox), or
 * in an offscreen document (Chrome's service worker has no DOM). Heavy code stays out of the
 * content script, and analysis never runs on the page's main thread.
 */
export function createAnalyzer(): HandlerDeps['analyze'] {
  if (typeof DOMParser !== 'undefined') {
    return async (html, url, options) =>
      analyzeDocument(new DOMParser().parseFromString(html, 'text/html'), url, Date.now(), options);
  }
  let opening: Promise<void> | null = null;
  const ensureOffscreen = async () => {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    });
    if (contexts.length > 0) return;
    opening ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
        justification: 'Parse pages to recognise AI-industry articles and their companies.',
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  };
  return async (html, url, options) => {
    await ensureOffscreen();
    const answer = resultEnvelope.parse(
      await browser.runtime.sendMessage({
        type: 'offscreen/analyze',
        html,
        url,
        pastPrefilter: options?.pastPrefilter === true,
      }),
    );
    if (!answer.ok) throw new Error(answer.error);
    return analyzedPageSchema.parse(answer.value);
  };
}
