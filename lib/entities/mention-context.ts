import type { AmbiguityRule } from './ambiguity-rules.ts';
import { CJK_CORPORATE_WORDS, CORPORATE_WORDS } from './context-words.ts';
import type { NameMatch } from './matcher.ts';
import { hasCjk } from './script.ts';
import { isSentenceStart, type TextDoc, type Token } from './text-doc.ts';

/** Tokens each side of a mention read as its context (about a dozen words). */
export const WINDOW = 12;

/** Where registry matches start and end, to tell whether a neighbour is itself a name. */
export interface MatchLookup {
  readonly startsAtToken: ReadonlyMap<number, NameMatch>;
  readonly endsAt: ReadonlySet<number>;
  readonly all: readonly NameMatch[];
}

export function matchLookup(matches: readonly NameMatch[]): MatchLookup {
  return {
    startsAtToken: new Map(matches.map((m) => [m.token, m])),
    endsAt: new Set(matches.map((m) => m.end)),
    all: matches,
  };
}

/** What surrounds one mention of an ambiguous name. */
export interface MentionContext {
  /** The word before, when only spaces separate them on the same line. */
  readonly prevAdjacent?: Token;
  readonly prevIsName: boolean;
  /** The next word (after a possessive 's and an optional comma), within the sentence. */
  readonly next?: Token;
  /** The next word when only spaces separate them and the name is not possessive. */
  readonly nextAdjacent?: Token;
  readonly nextIsName: boolean;
  readonly sentenceStart: boolean;
  readonly inTitleCase: boolean;
  /** Distinct corporate words in the window. */
  readonly support: readonly string[];
  /** Distinct words of the rule's `against` list in the window. */
  readonly against: readonly string[];
  /** Followed by ", a/the ... startup/company": introduced as a company. */
  readonly appositive: boolean;
  /** Another organisation is named unambiguously in the window. */
  readonly nearOtherOrg: boolean;
  /** Part of a longer word in a script without spaces ("三星堆", "提高通信"): see the rule. */
  readonly glued: boolean;
}

/** Characters each side read as the context in Chinese, Japanese or Korean (about a dozen words). */
const CJK_WINDOW = 30;

/** The text each side of a mention, within its title or its body, without the mention itself. */
function charWindow(doc: TextDoc, m: NameMatch): string {
  const inTitle = m.start < doc.titleEnd;
  const lo = Math.max(inTitle ? 0 : doc.titleEnd, m.start - CJK_WINDOW);
  const hi = Math.min(inTitle ? doc.titleEnd : doc.text.length, m.end + CJK_WINDOW);
  return `${doc.text.slice(lo, m.start)}\n${doc.text.slice(m.end, hi)}`;
}

/**
 * Support and against words written in Chinese, Japanese or Korean: no spaces separate them
 * from their neighbours, so they are found as substrings of the characters around the mention.
 */
function addCjkWords(
  doc: TextDoc,
  m: NameMatch,
  rule: AmbiguityRule,
  support: Set<string>,
  against: Set<string>,
): void {
  const near = charWindow(doc, m);
  if (!hasCjk(near)) return;
  for (const w of CJK_CORPORATE_WORDS) if (near.includes(w)) support.add(w);
  for (const w of rule.againstPhrases) if (near.includes(w)) against.add(w);
}

const APPOSITIVE =
  /^,\s+(?:a|an|the)\s+(?:[^\s,.;]+\s+){0,5}?(?:startup|company|firm|maker|developer|provider|lab|giant|group|chipmaker|retailer|rival|unicorn|assistant|app|model|chatbot|browser|editor|platform|chip|service)\b/;

const onlySpaces = (s: string) => /^[ \t\u00a0]+$/.test(s);

export function readContext(
  doc: TextDoc,
  m: NameMatch,
  lookup: MatchLookup,
  rule: AmbiguityRule,
): MentionContext {
  const { tokens, text } = doc;
  const prev = tokens[m.token - 1];
  const prevAdjacent = prev && onlySpaces(text.slice(prev.end, m.start)) ? prev : undefined;
  let k = m.endToken;
  if (m.possessive && tokens[k]?.lower === 's') k += 1;
  const nextTok = tokens[k];
  const gap = nextTok ? text.slice(m.end, nextTok.start) : '';
  const next = nextTok && /^['’]?s?,?\s*$/.test(gap) ? nextTok : undefined;
  const nextAdjacent = nextTok && !m.possessive && onlySpaces(gap) ? nextTok : undefined;
  const inTitle = m.start < doc.titleEnd;
  const lo = Math.max(inTitle ? 0 : firstBodyToken(doc), m.token - WINDOW);
  const hi = Math.min(tokens.length, m.endToken + WINDOW);
  const support = new Set<string>();
  const against = new Set<string>();
  for (let i = lo; i < hi; i += 1) {
    if (i >= m.token && i < m.endToken) continue;
    const t = tokens[i] as Token;
    if (inTitle && t.start >= doc.titleEnd) break;
    if (CORPORATE_WORDS.has(t.lower)) support.add(t.text);
    if (rule.against.has(t.lower)) against.add(t.text);
  }
  addCjkWords(doc, m, rule, support, against);
  let nearOtherOrg = false;
  for (let i = lo; i < hi && !nearOtherOrg; i += 1) {
    const other = lookup.startsAtToken.get(i);
    nearOtherOrg = !!other && !other.name.ambiguous && other.name.orgId !== m.name.orgId;
  }
  return {
    prevAdjacent,
    prevIsName: !!prev && lookup.endsAt.has(prev.end),
    next,
    nextAdjacent,
    nextIsName: lookup.startsAtToken.has(m.endToken),
    sentenceStart: isSentenceStart(text, m.start),
    appositive: APPOSITIVE.test(text.slice(m.end, m.end + 80)),
    inTitleCase: doc.titleCase && inTitle,
    support: [...support],
    against: [...against],
    nearOtherOrg,
    glued:
      rule.gluedAfter.some((w) => text.startsWith(w, m.end)) ||
      rule.gluedBefore.some((w) => text.endsWith(w, m.start)),
  };
}

let bodyCache: WeakMap<TextDoc, number> | undefined;

function firstBodyToken(doc: TextDoc): number {
  bodyCache ??= new WeakMap();
  let i = bodyCache.get(doc);
  if (i === undefined) {
    i = doc.tokens.findIndex((t) => t.start >= doc.titleEnd);
    if (i < 0) i = doc.tokens.length;
    bodyCache.set(doc, i);
  }
  return i;
}
