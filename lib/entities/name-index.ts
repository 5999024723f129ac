import type { OrgEntry } from './org-entry.ts';
import { type NameForm, registryNames } from './registry.ts';
import { REGISTRY } from './registry-data.ts';
import { HANGUL, hasCjk, scriptAt } from './script.ts';
import { type Token, tokenize } from './text-doc.ts';

/** A registry string prepared for scanning. */
export interface IndexedName {
  readonly text: string;
  readonly orgId: string;
  readonly form: NameForm;
  readonly ambiguous: boolean;
  /** Has a capital after its first letter or a digit ("OpenAI", "GPT-5"): never an ordinary word, so "openai" may match. */
  readonly distinctive: boolean;
  /** Letters in the name; short all-caps forms of mixed-case names ("XAI") need a headline around them. */
  readonly letters: number;
  /** Plural allowed ("H100s", "TPUs", "iPhones"). */
  readonly plural: boolean;
}

export interface NameIndex {
  /** Candidates keyed by their first token (see {@link tokenKey}; and plurals of one-word names), longest first. */
  readonly byKey: ReadonlyMap<string, readonly IndexedName[]>;
  /** Uppercase ticker → org id. */
  readonly tickers: ReadonlyMap<string, string>;
}

/** Korean names are keyed by their first two syllables: the text's token may go on with particles. */
const HANGUL_KEY = 2;

/**
 * The index key of a token: its lowercase text, or for Hangul its first syllables ("엔비디아는"
 * is looked up as "엔비", where "엔비디아" is filed).
 */
export function tokenKey(token: Token): string {
  return scriptAt(token.text, 0) === HANGUL ? token.lower.slice(0, HANGUL_KEY) : token.lower;
}

function firstKey(text: string): string | undefined {
  const first = tokenize(text)[0];
  return first && tokenKey(first);
}

function prepare(text: string, org: OrgEntry, form: NameForm, ambiguous: boolean): IndexedName {
  const last = text.charAt(text.length - 1);
  return {
    text,
    orgId: org.id,
    form,
    ambiguous,
    distinctive: /.\p{Lu}|\p{N}/u.test(text),
    letters: (text.match(/\p{L}/gu) ?? []).length,
    plural:
      form === 'product' &&
      (!ambiguous || /[\p{Lu}\p{N}]/u.test(last)) &&
      last !== 's' &&
      !hasCjk(text),
  };
}

/** Builds the scanning index of a registry (the built-in one by default). */
export function buildNameIndex(entries: readonly OrgEntry[] = REGISTRY): NameIndex {
  const byKey = new Map<string, IndexedName[]>();
  const add = (key: string, name: IndexedName) => {
    const bucket = byKey.get(key);
    if (bucket) bucket.push(name);
    else byKey.set(key, [name]);
  };
  const put = (name: IndexedName) => {
    const key = firstKey(name.text);
    if (!key) return;
    add(key, name);
    // "H100s", "TPUs": the plural of a one-word name is also its own first token.
    if (name.plural && key === name.text.toLowerCase()) add(`${key}s`, name);
  };
  for (const n of registryNames(entries)) put(prepare(n.text, n.org, n.form, n.ambiguous));
  const tickers = new Map<string, string>();
  for (const org of entries) {
    for (const ticker of org.tickers ?? []) {
      tickers.set(ticker.toUpperCase(), org.id);
      // Exchange-suffixed codes ("2330.TW") are never ordinary words: match them anywhere.
      if (/\d/.test(ticker)) put(prepare(ticker, org, 'ticker', false));
    }
  }
  for (const bucket of byKey.values()) bucket.sort((a, b) => b.text.length - a.text.length);
  return { byKey, tickers };
}

let cached: NameIndex | undefined;

/** The index of the built-in registry, built on first use. */
export function nameIndex(): NameIndex {
  cached ??= buildNameIndex();
  return cached;
}
