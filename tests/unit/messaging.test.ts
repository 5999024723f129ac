import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDb } from '../../lib/archive/db.ts';
import { MessagingError, request } from '../../lib/messaging/client.ts';
import { dispatch } from '../../lib/messaging/dispatch.ts';
import { createHandlers, type TabArticles } from '../../lib/messaging/handlers.ts';
import { responseSchemas } from '../../lib/messaging/protocol.ts';
import type { SenderInfo } from '../../lib/messaging/sender.ts';
import { freshDbName, makeCapture } from '../support/builders.ts';

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

const dbs: ArchiveDb[] = [];
function setup() {
  const db = new ArchiveDb(freshDbName());
  dbs.push(db);
  let clock = 1_000;
  const handlers = createHandlers({ db, tabs: memoryTabs(), now: () => (clock += 1_000) });
  return { db, handlers };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('dispatch', () => {
  it('records a valid article from a content script and answers with the protocol shape', async () => {
    const { db, handlers } = setup();
    const capture = makeCapture();
    const result = await dispatch(
      { type: 'content/record-article', capture },
      contentSender,
      own,
      handlers,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = responseSchemas['content/record-article'].parse(result.value);
    expect(value.article.url).toBe(capture.url);
    expect(value.earlierFromSite).toBe(0);
    expect(await db.articles.count()).toBe(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'content/delete-everything' }],
    ['missing capture', { type: 'content/record-article' }],
    [
      'javascript: URL',
      { type: 'content/record-article', capture: makeCapture({ url: 'javascript:alert(1)' }) },
    ],
    [
      'oversized title',
      { type: 'content/record-article', capture: makeCapture({ title: 'x'.repeat(5_000) }) },
    ],
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
  ])('rejects a record request from %s', async (_, sender) => {
    const { db, handlers } = setup();
    const result = await dispatch(
      { type: 'content/record-article', capture: makeCapture() },
      sender,
      own,
      handlers,
    );
    expect(result).toEqual({
      ok: false,
      error: 'Rejected content/record-article: not allowed from this sender',
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
    const capture = makeCapture({ title: 'Nvidia sells out Blackwell for the year' });
    await dispatch({ type: 'content/record-article', capture }, contentSender, own, handlers);
    const result = await dispatch(
      { type: 'popup/get-tab-state', tabId: 7 },
      popupSender,
      own,
      handlers,
    );
    expect(
      result.ok && responseSchemas['popup/get-tab-state'].parse(result.value).visit?.article.title,
    ).toBe('Nvidia sells out Blackwell for the year');
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
