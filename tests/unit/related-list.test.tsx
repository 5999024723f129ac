// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RelatedList, relativeAge } from '../../components/RelatedList.tsx';
import type { RelatedItem } from '../../lib/related/view.ts';

const item = (overrides: Partial<RelatedItem>): RelatedItem => ({
  url: 'https://www.example-news.com/a',
  title: 'Nvidia raises its forecast',
  siteName: 'Example News',
  time: Date.parse('2026-11-01T10:00:00Z'),
  genre: 'news',
  read: true,
  reason: 'About Nvidia, like this article · 3 weeks earlier · Example News',
  alsoCoveredBy: [],
  ...overrides,
});

describe('RelatedList', () => {
  it('links only http(s) URLs and renders stored text as text', () => {
    const root = document.createElement('div');
    render(
      <RelatedList
        now={Date.parse('2026-11-22T10:00:00Z')}
        testId="related-item"
        items={[
          item({ url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' }),
          item({ url: 'data:text/html,<script>alert(1)</script>', title: 'Data link' }),
          item({
            url: 'https://ok.example/story',
            title: 'Fine',
            read: false,
            alsoCoveredBy: [
              { url: 'javascript:void 0', title: 'x', siteName: 'Bad Outlet', time: 0 },
            ],
          }),
        ]}
      />,
      root,
    );
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://ok.example/story']);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('Also covered by Bad Outlet');
    expect(root.querySelector('[data-read="false"]')?.textContent).toContain('unread');
  });

  it('says how old a related article is in words', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(relativeAge(now, now)).toBe('today');
    expect(relativeAge(now - 86_400_000, now)).toBe('yesterday');
    expect(relativeAge(now - 21 * 86_400_000, now)).toBe('3 weeks ago');
    expect(relativeAge(now - 200 * 86_400_000, now)).toBe('7 months ago');
    expect(relativeAge(now + 2 * 86_400_000, now)).toBe('in 2 days');
  });
});
