import { cleanText } from './text.ts';

/** Pages rarely have more than a few hundred; a hostile page may have thousands. */
const MAX_META_TAGS = 2_000;
const MAX_VALUES_PER_KEY = 50;
const MAX_VALUE_LENGTH = 2_000;

/**
 * The `<meta>` values of a document, keyed by lower-case `name`, `property`, `itemprop` or
 * `http-equiv`, each key with its values in document order.
 */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Reads the document's meta tags once (the first {@link MAX_META_TAGS} of them). */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  const elements = doc.getElementsByTagName('meta');
  const count = Math.min(elements.length, MAX_META_TAGS);
  for (let i = 0; i < count; i++) {
    const element = elements[i];
    if (!element) continue;
    const value = cleanText(element.getAttribute('content'), MAX_VALUE_LENGTH);
    if (!value) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const keys = element.getAttribute(attribute)?.toLowerCase().trim().split(/\s+/) ?? [];
      for (const key of keys.slice(0, 4)) {
        if (!key) continue;
        const values = tags.get(key) ?? [];
        if (values.length < MAX_VALUES_PER_KEY) values.push(value);
        tags.set(key, values);
      }
    }
  }
  return tags;
}

/** The first value among the given keys, in the order of the keys. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** Every value of the given keys, key by key. */
export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}
