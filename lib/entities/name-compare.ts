import type { IndexedName } from './name-index.ts';
import { APOSTROPHES, HYPHENS, isAllCaps, type TextDoc } from './text-doc.ts';

/** How the text wrote a name compared with the registry. */
export type Casing = 'exact' | 'upper' | 'folded';

/** Compares `name` with the text at `pos`, ignoring case, spacing and hyphen/apostrophe variants. */
export function matchAt(text: string, pos: number, name: string): number {
  let j = pos;
  for (let i = 0; i < name.length; i += 1) {
    const nc = name.charAt(i);
    const tc = text.charAt(j);
    if (nc === ' ') {
      if (!/\s/.test(tc)) return -1;
      while (/\s/.test(text.charAt(j))) j += 1;
      continue;
    }
    if (HYPHENS.includes(nc)) {
      if (!tc || !HYPHENS.includes(tc)) return -1;
    } else if (APOSTROPHES.includes(nc)) {
      if (!tc || !APOSTROPHES.includes(tc)) return -1;
    } else if (nc !== tc && nc.toLowerCase() !== tc.toLowerCase()) {
      return -1;
    }
    j += 1;
  }
  return j;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/[‐‑]/g, '-').replace(/’/g, "'");

export function casingOf(surface: string, name: string): Casing {
  const s = normalise(surface);
  if (s === name) return 'exact';
  return s === name.toUpperCase() ? 'upper' : 'folded';
}

/** An all-caps word right before or after the span: the name sits in an all-caps headline. */
function inCapsRun(doc: TextDoc, first: number, after: number): boolean {
  const near = [doc.tokens[first - 1], doc.tokens[after]];
  return near.some(
    (t) => t !== undefined && t.text.length > 1 && /\p{L}/u.test(t.text) && isAllCaps(t.text),
  );
}

/**
 * The case policy: names match as the registry writes them; all-caps forms only for unambiguous
 * names, long ones ("NVIDIA") anywhere and short ones inside an all-caps headline ("XAI
 * RAISES..."); lowercase forms only for distinctive unambiguous names ("openai", "chatgpt"),
 * never "apple" or "meta".
 */
export function casingAllowed(
  casing: Casing,
  name: IndexedName,
  doc: TextDoc,
  first: number,
  after: number,
) {
  if (casing === 'exact') return true;
  if (casing === 'folded') return name.distinctive && !name.ambiguous;
  // An ambiguous name in capitals says nothing: "AT SCALE" is not Scale AI, "APPLE" may be fruit.
  if (name.ambiguous) return false;
  return name.letters >= 5 || inCapsRun(doc, first, after);
}
