import { ambiguityRule } from './ambiguity-rules.ts';
import { isCommonCapital } from './common-words.ts';
import {
  COMPANY_ENDINGS,
  CORPORATE_CUES,
  CORPORATE_SUFFIXES,
  PERSON_TITLES,
  SPEECH_VERBS,
} from './context-words.ts';
import type { NameMatch } from './matcher.ts';
import { type MatchLookup, matchLookup, readContext } from './mention-context.ts';
import type { TextDoc } from './text-doc.ts';

/** A registry match kept after disambiguation. */
export interface ResolvedMatch {
  readonly match: NameMatch;
  /** 1 for unambiguous names; lower when context decided. */
  readonly confidence: number;
  /** For ambiguous names: what decided ("Anthropic named elsewhere", "context: model, AI"). */
  readonly why?: string;
}

/** Against-word occurrences anywhere in the text at which a name needs its organisation named unambiguously. */
const DOC_AGAINST_LIMIT = 3;

type Verdict = { ok: true; confidence: number; why: string } | { ok: false; hard: boolean };

function judge(
  doc: TextDoc,
  m: NameMatch,
  lookup: MatchLookup,
  sameOrg: boolean,
  named: boolean,
  docAgainst: number,
): Verdict {
  const rule = ambiguityRule(m.name.text);
  const ctx = readContext(doc, m, lookup, rule);
  const suffix = m.hyphenSuffix;
  if (suffix && !CORPORATE_SUFFIXES.has(suffix) && !/^\d/.test(suffix) && !ctx.nextIsName) {
    return { ok: false, hard: true }; // "meta-analysis", "apple-picking"
  }
  if (ctx.next && rule.notBefore.includes(ctx.next.lower)) return { ok: false, hard: true };
  if (ctx.glued) return { ok: false, hard: true }; // "三星堆", "提高通信"
  const after = ctx.nextAdjacent;
  if (after && !ctx.nextIsName && COMPANY_ENDINGS.has(after.lower) && /^\p{Lu}/u.test(after.text)) {
    return { ok: false, hard: true }; // "Cobalt Labs" is another company
  }
  const prev = ctx.prevAdjacent;
  if (prev && !ctx.prevIsName && !ctx.inTitleCase) {
    if (PERSON_TITLES.has(prev.lower)) return { ok: false, hard: true };
    // "Brazilian Amazon", "Grace Hopper", "Nikola Tesla": part of another proper name.
    if (/^\p{Lu}\p{Ll}/u.test(prev.text) && !isCommonCapital(prev.text))
      return { ok: false, hard: true };
  }
  if (rule.sense === 'person' && !ctx.inTitleCase) {
    const next = ctx.nextAdjacent;
    if (
      next &&
      !ctx.nextIsName &&
      /^\p{Lu}\p{Ll}/u.test(next.text) &&
      !isCommonCapital(next.text)
    ) {
      return { ok: false, hard: true }; // "Claude Monet"
    }
    if (ctx.next && SPEECH_VERBS.has(ctx.next.lower) && !named) return { ok: false, hard: false };
  }
  const cue =
    m.possessive ||
    ctx.appositive ||
    (suffix !== undefined && CORPORATE_SUFFIXES.has(suffix)) ||
    (ctx.next !== undefined && CORPORATE_CUES.has(ctx.next.lower) && rule.sense !== 'person');
  const support = ctx.support.length + (ctx.nearOtherOrg ? 1 : 0) + (cue ? 1 : 0);
  if (ctx.against.length > 0 && !(named && cue)) return { ok: false, hard: false };
  if (docAgainst >= DOC_AGAINST_LIMIT && !named) return { ok: false, hard: false };
  const oneWord = !m.name.text.includes(' ');
  if (rule.sense === 'word' && ((oneWord && ctx.sentenceStart) || ctx.inTitleCase)) {
    const enough =
      cue || (sameOrg && (ctx.inTitleCase || support > 0)) || (ctx.nearOtherOrg && support >= 2);
    if (!enough) return { ok: false, hard: false };
  }
  if (!sameOrg && support === 0) return { ok: false, hard: false };
  if (named) return { ok: true, confidence: 0.9, why: 'the company is named unambiguously too' };
  if (sameOrg) return { ok: true, confidence: 0.7, why: 'read the same way elsewhere in the text' };
  const words = [...ctx.support.slice(0, 3), ...(cue ? ['possessive or cue'] : [])];
  return {
    ok: true,
    confidence: Math.min(0.9, 0.5 + 0.1 * support),
    why: `context: ${words.join(', ') || 'other companies nearby'}`,
  };
}

/**
 * Keeps unambiguous matches and the ambiguous ones whose context supports the organisation:
 * the organisation named unambiguously elsewhere, or corporate/AI words nearby, and no word
 * that points to the other sense (see ./ambiguity-rules.ts). A second pass lets a name read
 * as the company once count as the company elsewhere too (one sense per article).
 */
export function disambiguate(doc: TextDoc, matches: readonly NameMatch[]): ResolvedMatch[] {
  const named = new Set(matches.filter((m) => !m.name.ambiguous).map((m) => m.name.orgId));
  const phrases = new Map<string, number>();
  // Against-words in scripts without spaces are counted as substrings of the whole text.
  const phraseCount = (phrase: string): number => {
    let n = phrases.get(phrase);
    if (n === undefined) {
      n = 0;
      for (
        let i = doc.text.indexOf(phrase);
        i >= 0;
        i = doc.text.indexOf(phrase, i + phrase.length)
      )
        n += 1;
      phrases.set(phrase, n);
    }
    return n;
  };
  let freq: Map<string, number> | undefined;
  const againstCount = (name: string): number => {
    const rule = ambiguityRule(name);
    let n = 0;
    for (const w of rule.againstPhrases) n += phraseCount(w);
    const against = rule.against;
    if (against.size === 0) return n;
    if (!freq) {
      // One pass over the text counts the against-words of every ambiguous name found.
      const wanted = new Set<string>();
      for (const m of matches) {
        if (m.name.ambiguous) for (const w of ambiguityRule(m.name.text).against) wanted.add(w);
      }
      const counts = new Map<string, number>();
      for (const t of doc.tokens) {
        if (wanted.has(t.lower)) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
      }
      freq = counts;
    }
    for (const w of against) n += freq.get(w) ?? 0;
    return n;
  };
  const lookup = matchLookup(matches);
  const verdicts = new Map<NameMatch, Verdict>();
  const accepted = new Set(named);
  for (const m of matches) {
    if (!m.name.ambiguous) continue;
    const org = m.name.orgId;
    const v = judge(doc, m, lookup, named.has(org), named.has(org), againstCount(m.name.text));
    verdicts.set(m, v);
    if (v.ok) accepted.add(org);
  }
  for (const [m, v] of verdicts) {
    const org = m.name.orgId;
    if (v.ok || v.hard || !accepted.has(org) || named.has(org)) continue;
    verdicts.set(m, judge(doc, m, lookup, true, false, againstCount(m.name.text)));
  }
  const out: ResolvedMatch[] = [];
  for (const m of matches) {
    if (!m.name.ambiguous) {
      out.push({ match: m, confidence: 1 });
      continue;
    }
    const v = verdicts.get(m);
    if (v?.ok) out.push({ match: m, confidence: v.confidence, why: v.why });
  }
  return out;
}
