import type { JsonLd, LdNode } from './json-ld.ts';
import { firstField, ldText } from './json-ld-article.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { registrableDomain } from './registrable-domain.ts';
import { cleanText } from './text.ts';
import { siteNameFromTitle } from './title.ts';

const MAX_SITE_NAME = 100;

function usable(value: string | null): string | null {
  const text = cleanText(value, MAX_SITE_NAME + 1);
  if (!text || text.length > MAX_SITE_NAME || text.includes('://')) return null;
  return text;
}

function webSiteName(ld: JsonLd): string | null {
  const site = ld.entries.find((entry) => entry.depth <= 1 && entry.types.includes('WebSite'));
  return site ? ldText(site.node.name, MAX_SITE_NAME) : null;
}

/** The registrable domain of a URL ("www.theverge.com" gives "theverge.com"). */
export function domainName(url: string): string | null {
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return null;
  }
}

/**
 * The publication's name: og:site_name, the JSON-LD publisher of the article, the
 * application-name meta, the JSON-LD WebSite's name, the end of <title> or og:title when it
 * spells the domain ("| Wellness Loop" on wellnessloop.com), else the registrable domain of
 * `url` (written as it is: capitalisation is never invented).
 */
export function readSiteName(
  doc: Document,
  tags: MetaTags,
  ld: JsonLd,
  nodes: readonly LdNode[],
  url: string,
): string | null {
  const candidates = [
    () => firstMeta(tags, ['og:site_name']),
    () => ldText(firstField(nodes, 'publisher', ld), MAX_SITE_NAME),
    () => firstMeta(tags, ['application-name']),
    () => webSiteName(ld),
  ];
  for (const candidate of candidates) {
    const name = usable(candidate());
    if (name) return name;
  }
  const domain = domainName(url);
  if (!domain) return null;
  for (const title of [cleanText(doc.title, 500), firstMeta(tags, ['og:title'])]) {
    const fromTitle = title ? usable(siteNameFromTitle(title, domain)) : null;
    if (fromTitle) return fromTitle;
  }
  return domain;
}
