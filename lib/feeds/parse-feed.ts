/**
 * A fetched body to Backstory's own feed shape. feedsmith (fast-xml-parser underneath, no DOM, so
 * it runs in a service worker) reads RSS 2.0, Atom, RDF and JSON Feed; this module sniffs the body
 * first, refuses entity declarations, then maps every format onto one `ParsedFeed` and cleans
 * what the feed says: HTML to text, relative links resolved, only http(s) links, dates in odd
 * formats read or dropped, duplicate GUIDs kept once.
 */
import { parseFeed } from 'feedsmith';
import { htmlToText, inlineText } from './html-text.ts';
import { itemDate } from './item-date.ts';
import { declaresEntities, notAFeedReason, sniffBody } from './sniff.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** The item's id: its GUID, else its link, else its title. */
  readonly key: string;
  /** Absolute http(s) address of the story, or null when the item has none. */
  readonly url: string | null;
  readonly title: string;
  /** Plain text of the summary (description) and of the full content, when present. */
  readonly summary: string;
  readonly content: string;
  readonly author: string | null;
  /** ISO 8601 UTC, or null when missing or unreadable. */
  readonly publishedAt: string | null;
}

export interface ParsedFeed {
  readonly format: FeedFormat;
  readonly title: string;
  readonly siteUrl: string | null;
  readonly items: readonly FeedItem[];
  /** Items dropped as repeats of an earlier GUID or link in the same document. */
  readonly duplicates: number;
}

export type ParseOutcome =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | { readonly ok: false; readonly error: string };

/** Items read per document; a feed of more is cut (newest usually come first). */
export const MAX_ITEMS = 1_000;

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** Atom text constructs are `{ value, type }`; others are strings. */
const textOf = (v: unknown): string => str(v) || str(obj(v).value);

/** An absolute http(s) URL, or null. */
export function httpUrl(raw: string, base: string | null): string | null {
  const value = raw.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

interface RawItem {
  guid: string;
  link: string;
  title: string;
  summary: string;
  content: string;
  author: string;
  dates: string[];
}

function atomLink(links: unknown): string {
  const all = list(links).map(obj);
  const alternate = all.find((l) => !l.rel || l.rel === 'alternate') ?? all[0];
  return str(alternate?.href);
}

function rawItems(format: FeedFormat, feed: Loose): RawItem[] {
  if (format === 'atom') {
    return list(feed.entries).map((e) => {
      const entry = obj(e);
      return {
        guid: str(entry.id),
        link: atomLink(entry.links),
        title: textOf(entry.title),
        summary: textOf(entry.summary),
        content: textOf(entry.content),
        author: str(obj(list(entry.authors)[0]).name),
        dates: [str(entry.published), str(entry.updated)],
      };
    });
  }
  if (format === 'json') {
    return list(feed.items).map((i) => {
      const item = obj(i);
      return {
        guid: str(item.id),
        link: str(item.url) || str(item.external_url),
        title: str(item.title),
        summary: str(item.summary),
        content: str(item.content_html) || str(item.content_text),
        author: str(obj(list(item.authors)[0]).name) || str(obj(item.author).name),
        dates: [str(item.date_published), str(item.date_modified)],
      };
    });
  }
  return list(feed.items).map((i) => {
    const item = obj(i);
    const dc = obj(item.dc);
    return {
      guid: str(obj(item.guid).value) || str(item.guid) || str(obj(item.rdf).about),
      link: str(item.link) || atomLink(obj(item.atom).links),
      title: str(item.title) || str(list(dc.titles)[0]),
      summary: str(item.description),
      content: str(obj(item.content).encoded),
      author: str(list(item.authors)[0]) || str(list(dc.creators)[0]),
      dates: [str(item.pubDate), ...list(dc.dates).map(str), str(dc.date)],
    };
  });
}

function feedMeta(format: FeedFormat, feed: Loose, feedUrl: string) {
  if (format === 'atom') {
    return { title: textOf(feed.title), site: atomLink(feed.links) };
  }
  if (format === 'json') return { title: str(feed.title), site: str(feed.home_page_url) };
  return { title: str(feed.title), site: str(feed.link) || feedUrl };
}

function toItem(raw: RawItem, base: string, now: number): FeedItem | null {
  const url =
    httpUrl(raw.link, base) ?? (/^https?:/i.test(raw.guid) ? httpUrl(raw.guid, null) : null);
  const title = inlineText(raw.title, 1_000);
  const summary = htmlToText(raw.summary, 20_000);
  const content = htmlToText(raw.content, 100_000);
  if (!title && !summary && !content) return null;
  const publishedAt = raw.dates.map((d) => itemDate(d, now)).find((d) => d !== null) ?? null;
  const key = (raw.guid.trim() || url || title).slice(0, 2_000);
  return {
    key,
    url,
    title,
    summary,
    content,
    author: inlineText(raw.author, 300) || null,
    publishedAt,
  };
}

function toJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Parses a fetched feed body; every failure is a plain-words error. Never throws. */
export function parseFeedBody(
  body: string,
  contentType: string | null,
  feedUrl: string,
  now = Date.now(),
): ParseOutcome {
  const kind = sniffBody(body, contentType);
  const notFeed = notAFeedReason(kind, contentType);
  if (notFeed) return { ok: false, error: notFeed };
  if (kind === 'xml' && declaresEntities(body)) {
    return {
      ok: false,
      error: 'the feed declares its own XML entities (a trick used to overload readers); refused',
    };
  }
  let input: unknown = body;
  if (kind === 'json') {
    input = toJson(body);
    if (input === undefined)
      return { ok: false, error: 'the feed is broken JSON and cannot be read' };
  }
  let parsed: { format: FeedFormat; feed: unknown };
  try {
    parsed = parseFeed(input) as { format: FeedFormat; feed: unknown };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return {
      ok: false,
      error:
        name === 'DetectError'
          ? 'the document is not RSS, Atom, RDF or JSON Feed'
          : 'the feed is malformed and cannot be read',
    };
  }
  const feed = obj(parsed.feed);
  const meta = feedMeta(parsed.format, feed, feedUrl);
  const siteUrl = httpUrl(meta.site, feedUrl);
  const base = siteUrl ?? feedUrl;
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  let duplicates = 0;
  for (const raw of rawItems(parsed.format, feed).slice(0, MAX_ITEMS)) {
    const item = toItem(raw, base, now);
    if (!item) continue;
    const keys = [item.key, item.url].filter((k): k is string => !!k);
    if (keys.some((k) => seen.has(k))) {
      duplicates += 1;
      continue;
    }
    for (const k of keys) seen.add(k);
    items.push(item);
  }
  const title = inlineText(meta.title, 500) || new URL(feedUrl).hostname;
  return { ok: true, feed: { format: parsed.format, title, siteUrl, items, duplicates } };
}
