import { describe, expect, it, vi } from 'vitest';
import { MessagingError, request } from '../../lib/messaging/client.ts';
import { dispatch } from '../../lib/messaging/dispatch.ts';
import { createHandlers, type TabArticles } from '../../lib/messaging/handlers.ts';
import { responseSchemas } from '../../lib/messaging/protocol.ts';
import { QUOTA_MESSAGE } from '../../lib/messaging/storage-errors.ts';
import type { SenderInfo } from '../../lib/messaging/sender.ts';
import { freshDb } from '../support/fresh-db.ts';
import { articlesNaming } from '../../lib/archive/org-times.ts';
import { applyOrgAction } from '../../lib/archive/org-manage.ts';
import { analyzeHtml, DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';

const ARTICLE_PATH = 'circuit-ledger/amazon-backs-odyssey-world-models.html';
const analyzeRequest = (path = ARTICLE_PATH) => ({
  type: 'content/analyze-page',
  url: `${DEMO_ORIGIN}/${path}`,
  html: demoHtml(path),
});

/** The content script's request once the reader has read the page. */
const readRequest = (path = ARTICLE_PATH) => ({
  ...analyzeRequest(path),
  type: 'content/record-read',
});

const own = { id: 'backstory-id', origin: 'chrome-extension://backstory-id/' };
const contentSender: SenderInfo = {
  id: own.id,
  url: 'https://www.circuitledger.example/2026/11/story',
  tab: { id: 7 },
  frameId: 0,
};
const popupSender: SenderInfo = { id: own.id, url: `${own.origin}popup.html` };

function memoryTabs(): TabArticles {
  const urls = new Map<number, string>();
  return {
    set: async (tabId, url) => void urls.set(tabId, url),
    get: async (tabId) => urls.get(tabId),
  };
}

function setup() {
  const db = freshDb();
  let clock = 1_000;
  const badges = new Map<number, string>();
  const handlers = createHandlers({
    db,
    tabs: memoryTabs(),
    now: () => (clock += 1_000),
    analyze: analyzeHtml,
    badge: async (tabId, text) => void badges.set(tabId, text),
  });
  return { db, handlers, badges };
}

describe('dispatch', () => {
  it('analyses an AI-industry article and records it only once it is read', async () => {
    const { db, handlers, badges } = setup();
    const result = await dispatch(analyzeRequest(), contentSender, own, handlers);
    if (!result.ok) throw new Error(result.error);
    const { analysis, backstory } = responseSchemas['content/analyze-page'].parse(result.value);
    expect(analysis.isAIIndustry).toBe(true);
    expect(analysis.companies.map((c) => c.name)).toContain('Amazon');
    expect(backstory).toMatchObject({ saved: null, earlierFromSite: 0 });
    expect(badges.get(7)).toBe('0');
    expect(await db.articles.count()).toBe(0);

    const read = await dispatch(readRequest(), contentSender, own, handlers);
    if (!read.ok) throw new Error(read.error);
    const { visit } = responseSchemas['content/record-read'].parse(read.value);
    expect(visit?.article.url).toBe(`${DEMO_ORIGIN}/${ARTICLE_PATH}`);
    expect(await db.articles.count()).toBe(1);

    const again = await dispatch(analyzeRequest(), contentSender, own, handlers);
    if (!again.ok) throw new Error(again.error);
    const { backstory: revisit } = responseSchemas['content/analyze-page'].parse(again.value);
    expect(revisit?.saved?.readCount).toBe(1);
  });

  it('finds related stories among what the reader read before, with reasons', async () => {
    const { handlers, badges } = setup();
    const read = (path: string) => dispatch(readRequest(path), contentSender, own, handlers);
    await read('northwind-wire/amazon-odyssey-investment.html');
    await read('northwind-wire/nvidia-record-quarter.html');
    const result = await dispatch(analyzeRequest(), contentSender, own, handlers);
    if (!result.ok) throw new Error(result.error);
    const { backstory } = responseSchemas['content/analyze-page'].parse(result.value);
    const first = backstory?.related.stories[0];
    const related =
      (backstory?.related.stories.length ?? 0) + (backstory?.related.takes.length ?? 0);
    expect(related).toBeGreaterThan(0);
    expect(badges.get(7)).toBe(String(related));
    expect(first?.url).toBe(`${DEMO_ORIGIN}/northwind-wire/amazon-odyssey-investment.html`);
    expect(first?.reason).toMatch(/Amazon/);
  });

  it("shows the page's companies as the reader decided: ignored gone, merged joined, renamed", async () => {
    const { db, handlers } = setup();
    const read = await dispatch(readRequest(), contentSender, own, handlers);
    if (!read.ok) throw new Error(read.error);
    await applyOrgAction(db, 'd:kestrel-ventures', { action: 'ignore' }, 5_000);
    await applyOrgAction(db, 'd:odyssey', { action: 'rename', name: 'Odyssey Systems' }, 5_000);
    await applyOrgAction(
      db,
      'd:foundry-row-capital',
      { action: 'merge', into: 'd:odyssey' },
      5_000,
    );

    const result = await dispatch(analyzeRequest(), contentSender, own, handlers);
    if (!result.ok) throw new Error(result.error);
    const { analysis, backstory } = responseSchemas['content/analyze-page'].parse(result.value);
    const ids = analysis.companies.map((c) => c.id);
    expect(ids).not.toContain('d:kestrel-ventures');
    expect(ids).not.toContain('d:foundry-row-capital');
    expect(ids.filter((id) => id === 'd:odyssey')).toHaveLength(1);
    // The page names Odyssey 10 times and Foundry Row Capital once.
    expect(analysis.companies.find((c) => c.id === 'd:odyssey')).toMatchObject({
      name: 'Odyssey Systems',
      mentions: 11,
    });
    expect(ids).toContain('amazon');
    expect(backstory?.orgCounts['d:odyssey']).toBe(1);
  });

  it('never records from a private window', async () => {
    const { db, handlers } = setup();
    const privateTab = { ...contentSender, tab: { id: 9, incognito: true } };
    const result = await dispatch(readRequest(), privateTab, own, handlers);
    expect(result).toEqual({ ok: true, value: { visit: null } });
    expect(await db.articles.count()).toBe(0);
  });

  it('analyses but never stores a page that is not about the AI industry', async () => {
    const { db, handlers } = setup();
    const page = analyzeRequest('northwind-wire/amazon-rainforest-deforestation.html');
    const result = await dispatch(page, contentSender, own, handlers);
    if (!result.ok) throw new Error(result.error);
    const { analysis, backstory } = responseSchemas['content/analyze-page'].parse(result.value);
    expect(analysis).toMatchObject({ isArticle: true, isAIIndustry: false });
    expect(backstory).toBeNull();
    const read = await dispatch(
      { ...page, type: 'content/record-read' },
      contentSender,
      own,
      handlers,
    );
    expect(read).toEqual({ ok: true, value: { visit: null } });
    expect(await db.articles.count()).toBe(0);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'content/delete-everything' }],
    ['missing html', { type: 'content/analyze-page', url: 'https://example.com/a' }],
    ['javascript: URL', { ...analyzeRequest(), url: 'javascript:alert(1)' }],
    ['oversized page', { ...analyzeRequest(), html: 'x'.repeat(5_000_001) }],
    ['negative tab id', { type: 'popup/get-tab-state', tabId: -1 }],
  ])('rejects an invalid message (%s) with a clear error and stores nothing', async (_, raw) => {
    const { db, handlers } = setup();
    const result = await dispatch(raw, contentSender, own, handlers);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(/^Invalid message: /);
    expect(await db.articles.count()).toBe(0);
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...contentSender, id: 'someone-else' }],
    ['a subframe', { ...contentSender, frameId: 3 }],
    ['a page without a tab', { id: own.id, url: contentSender.url }],
    ['a non-web page', { ...contentSender, url: 'file:///etc/passwd' }],
    ['an extension page', popupSender],
  ])('rejects an analysis request from %s', async (_, sender) => {
    const { db, handlers } = setup();
    const result = await dispatch(analyzeRequest(), sender, own, handlers);
    expect(result).toEqual({
      ok: false,
      error: 'Rejected content/analyze-page: not allowed from this sender',
    });
    expect(await db.articles.count()).toBe(0);
  });

  it('lets only extension pages read the archive', async () => {
    const { handlers } = setup();
    const message = { type: 'library/get-overview', limit: 10 };
    expect((await dispatch(message, contentSender, own, handlers)).ok).toBe(false);
    const fromPage = await dispatch(message, popupSender, own, handlers);
    expect(fromPage.ok).toBe(true);
  });

  it('answers the popup with the article its tab recorded', async () => {
    const { handlers } = setup();
    await dispatch(readRequest(), contentSender, own, handlers);
    const result = await dispatch(
      { type: 'popup/get-tab-state', tabId: 7 },
      popupSender,
      own,
      handlers,
    );
    const state = result.ok ? responseSchemas['popup/get-tab-state'].parse(result.value) : null;
    expect(state?.visit?.article.title).toMatch(/^Amazon backs a world-model startup/);
    const other = await dispatch(
      { type: 'popup/get-tab-state', tabId: 8 },
      popupSender,
      own,
      handlers,
    );
    expect(other).toEqual({ ok: true, value: { visit: null } });
  });

  it('turns a failing handler into an error answer instead of throwing', async () => {
    const { handlers } = setup();
    const broken = {
      ...handlers,
      'library/get-overview': () => Promise.reject(new Error('disk on fire')),
    };
    const result = await dispatch(
      { type: 'library/get-overview', limit: 5 },
      popupSender,
      own,
      broken,
    );
    expect(result).toEqual({ ok: false, error: 'disk on fire' });
  });
});

