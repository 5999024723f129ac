import { cleanText, squash } from './text.ts';

export const MAX_AUTHORS = 10;
const MAX_BYLINE = 500;

/**
 * "By", "Written by", "Reporting by", and the German, Spanish, French, Dutch and Italian words,
 * which are also name particles ("Di Maio"), so those only when two more words follow.
 */
const BY_PREFIX =
  /^(?:(?:[Ww]ritten|[Ww]ords|[Rr]eporting|[Rr]eported|[Tt]ext|[Ss]tory|[Pp]osted|[Cc]ompiled)\s+)?(?:[Bb][Yy]\b|(?:[Vv]on|[Pp]or|[Pp]ar|[Dd]oor|[Dd]i)\s(?=\S+\s+\S))[:\s]*/;
/** Where the names end: "Updated", "Published", a time or a date. */
const TRAILING_NOISE =
  /\s*(?:\b(?:updated|published|posted|last updated|modified|on)\b|\d{1,2}:\d{2}|\b\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
/** Separators between names; the one-letter conjunctions only in lower case ("John Y. Smith"). */
const SPLIT = /\s*(?:[,;&]|\s(?:and|And|AND|und|et|y|e|en|with)\s)\s*/;
const NOT_A_NAME =
  /^(?:staff|editorial|editors?|the editors|editorial (?:board|staff|team)|admin(?:istrator)?|and|und|et|with|by|newsroom|news ?desk|desk|team|guest|guest author|unknown|anonymous|author|authors|contributors?)$/i;
const ROLE_WORDS =
  /\b(?:staff|reporter|correspondent|editor|writer|columnist|contributor|contributing|bureau|senior|chief|min read|read more|follow|subscribe|photograph(?:er|y)?|illustration|updated|published)\b/i;

/** One candidate fragment, or null when it does not look like a person's or an agency's name. */
function asName(fragment: string, excluded: ReadonlySet<string>): string | null {
  const name = fragment
    .replace(BY_PREFIX, '')
    .replace(/^[\s"'“”‘’([:\-–—|]+|[\s"'“”‘’)\]:.\-–—|]+$/g, '')
    .trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return null;
  if (/\d|@|:\/\/|^www\.|\.(?:com|org|net)\b/i.test(name)) return null;
  if (name.split(/\s+/).length > 6 || NOT_A_NAME.test(name) || ROLE_WORDS.test(name)) return null;
  if (excluded.has(squash(name))) return null;
  return name;
}

/**
 * Names in a byline or author value: "By Jane Doe and John Roe | Updated Nov 4, 2025" gives
 * ["Jane Doe", "John Roe"]. Drops "Staff", role titles, dates, handles, URLs, and any name in
 * `excluded` (squashed site names: the publication is not an author).
 */
export function splitAuthorNames(value: string, excluded: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const segment of value.slice(0, MAX_BYLINE).split(/\s*[|•·\n]\s*/)) {
    const text = cleanText(segment, MAX_BYLINE);
    if (!text || /^(?:updated|published|posted)\b(?!\s+by\b)/i.test(text)) continue;
    const cut = text.replace(BY_PREFIX, '').replace(TRAILING_NOISE, '');
    for (const fragment of cut.split(SPLIT)) {
      const name = asName(fragment, excluded);
      if (name) names.push(name);
    }
  }
  return names;
}

/** Deduplicates names case- and punctuation-insensitively, keeping the first spelling. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of names) {
    const key = squash(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(name);
    if (result.length >= MAX_AUTHORS) break;
  }
  return result;
}
