import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/feeds/html-text.ts';
import { parseFeedBody, type ParsedFeed } from '../../lib/feeds/parse-feed.ts';
import { FEED_NOW, feedFixture } from '../support/feed-fixtures.ts';

function parsed(name: string, type: string | null, url: string): ParsedFeed {
  const outcome = parseFeedBody(feedFixture(name), type, url, FEED_NOW);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.feed;
}

describe('parseFeedBody, each format', () => {
  it('reads RSS 2.0 with content:encoded, resolving relative links and cleaning HTML', () => {
    const feed = parsed('rss2.xml', 'application/rss+xml', 'https://harbour-signal.test/feed.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour Signal & Compute');
    expect(feed.siteUrl).toBe('https://harbour-signal.test/');
    const [nvidia, ferry] = feed.items;
    expect(nvidia?.key).toBe('hs-1001');
    expect(nvidia?.publishedAt).toBe('2026-12-07T09:30:00.000Z');
    expect(nvidia?.author).toBe('Ines Halvorsen');
    expect(nvidia?.summary).toBe(
      'Nvidia said data-centre revenue hit a record as Blackwell GPUs shipped in volume.',
    );
    expect(nvidia?.content).toContain('large language models & agents');
    expect(nvidia?.content).not.toContain('alert');
    expect(nvidia?.content).not.toContain('<');
    expect(ferry?.url).toBe('https://harbour-signal.test/2026/12/ferry-timetable');
    expect(ferry?.publishedAt).toBe('2026-12-06T17:00:00.000Z');
  });

  it('reads Atom, taking the alternate link and decoding HTML text constructs', () => {
    const feed = parsed(
      'atom.xml',
      'application/atom+xml',
      'https://lattice-review.test/feed.atom',
    );
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Lattice Review');
    expect(feed.siteUrl).toBe('https://lattice-review.test/');
    const [first, second] = feed.items;
    expect(first?.title).toBe('Anthropic raises new funding to expand Claude compute');
    expect(first?.url).toBe('https://lattice-review.test/anthropic-funding');
    expect(first?.publishedAt).toBe('2026-12-05T08:00:00.000Z');
    expect(first?.content).toMatch(/^Anthropic, the AI lab/);
    expect(first?.author).toBe('Priya Castellanos');
    expect(second?.publishedAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('reads RDF (RSS 1.0) with dc:date', () => {
    const feed = parsed('rdf.xml', 'application/rdf+xml', 'https://old-wire.test/index.rdf');
    expect(feed.format).toBe('rdf');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.url).toBe('https://old-wire.test/openai-microsoft-terms');
    expect(feed.items[0]?.publishedAt).toBe('2026-12-04T15:00:00.000Z');
  });

  it('reads JSON Feed and never keeps a javascript: link', () => {
    const feed = parsed(
      'json-feed.json',
      'application/feed+json',
      'https://quarry-notes.test/feed.json',
    );
    expect(feed.format).toBe('json');
    expect(feed.siteUrl).toBe('https://quarry-notes.test/');
    expect(feed.items[0]?.publishedAt).toBe('2026-12-03T16:00:00.000Z');
    expect(feed.items[0]?.author).toBe('Tomasz Reyes');
    expect(feed.items[1]?.url).toBeNull();
  });

  it('reads a feed served with a wrong or missing content type', () => {
    for (const type of ['text/html; charset=utf-8', 'text/plain', null]) {
      expect(parsed('rss2.xml', type, 'https://harbour-signal.test/feed.xml').items).toHaveLength(
        2,
      );
    }
  });
});

describe('parseFeedBody, bad input', () => {
  const error = (body: string, type: string | null = 'application/xml') => {
    const outcome = parseFeedBody(body, type, 'https://bad.test/feed', FEED_NOW);
    return outcome.ok ? null : outcome.error;
  };

  it('names an HTML error page served as a feed, whatever its content type', () => {
    expect(error(feedFixture('html-error.html'), 'application/rss+xml')).toMatch(
      /web page, not a feed/,
    );
    expect(error(feedFixture('html-error.html'), 'text/html')).toMatch(/web page, not a feed/);
  });

  it('names malformed XML, broken JSON, an empty body and a non-feed document', () => {
    expect(error(feedFixture('malformed.xml'))).toMatch(/malformed|not RSS/);
    expect(error('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toMatch(
      /broken JSON/,
    );
    expect(error('   ')).toMatch(/empty/);
    expect(error('<?xml version="1.0"?><note><to>x</to></note>')).toMatch(
      /not RSS, Atom, RDF or JSON Feed/,
    );
    expect(error('just words', 'text/plain')).toMatch(/not a feed \(text\/plain\)/);
  });

  it('refuses entity declarations before parsing (billion laughs)', () => {
    expect(error(feedFixture('entity-bomb.xml'))).toMatch(/declares its own XML entities/);
  });

  it('keeps items without links or dates, reads odd dates, drops impossible ones and repeated GUIDs', () => {
    const feed = parsed('odd-items.xml', 'application/rss+xml', 'https://odd-items.test/rss');
    const byTitle = new Map(feed.items.map((item) => [item.title, item]));
    expect(byTitle.get('No link and no date at all')).toMatchObject({
      url: null,
      publishedAt: null,
    });
    expect(byTitle.get('Guid as link, two-digit year')).toMatchObject({
      url: 'https://odd-items.test/p/2',
      publishedAt: '2026-12-06T10:00:00.000Z',
    });
    expect(byTitle.get('Space separated date')?.publishedAt).toBe('2026-12-05T14:30:00.000Z');
    expect(byTitle.get('Written-out date')?.publishedAt).toBe('2026-12-04T00:00:00.000Z');
    expect(byTitle.get('Garbage date')?.publishedAt).toBeNull();
    expect(byTitle.get('Date far in the future')?.publishedAt).toBeNull();
    expect(byTitle.has('Repeated guid, first copy')).toBe(true);
    expect(byTitle.has('Repeated guid, second copy')).toBe(false);
    expect(feed.duplicates).toBe(1);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and comments, keeps paragraph breaks and decodes entities', () => {
    const html =
      '<style>p{}</style><p>One &amp; two</p><!-- <p>hidden</p> --><script>x()</script><p>It&#8217;s <a href="#">three</a></p>';
    expect(htmlToText(html)).toBe('One & two\nIt’s three');
  });

  it('stays linear on a huge unclosed tag', () => {
    expect(htmlToText(`<p${' a'.repeat(200_000)}`)).toBe('');
  });
});

describe('htmlToText on hostile markup', () => {
  // A quadratic scan of these would run for minutes and hit the test timeout.
  it('drops runs of unclosed comments and scripts with everything after them', () => {
    expect(htmlToText(`Kept${'<!--'.repeat(100_000)}`)).toBe('Kept');
    expect(htmlToText(`Kept${'<script>'.repeat(100_000)}`)).toBe('Kept');
  });

  it('leaves a run of unclosed tag openers as inert text, cut to the length asked', () => {
    expect(htmlToText('<a'.repeat(100_000), 50)).toHaveLength(50);
  });
});
