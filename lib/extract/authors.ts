import { splitAuthorNames, uniqueNames } from './author-names.ts';
import { articleElements } from './dom-scope.ts';
import { isNode, type JsonLd, type LdNode, resolveNode } from './json-ld.ts';
import { allMeta, type MetaTags } from './meta-tags.ts';
import { cleanText, elementText, fieldText, squash } from './text.ts';

const MAX_DOM_MATCHES = 12;
const STRUCTURED_SELECTOR = 'a[rel~="author"], [itemprop~="author"]';
const BYLINE_SELECTOR =
  '.byline, .author-name, [class*="byline"], [class*="author-name"], [class*="AuthorName"], [data-testid*="byline"]';
/** Last resort: any class mentioning an author ("post-author", "author-card"). */
const AUTHOR_CLASS_SELECTOR = '[class*="author"], [class*="Author"]';

function ldAuthorNames(value: unknown, ld: JsonLd, excluded: ReadonlySet<string>): string[] {
  const items = (Array.isArray(value) ? value : [value]).slice(0, 30);
  return items.flatMap((item) => {
    const node = resolveNode(item, ld.byId);
    if (typeof node === 'string') return splitAuthorNames(node, excluded);
    if (!isNode(node)) return [];
    const name = Array.isArray(node.name) ? node.name[0] : node.name;
    const full =
      cleanText(name, 200) ?? cleanText(`${node.givenName ?? ''} ${node.familyName ?? ''}`, 200);
    return full ? splitAuthorNames(full, excluded) : [];
  });
}

/** An element's own author name: a nested itemprop=name wins over the whole text. */
function domName(element: Element, excluded: ReadonlySet<string>): string[] {
  const named = element.querySelector('[itemprop~="name"]');
  const value = named
    ? (named.getAttribute('content') ?? elementText(named, 300))
    : (element.getAttribute('content') ?? fieldText(element, 300));
  return value ? splitAuthorNames(value, excluded) : [];
}

/** Matches of `selector` in the article, limited to siblings of the first match (a byline of
 * several linked names), so that a later box cannot add its names. */
function firstGroup(doc: Document, selector: string): Element[] {
  const matches = articleElements(doc, selector).slice(0, MAX_DOM_MATCHES);
  const first = matches[0];
  if (!first) return [];
  const parent = first.parentElement;
  // Nested matches (a .byline inside a .byline-wrapper) would repeat the same names.
  return matches.filter(
    (el) => el === first || (el.parentElement === parent && !first.contains(el)),
  );
}

function domAuthors(doc: Document, excluded: ReadonlySet<string>): string[] {
  for (const selector of [STRUCTURED_SELECTOR, BYLINE_SELECTOR, AUTHOR_CLASS_SELECTOR]) {
    const names = firstGroup(doc, selector).flatMap((el) => domName(el, excluded));
    if (names.length > 0) return names;
  }
  return [];
}

const isUrl = (value: string): boolean => /^(?:https?:)?\/\//i.test(value);

/**
 * The article's authors, from the first source that names any: JSON-LD author (strings,
 * Person or Organization nodes, arrays, @id references), then author metas (meta name=author,
 * article:author unless it is a profile URL, Parsely, Sailthru, Dublin Core), then the page's
 * byline (rel=author, itemprop=author, .byline and similar). Site names are not authors.
 */
export function readAuthors(
  doc: Document,
  tags: MetaTags,
  ld: JsonLd,
  nodes: readonly LdNode[],
  siteNames: readonly string[],
): string[] {
  const excluded = new Set(siteNames.map(squash));
  const article = nodes[0];
  const fromLd = article ? ldAuthorNames(article.author ?? article.creator, ld, excluded) : [];
  if (fromLd.length > 0) return uniqueNames(fromLd);
  const metas = allMeta(tags, [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'byl',
  ]);
  const fromMeta = metas
    .filter((value) => !isUrl(value))
    .flatMap((value) => splitAuthorNames(value, excluded));
  if (fromMeta.length > 0) return uniqueNames(fromMeta);
  return uniqueNames(domAuthors(doc, excluded));
}
