import { type Candidate, cleanCandidate, rejectReason, type Span } from './discover-filters.ts';
import { INTRO_PATTERNS, type IntroPattern } from './discover-patterns.ts';
import { INTL_PATTERNS } from './discover-patterns-intl.ts';
import type { Add } from './discover-scans.ts';
import { nameEndingAt } from './name-runs.ts';
import { type PeopleCheck, personShaped } from './people.ts';
import { isSentenceStart, type TextDoc } from './text-doc.ts';

/** Every introduction pattern: English, then German, French and Spanish. */
export const ALL_PATTERNS: readonly IntroPattern[] = [...INTRO_PATTERNS, ...INTL_PATTERNS];

const FUNDING_BEFORE =
  /round|rais|funding|financing|investment|series|seed|valuation|finanzierung|levée|ronda|financiación/i;

function fill(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\d)/g, (_, g: string) => {
    const words = (m[Number(g)] ?? '').trim().split(/\s+/);
    return words.length > 9 ? `${words.slice(0, 9).join(' ')}…` : words.join(' ');
  });
}

/** Splits "Sequoia, Index Ventures and Lux Capital" into names with their offsets. */
function splitList(text: string, at: number, list: boolean): Array<[string, number]> {
  if (!list) return [[text, at]];
  const out: Array<[string, number]> = [];
  const sep = /, and |, | and /g;
  let from = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    out.push([text.slice(from, m.index), at + from]);
    from = m.index + m[0].length;
  }
  out.push([text.slice(from), at + from]);
  return out;
}

/** An ordinary word at the start of a sentence, or in an all-capitalised title, proves little. */
function weakSite(doc: TextDoc, c: Candidate): boolean {
  if (c.start < doc.titleEnd && doc.titleCase) return true;
  if (c.name.includes(' ')) return false;
  return isSentenceStart(doc.text, c.start) || doc.text.includes(` ${c.name.toLowerCase()} `);
}

/** Tries one introduction pattern at each of its trigger words and records what it finds. */
export function runPattern(
  doc: TextDoc,
  pattern: IntroPattern,
  triggers: ReadonlyMap<string, readonly number[]>,
  people: PeopleCheck,
  spans: readonly Span[],
  add: Add,
): void {
  const { re, joint, nameGroup } = pattern;
  const text = doc.text;
  const take = (m: RegExpExecArray) => {
    let found: [string, number] | undefined;
    if (joint) {
      const between = joint.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0];
      if (between === undefined) return;
      found = nameEndingAt(doc, m.index - between.length, pattern.singleWord);
    } else {
      const name = m[nameGroup];
      const skip = nameGroup > 1 ? (m[1]?.length ?? 0) : 0;
      if (name) found = [name, m.index + m[0].indexOf(name, skip)];
    }
    if (!found) return;
    if (
      pattern.fundingContext &&
      !FUNDING_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index))
    ) {
      return;
    }
    for (const [raw, start] of splitList(found[0], found[1], pattern.list === true)) {
      const c = cleanCandidate(raw, start);
      if (!c || rejectReason(c, people, spans)) continue;
      if (pattern.subjectFirst && !isSentenceStart(text, c.start)) continue;
      if (pattern.peopleLikely && personShaped(c.name)) continue;
      const weak = !pattern.strong && weakSite(doc, c);
      const confidence = pattern.confidence * (weak ? 0.7 : 1);
      add(c, pattern.id, confidence, fill(pattern.evidence, m), pattern.strong === true);
    }
  };
  for (const word of pattern.triggers) {
    for (const at of triggers.get(word) ?? []) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) take(m);
    }
  }
}
