import type { Span } from './discover-filters.ts';
import { isSuffix } from './discover-shape.ts';
import { type TextDoc, wordOccurrences } from './text-doc.ts';

/** One pattern's evidence for a name: how sure, why, where, and whether it introduces a company. */
export interface Evidence {
  readonly confidence: number;
  readonly evidence: string;
  /** Offset of the name where the pattern saw it. */
  readonly site: number;
  readonly strong: boolean;
}

/** Evidence gathered for one candidate name. */
export interface Found {
  name: string;
  readonly byPattern: Map<string, Evidence>;
  readonly sites: number[];
}

/** "Odyssey" and "Odyssey Labs" are one organisation, named by its longer form. */
export function mergeSuffixed(found: Map<string, Found>): void {
  for (const [key, f] of found) {
    const base = key.slice(0, key.lastIndexOf(' '));
    const short = key.includes(' ') && isSuffix(key.slice(base.length + 1));
    const target = short ? found.get(base) : undefined;
    if (!target) continue;
    for (const [id, p] of target.byPattern) {
      const own = f.byPattern.get(id);
      if (!own || own.confidence < p.confidence) f.byPattern.set(id, p);
    }
    f.sites.push(...target.sites);
    found.delete(base);
  }
}

/** Where the name (or, for "Odyssey Labs", the bare "Odyssey") is written, outside registry names. */
export function mentionPositions(doc: TextDoc, f: Found, spans: readonly Span[]): number[] {
  const forms = [f.name];
  const words = f.name.split(' ');
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length > 1 && isSuffix(last)) forms.push(words.slice(0, -1).join(' '));
  const positions = new Set<number>();
  for (const form of forms) {
    for (const start of wordOccurrences(doc.text, form)) {
      const end = start + form.length;
      if (spans.some((s) => s.start < end && start < s.end)) continue;
      if (
        words.length === 1 &&
        /\b(?:the|an?) $/i.test(doc.text.slice(Math.max(0, start - 4), start))
      ) {
        if (!f.sites.includes(start)) continue;
      }
      positions.add(start);
    }
  }
  for (const s of f.sites) positions.add(s);
  return [...positions].sort((a, b) => a - b);
}
