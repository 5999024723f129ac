/**
 * OPML import and export of the followed feeds. Import reads nested outlines (folders), keeps
 * http(s) feed addresses once each and says why any other outline was left out; export writes
 * OPML 2.0 with feedsmith's generator (which escapes every attribute).
 */
import { generateOpml, parseOpml } from 'feedsmith';
import type { FeedRecord } from '../archive/feed.ts';
import { FeedInputError, feedAddress } from './feed-store.ts';

export interface OpmlFeed {
  readonly url: string;
  readonly title: string;
}

export interface OpmlImport {
  readonly feeds: readonly OpmlFeed[];
  /** Outlines with an address that was left out, and why. */
  readonly skipped: ReadonlyArray<{ readonly title: string; readonly reason: string }>;
}

export const MAX_OPML_CHARS = 2_000_000;
const MAX_OUTLINES = 2_000;
const MAX_DEPTH = 8;

type Outline = { text?: string; title?: string; xmlUrl?: string; outlines?: Outline[] };

/** Reads an OPML document; throws a FeedInputError in plain words when it is not one. */
export function readOpml(text: string): OpmlImport {
  if (text.length > MAX_OPML_CHARS)
    throw new FeedInputError('the OPML file is too large (over 2 MB)');
  if (/<!ENTITY/i.test(text.slice(0, 65_536))) {
    throw new FeedInputError('the OPML file declares XML entities; refused');
  }
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(text) as typeof doc;
  } catch {
    throw new FeedInputError('the file is not an OPML outline of feeds');
  }
  const feeds: OpmlFeed[] = [];
  const skipped: { title: string; reason: string }[] = [];
  const seen = new Set<string>();
  let visited = 0;
  const walk = (outlines: readonly Outline[], depth: number) => {
    for (const outline of outlines) {
      visited += 1;
      if (visited > MAX_OUTLINES) return;
      const title = (outline.title || outline.text || '').trim().slice(0, 500);
      if (outline.xmlUrl !== undefined) {
        try {
          const url = feedAddress(outline.xmlUrl);
          if (seen.has(url)) skipped.push({ title, reason: 'listed twice' });
          else {
            seen.add(url);
            feeds.push({ url, title });
          }
        } catch (error) {
          skipped.push({
            title,
            reason: error instanceof Error ? error.message : 'not a feed address',
          });
        }
      }
      if (outline.outlines && depth < MAX_DEPTH) walk(outline.outlines, depth + 1);
    }
  };
  walk(doc.body?.outlines ?? [], 0);
  if (feeds.length === 0 && skipped.length === 0) {
    throw new FeedInputError('the OPML file lists no feeds');
  }
  return { feeds, skipped };
}

/** The followed feeds as an OPML 2.0 document. */
export function writeOpml(feeds: readonly FeedRecord[], now: number): string {
  return generateOpml({
    head: { title: 'Backstory feeds', dateCreated: new Date(now) },
    body: {
      outlines: feeds.map((feed) => ({
        text: feed.title,
        title: feed.title,
        type: 'rss',
        xmlUrl: feed.url,
        ...(feed.siteUrl ? { htmlUrl: feed.siteUrl } : {}),
      })),
    },
  });
}
