import { articleHeading } from './dom-scope.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanText, elementText, squash } from './text.ts';

const MAX_TITLE = 500;
/** " | Site", " - Site", " — Site", " · Site", " :: Site", " » Site" (spaces required). */
const SEPARATOR = /(\s+(?:[|–—\-·•»«/]|::?)\s+)/;

/**
 * Whether a title part names the site: it equals a site name ("The Verge" for "The Verge" or
 * "theverge.com"), or it is a short part that starts with the domain's name ("Example News" on
 * example.com), which catches sites whose og:site_name is missing.
 */
function namesSite(part: string, names: readonly string[]): boolean {
  const key = squash(part);
  if (key.length < 2) return false;
  return names.some((name) => {
    if (squash(name) === key) return true;
    if (!/^[^\s.]+\.[^\s]+$/.test(name)) return false;
    const label = squash(name.split('.')[0] ?? '');
    if (label === key) return true;
    return label.length >= 4 && key.startsWith(label) && part.trim().split(/\s+/).length <= 4;
  });
}

/**
 * Removes parts of a title that name the site (or the section), at either end:
 * "Nvidia beats estimates | Markets | Reuters" with names ["Reuters", "Markets"] gives
 * "Nvidia beats estimates". A title that is nothing but the site's name gives null.
 */
export function stripSiteAffixes(title: string, names: readonly string[]): string | null {
  // Parts at even indexes, the separators between them at odd ones.
  let pieces = title.split(SEPARATOR);
  while (pieces.length > 1) {
    if (namesSite(pieces[pieces.length - 1] ?? '', names)) pieces = pieces.slice(0, -2);
    else if (namesSite(pieces[0] ?? '', names)) pieces = pieces.slice(2);
    else break;
  }
  if (pieces.length === 1 && namesSite(pieces[0] ?? '', names)) return null;
  return cleanText(pieces.join(''), MAX_TITLE);
}

/**
 * The part of a title that names the site on `domain`, as the site writes it: "Wellness Loop"
 * from "Should you weigh daily? | Wellness Loop" on wellnessloop.com. Null when no end part
 * matches the domain, so nothing is ever made up.
 */
export function siteNameFromTitle(title: string, domain: string): string | null {
  const pieces = title.split(SEPARATOR);
  if (pieces.length < 3) return null;
  for (const part of [pieces[pieces.length - 1] ?? '', pieces[0] ?? '']) {
    if (namesSite(part, [domain])) return cleanText(part, 100);
  }
  return null;
}

const truncated = (title: string): boolean => /(?:…|\.\.\.)$/.test(title);

/**
 * The best headline, each candidate without affixes naming the site. When the article's <h1>
 * and the <title> agree, that is the headline the reader sees and it wins (og:title and JSON-LD
 * often carry a shorter social or SEO headline). Otherwise: JSON-LD headline, og:title,
 * twitter:title, <h1>, <title>. A candidate cut short with an ellipsis only wins when nothing
 * else is available. On a home page (`isHome`) a title that is only the site's name is kept.
 */
export function readTitle(
  doc: Document,
  tags: MetaTags,
  ldHeadline: string | null,
  siteNames: readonly string[],
  isHome = false,
): string | null {
  const clean = (value: string | null): string | null => {
    const raw = cleanText(value, MAX_TITLE);
    const stripped = raw ? stripSiteAffixes(raw, siteNames) : null;
    const title = stripped === null && isHome ? raw : stripped;
    return title && title.length >= 3 ? title : null;
  };
  const heading = clean(elementText(articleHeading(doc), MAX_TITLE));
  const titleTag = clean(
    elementText(doc.querySelector('head > title') ?? doc.querySelector('title'), MAX_TITLE),
  );
  if (heading && titleTag && squash(heading) === squash(titleTag) && !truncated(heading)) {
    return heading;
  }
  const candidates = [
    clean(ldHeadline),
    clean(firstMeta(tags, ['og:title'])),
    clean(firstMeta(tags, ['twitter:title'])),
    heading,
    titleTag,
  ];
  return candidates.find((title) => title && !truncated(title)) ?? candidates.find(Boolean) ?? null;
}
