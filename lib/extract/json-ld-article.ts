import { isNode, type JsonLd, type LdEntry, type LdNode, resolveNode } from './json-ld.ts';
import { urlKey } from './normalize-url.ts';
import { cleanText } from './text.ts';

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'SocialMediaPosting',
]);

/** NewsArticle, BlogPosting, ReportageNewsArticle, TechArticle, ... */
export const isArticleType = (type: string): boolean =>
  ARTICLE_TYPES.has(type) || /Article$/.test(type);

/** The first usable string of a JSON-LD value: a string, a number, `{ "@value" }`, `{ name }`, or
 * the first of an array. */
export function ldText(value: unknown, max = 1_000): string | null {
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) {
      const text = ldText(item, max);
      if (text) return text;
    }
    return null;
  }
  if (isNode(value)) return ldText(value['@value'] ?? value.name, max);
  return cleanText(value, max);
}

function nodeUrls(node: LdNode): string[] {
  const values = [node.url, node['@id'], node.mainEntityOfPage];
  return values
    .flatMap((value) => (isNode(value) ? [value['@id'], value.url] : [value]))
    .filter((value): value is string => typeof value === 'string');
}

/** Pages list at most a few dozen articles (related stories); more is not worth comparing. */
const MAX_RANKED = 50;

function rank(entries: readonly LdEntry[], pageKeys: ReadonlySet<string>): LdNode[] {
  const scored = entries.slice(0, MAX_RANKED).map((entry, index) => ({
    node: entry.node,
    matches: nodeUrls(entry.node).some((url) => pageKeys.has(urlKey(url))) ? 0 : 1,
    depth: entry.depth,
    index,
  }));
  scored.sort((a, b) => a.matches - b.matches || a.depth - b.depth || a.index - b.index);
  return scored.map((item) => item.node);
}

/**
 * The JSON-LD nodes that describe this page, best first: the article node (one whose URL is the
 * page's wins over related articles listed on it, then the least nested), then top-level
 * WebPage nodes as a last resort.
 */
export function pageNodes(ld: JsonLd, pageUrls: readonly string[]): LdNode[] {
  const keys = new Set(pageUrls.map(urlKey));
  const articles = rank(
    ld.entries.filter((entry) => entry.types.some(isArticleType)),
    keys,
  );
  const pages = rank(
    ld.entries.filter((entry) => entry.depth <= 1 && entry.types.includes('WebPage')),
    keys,
  );
  return [...articles.slice(0, 1), ...pages];
}

/** The first of `nodes` that has `field`, resolved through `@id` references. */
export function firstField(nodes: readonly LdNode[], field: string, ld: JsonLd): unknown {
  for (const node of nodes) {
    const value = node[field];
    if (value !== undefined && value !== null && value !== '') return resolveNode(value, ld.byId);
  }
  return undefined;
}
