/**
 * What a fetched body really is. Servers label feeds wrongly (text/html, text/plain, no type at
 * all) and serve web pages where a feed was (login walls, error pages, a moved site's home page):
 * the body decides, and the label only breaks a tie.
 */

export type BodyKind = 'xml' | 'json' | 'html' | 'empty' | 'unknown';

/** Where an XML feed's root element may start: after a declaration, comments or a doctype. */
const FEED_ROOT = /<(?:rss|feed|rdf:RDF|RDF)[\s>]/i;
const HTML_ROOT = /<(?:!doctype\s+html|html|head|body)[\s>]/i;

export function sniffBody(body: string, contentType: string | null): BodyKind {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (!text) return 'empty';
  if (text.startsWith('{')) return 'json';
  if (!text.startsWith('<')) return 'unknown';
  const head = text.slice(0, 4_096);
  const feedAt = head.search(FEED_ROOT);
  const htmlAt = head.search(HTML_ROOT);
  if (feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt)) return 'xml';
  if (htmlAt >= 0) return 'html';
  return /html/i.test(contentType ?? '') ? 'html' : 'xml';
}

/**
 * An internal DTD that declares entities is how "billion laughs" and external-entity tricks
 * start. Feeds have no use for one, so such a document is refused before any parsing.
 */
export function declaresEntities(body: string): boolean {
  return /<!ENTITY/i.test(body.slice(0, 65_536));
}

/** The plain-words reason a body is no feed, or null when it may be one. */
export function notAFeedReason(kind: BodyKind, contentType: string | null): string | null {
  switch (kind) {
    case 'empty':
      return 'the feed address answered with an empty page';
    case 'html':
      return 'the address serves a web page, not a feed (perhaps an error or login page)';
    case 'unknown':
      return `the address serves something that is not a feed (${contentType ?? 'no content type'})`;
    default:
      return null;
  }
}
