import { toIsoDate } from './dates.ts';
import { articleElements } from './dom-scope.ts';
import type { JsonLd, LdNode } from './json-ld.ts';
import { firstField, ldText } from './json-ld-article.ts';
import { allMeta, type MetaTags } from './meta-tags.ts';

const PUBLISHED_METAS = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'date',
  'pubdate',
  'publish-date',
  'publish_date',
  'publishdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'article.published',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_METAS = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'article.updated',
];

/**
 * Elements that hold a date written for readers ("2024年3月5日 14:30", "입력 2024.03.05. 오후
 * 8:06"), on pages that mark it up neither with <time> nor with metadata.
 */
const DATE_LINES =
  '[class*="date"], [class*="time"], [class*="publish"], [id*="date"], [id*="time"], [id*="publish"]';

function firstDate(values: readonly unknown[], now: number): string | null {
  for (const value of values.slice(0, 40)) {
    const iso = toIsoDate(value, now);
    if (iso) return iso;
  }
  return null;
}

function elementDate(element: Element, now: number): string | null {
  const value =
    element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent;
  return toIsoDate(value?.slice(0, 200), now);
}

/**
 * The first date among the article's elements matching `selector` (see {@link articleElements}:
 * a listing page's teaser dates are never taken), read from content, datetime or text.
 */
function articleDate(doc: Document, selector: string, now: number): string | null {
  for (const element of articleElements(doc, selector)) {
    const iso = elementDate(element, now);
    if (iso) return iso;
  }
  return null;
}

export interface PageDates {
  readonly publishedAt: string | null;
  readonly modifiedAt: string | null;
}

/**
 * Publication and modification dates as ISO 8601 UTC: JSON-LD of the article node (WebPage as a
 * last resort), then the usual metas, then itemprop=datePublished, then the first <time> of the
 * article (inside its <article>, or after the headline on pages built of divs), then the first
 * date written in an element of the article whose class or id says date or time. Implausible
 * values are skipped in favour of the next source (see {@link toIsoDate}).
 */
export function readPageDates(
  doc: Document,
  tags: MetaTags,
  ld: JsonLd,
  nodes: readonly LdNode[],
  now: number,
): PageDates {
  const ldDate = (field: string): string | null => ldText(firstField(nodes, field, ld), 100);
  const publishedAt =
    firstDate([ldDate('datePublished'), ldDate('dateCreated')], now) ??
    firstDate(allMeta(tags, PUBLISHED_METAS), now) ??
    articleDate(doc, '[itemprop~="datePublished"]:not(meta)', now) ??
    articleDate(doc, 'time', now) ??
    articleDate(doc, DATE_LINES, now);
  const modifiedAt =
    firstDate([ldDate('dateModified'), ...allMeta(tags, MODIFIED_METAS)], now) ??
    articleDate(doc, '[itemprop~="dateModified"]:not(meta)', now);
  return { publishedAt, modifiedAt };
}
