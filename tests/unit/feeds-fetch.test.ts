import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../lib/feeds/fetch-feed.ts';
import { type FeedServer, startFeedServer } from '../../scripts/lib/feed-server.ts';
import { feedFixture } from '../support/feed-fixtures.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    '/rss': {
      body: feedFixture('rss2.xml'),
      etag: '"v1"',
      lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT',
    },
    '/dated': { body: feedFixture('atom.xml'), lastModified: 'Sun, 06 Dec 2026 10:00:00 GMT' },
    '/moved': { redirect: '/moved-again', status: 301 },
    '/moved-again': { redirect: '/rss' },
    '/loop-a': { redirect: '/loop-b' },
    '/loop-b': { redirect: '/loop-a' },
    '/huge': { streamBytes: 50 * 1024 * 1024 },
    '/stall': { stall: true },
    '/gone': { body: 'gone', status: 410, type: 'text/plain' },
    '/broken': { body: 'oops', status: 502, type: 'text/html' },
    '/nowhere': { redirect: '' },
  });
  for (let i = 0; i < 8; i += 1) server.set(`/chain-${i}`, { redirect: `/chain-${i + 1}` });
  server.set('/chain-8', { body: feedFixture('rss2.xml') });
});
afterAll(() => server.close());

describe('fetchFeed', () => {
  it('fetches a feed with its validators, then gets 304 when it has not changed', async () => {
    const first = await fetchFeed(server.url('/rss'), null);
    expect(first.kind).toBe('fetched');
    if (first.kind !== 'fetched') return;
    expect(first.body).toContain('Harbour Signal');
    expect(first.validators).toEqual({
      etag: '"v1"',
      lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT',
    });
    const second = await fetchFeed(server.url('/rss'), first.validators);
    expect(second.kind).toBe('not-modified');
    expect(server.notModified.get('/rss')).toBe(1);
  });

  it('uses Last-Modified alone when there is no ETag', async () => {
    const outcome = await fetchFeed(server.url('/dated'), {
      etag: null,
      lastModified: 'Sun, 06 Dec 2026 10:00:00 GMT',
    });
    expect(outcome.kind).toBe('not-modified');
  });

  it('follows a short chain of redirects and reports where it ended', async () => {
    const outcome = await fetchFeed(server.url('/moved'), null);
    expect(outcome).toMatchObject({ kind: 'fetched', url: server.url('/rss') });
  });

  it('names a redirect loop, a long chain and a redirect without a target', async () => {
    expect(await fetchFeed(server.url('/loop-a'), null)).toEqual({
      kind: 'failed',
      error: 'the feed redirects in a loop',
    });
    expect(await fetchFeed(server.url('/chain-0'), null)).toEqual({
      kind: 'failed',
      error: 'the feed redirects more than 5 times',
    });
    expect(await fetchFeed(server.url('/nowhere'), null)).toMatchObject({ kind: 'failed' });
  });

  it('stops reading a 50 MB answer at the cap', async () => {
    const outcome = await fetchFeed(server.url('/huge'), null, { maxBytes: 5 * 1024 * 1024 });
    expect(outcome).toEqual({ kind: 'failed', error: 'the feed is larger than 5 MB; not read' });
  });

  it('gives up on a server that never answers', async () => {
    const outcome = await fetchFeed(server.url('/stall'), null, { timeoutMs: 300 });
    expect(outcome).toEqual({ kind: 'failed', error: 'the feed did not answer within 300 ms' });
  });

  it('puts HTTP errors and unreachable servers in plain words', async () => {
    expect(await fetchFeed(server.url('/gone'), null)).toMatchObject({
      error: /removed for good \(410/,
    });
    expect(await fetchFeed(server.url('/broken'), null)).toMatchObject({
      error: /server had an error \(502/,
    });
    expect(await fetchFeed(server.url('/missing'), null)).toMatchObject({
      error: /no feed at this address/,
    });
    expect(await fetchFeed('http://127.0.0.1:9/feed', null)).toMatchObject({
      error: /could not be reached/,
    });
  });
});