describe('request (client)', () => {
  it('returns the value of a successful answer', async () => {
    const value = await request(async () => ({ ok: true, value: { visit: null } }), {
      type: 'popup/get-tab-state',
      tabId: 1,
    });
    expect(value).toEqual({ visit: null });
  });

  it('throws the background error as a MessagingError', async () => {
    const send = async () => ({ ok: false, error: 'Rejected popup/get-tab-state' });
    await expect(request(send, { type: 'popup/get-tab-state', tabId: 1 })).rejects.toThrow(
      new MessagingError('Rejected popup/get-tab-state'),
    );
  });

  it.each([undefined, null, 'ok', { ok: true }, { ok: false }])(
    'throws on an answer outside the protocol (%j)',
    async (answer) => {
      await expect(
        request(async () => answer, { type: 'popup/get-tab-state', tabId: 1 }),
      ).rejects.toThrow(/No valid answer to popup\/get-tab-state/);
    },
  );
});

describe('storage errors', () => {
  it('tells the reader the disk is full and keeps what was stored', async () => {
    const { db, handlers } = setup();
    const read = (path: string) => dispatch(readRequest(path), contentSender, own, handlers);
    expect((await read('northwind-wire/nvidia-record-quarter.html')).ok).toBe(true);
    const full = vi
      .spyOn(db.articles, 'add')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await read(ARTICLE_PATH);
    full.mockRestore();
    expect(result).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await db.articles.count()).toBe(1);
    expect(await articlesNaming(db, 'amazon').count()).toBe(
      (await db.articles.toArray()).filter((a) => a.orgs.some((o) => o.id === 'amazon')).length,
    );
  });
});
