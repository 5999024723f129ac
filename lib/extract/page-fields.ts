import type { JsonLd, LdNode } from './json-ld.ts';
import { firstField, ldText } from './json-ld-article.ts';
import { allMeta, firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanText, squash } from './text.ts';

const MAX_KEYWORDS = 30;
const MAX_KEYWORD = 80;

/** "en-US" → "en", "pt_BR" → "pt"; null for "und", "x-default" and anything not a language. */
export function primaryLanguage(value: string | null | undefined): string | null {
  const subtag =
    value
      ?.trim()
      .split(/[-_\s,;]/)[0]
      ?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(subtag) || ['und', 'mul', 'zxx', 'mis'].includes(subtag)) return null;
  return subtag;
}

/** Language: <html lang>, og:locale, JSON-LD inLanguage, then the content-language meta. */
export function readLang(
  doc: Document,
  tags: MetaTags,
  ld: JsonLd,
  nodes: readonly LdNode[],
): string | null {
  const candidates = [
    () => doc.documentElement?.getAttribute('lang'),
    () => doc.documentElement?.getAttribute('xml:lang'),
    () => firstMeta(tags, ['og:locale']),
    () => ldText(firstField(nodes, 'inLanguage', ld), 40),
    () => firstMeta(tags, ['content-language', 'language', 'dc.language']),
  ];
  for (const candidate of candidates) {
    const lang = primaryLanguage(candidate()?.slice(0, 40));
    if (lang) return lang;
  }
  return null;
}

function ldKeywordList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, MAX_KEYWORDS * 2)
    .map((item) => ldText(item, MAX_KEYWORD) ?? '')
    .flatMap((item) => item.split(','));
}

/** news_keywords, keywords, article:tag, parsely-tags and JSON-LD keywords, deduplicated. */
export function readKeywords(tags: MetaTags, ld: JsonLd, nodes: readonly LdNode[]): string[] {
  const raw = [
    ...allMeta(tags, ['news_keywords', 'keywords', 'article:tag', 'parsely-tags']).flatMap(
      (value) => value.split(','),
    ),
    ...ldKeywordList(firstField(nodes, 'keywords', ld)),
  ];
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const item of raw) {
    const keyword = cleanText(item, MAX_KEYWORD + 1);
    const key = keyword ? squash(keyword) : '';
    if (!keyword || keyword.length > MAX_KEYWORD || !key || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
    if (keywords.length >= MAX_KEYWORDS) break;
  }
  return keywords;
}

/** article:section, else JSON-LD articleSection (the first, when it is a list). */
export function readSection(tags: MetaTags, ld: JsonLd, nodes: readonly LdNode[]): string | null {
  return (
    cleanText(firstMeta(tags, ['article:section', 'parsely-section']), 100) ??
    ldText(firstField(nodes, 'articleSection', ld), 100)
  );
}

/** meta description, og:description, twitter:description, then JSON-LD description. */
export function readDescription(
  tags: MetaTags,
  ld: JsonLd,
  nodes: readonly LdNode[],
): string | null {
  const meta = firstMeta(tags, ['description', 'og:description', 'twitter:description']);
  return cleanText(meta, 1_000) ?? ldText(firstField(nodes, 'description', ld), 1_000);
}
