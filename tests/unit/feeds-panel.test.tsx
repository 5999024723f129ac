// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CompanyChips } from '../../components/CompanyChips.tsx';
import { FeedsPanel, type FeedsPanelProps } from '../../components/FeedsPanel.tsx';
import type { FeedRecord } from '../../lib/archive/feed.ts';
import { STARTER_PACK, type StarterFeed } from '../../lib/feeds/starter-pack.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const feed = (overrides: Partial<FeedRecord>): FeedRecord => ({
  id: 1,
  url: 'https://news.test/feed.xml',
  title: 'News',
  siteUrl: null,
  paused: false,
  addedAt: NOW,
  etag: null,
  lastModified: null,
  lastFetchedAt: NOW - 10 * 60_000,
  lastSuccessAt: NOW - 10 * 60_000,
  lastError: null,
  failures: 0,
  nextFetchAt: NOW + 20 * 60_000,
  itemCount: 12,
  storedCount: 3,
  ...overrides,
});

function panel(overrides: Partial<FeedsPanelProps>): HTMLElement {
  const root = document.createElement('div');
  const noop = () => undefined;
  render(
    <FeedsPanel
      feeds={[]}
      refreshMinutes={30}
      busy={false}
      message={null}
      starterPack={null}
      now={NOW}
      onAdd={noop}
      onFollowStarter={noop}
      onDismissStarter={noop}
      onRefresh={noop}
      onEdit={noop}
      onRemove={noop}
      onIntervalChange={noop}
      onImportOpml={noop}
      onExportOpml={noop}
      {...overrides}
    />,
    root,
  );
  return root;
}

describe('FeedsPanel', () => {
  it('shows each feed status in plain words, errors with when it tries again', () => {
    const root = panel({
      feeds: [
        feed({}),
        feed({
          id: 2,
          url: 'https://b.test/rss',
          lastError: 'the feed redirects in a loop',
          nextFetchAt: NOW + 60 * 60_000,
        }),
        feed({ id: 3, url: 'https://c.test/rss', paused: true }),
      ],
    });
    const statuses = [...root.querySelectorAll('[data-testid="feed-status"]')].map(
      (p) => p.textContent,
    );
    expect(statuses).toEqual([
      'Checked 10 min ago · 12 items in the feed · 3 AI-industry stories kept',
      'Problem: the feed redirects in a loop. Trying again in 1 h.',
      'Paused',
    ]);
  });

  it('renders a hostile feed title as text and links only an http(s) site', () => {
    const root = panel({
      feeds: [feed({ title: '<img src=x onerror=alert(1)>', siteUrl: 'https://news.test/' })],
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.bs-feed a')?.getAttribute('href')).toBe('https://news.test/');
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('offers the starter pack with nothing ticked, and follows only what the reader ticks', async () => {
    let followed: readonly StarterFeed[] = [];
    const root = panel({ starterPack: STARTER_PACK, onFollowStarter: (f) => (followed = f) });
    const boxes = [
      ...root.querySelectorAll<HTMLInputElement>(
        '[data-testid="feeds-starter"] input[type=checkbox]',
      ),
    ];
    expect(boxes).toHaveLength(STARTER_PACK.length);
    expect(boxes.every((b) => !b.checked)).toBe(true);
    const follow = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Follow the ticked ones',
    );
    expect(follow?.disabled).toBe(true);
    boxes[1]?.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(follow?.disabled).toBe(false);
    follow?.click();
    expect(followed).toEqual([STARTER_PACK[1]]);
  });
});

describe('CompanyChips with unread feed counts', () => {
  it('shows "n new" on followed companies with unread feed stories only', () => {
    const root = document.createElement('div');
    render(
      <CompanyChips
        companies={[
          { id: 'nvidia', name: 'Nvidia', mentions: 3, about: true, discovered: false },
          { id: 'amd', name: 'AMD', mentions: 1, about: false, discovered: false },
        ]}
        onOpen={() => undefined}
        unread={{ nvidia: 2, amd: 0 }}
      />,
      root,
    );
    expect(
      [...root.querySelectorAll('[data-testid="chip-unread"]')].map((s) => s.textContent),
    ).toEqual(['2 new']);
  });
});
