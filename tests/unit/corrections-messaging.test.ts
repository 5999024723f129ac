/**
 * The reader's corrections through the message protocol, as the background answers them: real
 * demo pages through the page pipeline, the archive in IndexedDB (fake-indexeddb), senders
 * checked.
 */
import { describe, expect, it } from 'vitest';
import { memoryCorrectionsRuntime } from '../../lib/corrections/handlers.ts';
import { dispatch } from '../../lib/messaging/dispatch.ts';
import { createHandlers, type TabArticles } from '../../lib/messaging/handlers.ts';
import {
  type RequestOf,
  type RequestType,
  type ResponseOf,
  responseSchemas,
} from '../../lib/messaging/protocol.ts';
import type { SenderInfo } from '../../lib/messaging/sender.ts';
import type { PopupDeps } from '../../lib/popup/handlers.ts';
import { TabPages } from '../../lib/popup/tab-pages.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings.ts';
import { freshDb } from '../support/fresh-db.ts';
import { archiveProblems } from '../support/consistency.ts';
import { analyzeHtml, DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';

const AI_ARTICLE = 'circuit-ledger/amazon-backs-odyssey-world-models.html';
/** An article the detector rightly finds is not about the AI industry. */
const OTHER_ARTICLE = 'margin-moat/amazon-delivery-logistics.html';
/** A page the pre-filter always stops (og:type product). */
const SHOP_PAGE = 'shop/noise-cancelling-headphones.html';

const own = { id: 'backstory-id', origin: 'chrome-extension://backstory-id/' };
const TAB = 7;
const contentSender: SenderInfo = {
  id: own.id,
  url: `${DEMO_ORIGIN}/${AI_ARTICLE}`,
  tab: { id: TAB },
  frameId: 0,
};
const popupSender: SenderInfo = { id: own.id, url: `${own.origin}popup.html` };

function setup() {
  const db = freshDb();
  let clock = 1_000;
  let tabUrl: string | undefined;
  const urls = new Map<number, string>();
  const tabs: TabArticles = {
    set: async (tabId, url) => void urls.set(tabId, url),
    get: async (tabId) => urls.get(tabId),
  };
  const popup: PopupDeps = {
    tabPages: new TabPages(),
    tabUrl: async () => tabUrl,
    readSettings: async () => DEFAULT_SETTINGS,
    openSidebar: async () => true,
    openLibrary: async () => undefined,
  };
  const runtime = memoryCorrectionsRuntime();
  const handlers = createHandlers({
    db,
    tabs,
    now: () => (clock += 1_000),
    analyze: analyzeHtml,
    badge: async () => undefined,
    popup,
    corrections: runtime,
  });
  const ask = async <T extends RequestType>(
    message: RequestOf<T>,
    sender: SenderInfo,
  ): Promise<ResponseOf<T>> => {
    const result = await dispatch(message, sender, own, handlers);
    if (!result.ok) throw new Error(result.error);
    return responseSchemas[message.type].parse(result.value) as ResponseOf<T>;
  };
  const page = (path: string) => ({ url: `${DEMO_ORIGIN}/${path}`, html: demoHtml(path) });
  /** The content script on `path` in tab TAB: analysis, then the save a reading triggers. */
  const visit = async (path: string) => {
    tabUrl = `${DEMO_ORIGIN}/${path}`;
    const sender = { ...contentSender, url: tabUrl };
    return (await ask({ type: 'content/analyze-page', ...page(path) }, sender)).analysis;
  };
  const read = async (path: string) => {
    tabUrl = `${DEMO_ORIGIN}/${path}`;
    const sender = { ...contentSender, url: tabUrl };
    return (await ask({ type: 'content/record-read', ...page(path) }, sender)).visit;
  };
  const overview = () => ask({ type: 'popup/tab-overview', tabId: TAB }, popupSender);
  return { db, ask, visit, read, overview, runtime, popup };
}

describe('"not an AI-industry article"', () => {
  it('from the sidebar: the page leaves the archive, is not shown again, and undo restores it', async () => {
    const { db, ask, visit, read, overview, runtime } = setup();
    expect((await visit(AI_ARTICLE)).isAIIndustry).toBe(true);
    const saved = await read(AI_ARTICLE);
    await read(AI_ARTICLE); // read twice: undo must bring both reads back
    const before = await db.articles.get(saved?.article.id ?? 0);
    expect(before?.readCount).toBe(2);

    const { correction } = await ask(
      { type: 'content/correct-page', url: `${DEMO_ORIGIN}/${AI_ARTICLE}`, verdict: 'not-ai' },
      contentSender,
    );
    expect(correction).toMatchObject({ verdict: 'not-ai', restoresArticle: true });
    expect(await db.articles.count()).toBe(0);
    expect(await archiveProblems(db)).toEqual([]);

    // Applied at once and on every later visit: not shown, not recorded, and the reasons say why.
    const again = await visit(AI_ARTICLE);
    expect(again.isAIIndustry).toBe(false);
    expect(again.reasons[0]).toBe('Not an AI-industry article: you said so');
    expect(await read(AI_ARTICLE)).toBeNull();
    expect(await db.articles.count()).toBe(0);
    expect((await overview()).correction).toMatchObject({ verdict: 'not-ai' });

    // Undo from the popup: the record comes back as it was, and the tab is told.
    const { undone } = await ask(
      { type: 'library/undo-correction', id: correction.id, tabId: TAB },
      popupSender,
    );
    expect(undone).toMatchObject({ id: correction.id });
    expect(await db.articles.get(before?.id ?? 0)).toEqual(before);
    expect(runtime.notified).toContainEqual([TAB, null]);
    expect((await overview()).correction).toBeNull();
    expect((await visit(AI_ARTICLE)).isAIIndustry).toBe(true);
    expect(await archiveProblems(db)).toEqual([]);
  });

  it('is refused from senders that may not send it, and with another verdict', async () => {
    const { db, runtime } = setup();
    const handlers = createHandlers({
      db,
      tabs: { set: async () => undefined, get: async () => undefined },
      now: () => 1,
      analyze: analyzeHtml,
      badge: async () => undefined,
      corrections: runtime,
    });
    const url = `${DEMO_ORIGIN}/${AI_ARTICLE}`;
    const fromPopup = await dispatch(
      { type: 'content/correct-page', url, verdict: 'not-ai' },
      popupSender,
      own,
      handlers,
    );
    expect(fromPopup).toMatchObject({ ok: false, error: /not allowed from this sender/ });
    const subframe = await dispatch(
      { type: 'content/correct-page', url, verdict: 'not-ai' },
      { ...contentSender, frameId: 3 },
      own,
      handlers,
    );
    expect(subframe.ok).toBe(false);
    // The sidebar only ever says "not AI": "AI" from a content script is not a valid message.
    const ai = await dispatch(
      { type: 'content/correct-page', url, verdict: 'ai' },
      contentSender,
      own,
      handlers,
    );
    expect(ai).toMatchObject({ ok: false, error: /Invalid message/ });
    const script = await dispatch(
      { type: 'content/correct-page', url: 'javascript:alert(1)', verdict: 'not-ai' },
      contentSender,
      own,
      handlers,
    );
    expect(script.ok).toBe(false);
    const fromContent = await dispatch(
      { type: 'popup/correct-page', tabId: TAB, verdict: 'ai' },
      contentSender,
      own,
      handlers,
    );
    expect(fromContent.ok).toBe(false);
    const otherExtension = await dispatch(
      { type: 'library/undo-correction', id: 1 },
      { ...popupSender, id: 'someone-else' },
      own,
      handlers,
    );
    expect(otherExtension.ok).toBe(false);
    const privateTab = await dispatch(
      { type: 'content/correct-page', url, verdict: 'not-ai' },
      { ...contentSender, tab: { id: 9, incognito: true } },
      own,
      handlers,
    );
    expect(privateTab.ok).toBe(false);
    expect(await db.corrections.count()).toBe(0);
  });
});

describe('"it is an AI-industry article"', () => {
  it('from the popup on an article Backstory passed over: shown, saved, and undone', async () => {
    const { db, ask, visit, read, overview, runtime } = setup();
    const detector = await visit(OTHER_ARTICLE);
    expect(detector.isAIIndustry).toBe(false);
    expect((await overview()).page?.isAIIndustry).toBe(false);

    const { correction, tabUpdated } = await ask(
      { type: 'popup/correct-page', tabId: TAB, verdict: 'ai' },
      popupSender,
    );
    expect(correction).toMatchObject({ verdict: 'ai', section: '127.0.0.1/margin-moat/' });
    expect(tabUpdated).toBe(true);
    expect(runtime.notified).toEqual([[TAB, 'ai']]);
    // The popup shows it at once, before the page is looked at again.
    expect((await overview()).page?.isAIIndustry).toBe(true);
    expect(runtime.sections).toEqual(['127.0.0.1/margin-moat/']);

    // The content script looks again and saves it at once.
    const analysis = await visit(OTHER_ARTICLE);
    expect(analysis.isAIIndustry).toBe(true);
    expect(analysis.reasons[0]).toBe('AI-industry article: you said so');
    const saved = await read(OTHER_ARTICLE);
    expect(saved).not.toBeNull();
    const stored = await db.corrections.get(correction.id);
    expect(stored).toMatchObject({ addedArticleId: saved?.article.id, title: expect.any(String) });
    // How far the detector leaned: an article (1) plus its AI-industry score.
    expect(stored?.leaning).toBeCloseTo(1 + detector.score, 3);

    // Undo takes back what the correction added.
    await ask({ type: 'library/undo-correction', id: correction.id, tabId: TAB }, popupSender);
    expect(await db.articles.count()).toBe(0);
    expect((await visit(OTHER_ARTICLE)).isAIIndustry).toBe(false);
    expect(runtime.sections).toEqual([]);
    expect(await archiveProblems(db)).toEqual([]);
  });

  it('on a page the pre-filter stops: read past it, with its text, and saved', async () => {
    const { db, ask, visit, read } = setup();
    const before = await visit(SHOP_PAGE);
    expect(before.isAIIndustry).toBe(false);
    expect(before.reasons[0]).toMatch(/^pre-filter/);
    await ask({ type: 'popup/correct-page', tabId: TAB, verdict: 'ai' }, popupSender);
    const after = await visit(SHOP_PAGE);
    expect(after.isAIIndustry).toBe(true);
    const saved = await read(SHOP_PAGE);
    expect(saved).not.toBeNull();
    expect((await db.articleTexts.get(saved?.article.id ?? 0))?.text).toMatch(/noise/i);
  });

  it('in a page\u2019s section teaches the next pages there, and the reasons say so', async () => {
    const { ask, visit, popup } = setup();
    await visit(OTHER_ARTICLE);
    await ask({ type: 'popup/correct-page', tabId: TAB, verdict: 'ai' }, popupSender);
    // Another page of the same section that the detector weighs the same: the same article
    // served under another address, without the canonical links that would make it the same page.
    const html = demoHtml(OTHER_ARTICLE)
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace(/<meta property="og:url"[^>]*>/, '');
    const sibling = `${DEMO_ORIGIN}/margin-moat/another-logistics-story.html`;
    const answer = await ask(
      { type: 'content/analyze-page', url: sibling, html },
      { ...contentSender, url: sibling },
    );
    expect(answer.analysis.isAIIndustry).toBe(true);
    expect(answer.analysis.reasons[0]).toBe(
      'AI-industry article: decided by your corrections (you marked 1 page of 127.0.0.1/margin-moat/ as AI-industry articles)',
    );
    expect(popup.tabPages.page(TAB)?.isAIIndustry).toBe(true);
    // Another section of the same site is not taught.
    expect((await visit('northwind-wire/amazon-rainforest-deforestation.html')).isAIIndustry).toBe(
      false,
    );
    const list = await ask({ type: 'library/corrections', limit: 10 }, popupSender);
    expect(list).toMatchObject({ total: 1, corrections: [{ verdict: 'ai' }] });
  });
});

describe('messages to the tab', () => {
  it('are recognised by hand-written guards, and a page address must be a web address', async () => {
    const { addressFromAnswer, isPageAddress, isPageCorrected, pageCorrectedMessage } =
      await import('../../lib/messaging/to-tab.ts');
    expect(isPageCorrected(pageCorrectedMessage('ai'))).toBe(true);
    expect(isPageCorrected(pageCorrectedMessage(null))).toBe(true);
    expect(isPageCorrected({ type: 'background/page-corrected', verdict: 'maybe' })).toBe(false);
    expect(isPageCorrected({ type: 'background/page-corrected' })).toBe(false);
    expect(isPageAddress({ type: 'background/page-address' })).toBe(true);
    expect(isPageAddress('background/page-address')).toBe(false);
    expect(addressFromAnswer({ url: 'https://news.example/a' })).toBe('https://news.example/a');
    expect(addressFromAnswer({ url: 'javascript:alert(1)' })).toBeUndefined();
    expect(addressFromAnswer({ url: `https://x.example/${'a'.repeat(9_000)}` })).toBeUndefined();
    expect(addressFromAnswer(undefined)).toBeUndefined();
  });
});
