import type { Add } from './discover-scans.ts';
import type { TextDoc } from './text-doc.ts';

/**
 * Verbs of a company acting in the text: speaking, launching, raising, buying, suing, hiring.
 * English, then German, French and Spanish.
 */
const ACT_VERBS = `said says told declined confirmed announced announces agreed agrees signed signs
  reported reports plans expects launched launches released releases unveiled unveils introduced
  introduces debuted debuts raised raises secured secures acquired acquires bought buys sued sues
  hired hires partnered filed files built builds develops developed sells sold offers shipped ships
  opened opens closed closes employs licensed licenses invested invests open-sourced
  sagte sagt teilte kündigte kündigt stellte stellt präsentierte übernimmt übernahm sammelte sammelt
  annonce annoncé lance lancé dévoile dévoilé rachète racheté lève levé déclaré
  anunció anuncia lanzó lanza presentó presenta adquirió adquiere compró compra recaudó recauda dijo`
  .split(/\s+/)
  .filter(Boolean);

/** Words that may stand between a name and its verb ("Odyssey has also raised", "Odyssey a levé"). */
const BETWEEN =
  'has have had also recently just now then will would quickly later previously first eventually hat a ha'.split(
    ' ',
  );

/** Right after a name: the name acting. */
const ACTS = new RegExp(
  `^(?:,? (?:${BETWEEN.join('|')})){0,2} (?:${ACT_VERBS.join('|')}|rolled out|rolls out)(?![\\p{L}\\p{N}-])`,
  'u',
);

/** True when the text right after a name (`after`) shows it acting. */
export const actsAfter = (after: string): boolean => ACTS.test(after);

/**
 * For names already found: written in running prose right before a company's verb ("Tideline
 * Robotics released…", "Odyssey a levé…"). Evidence of acting, recorded at the first such place.
 * `counts(pos)` says whether a place may count (prose, and not already read by a pattern).
 */
export function scanActs(
  doc: TextDoc,
  names: Iterable<{
    readonly name: string;
    readonly positions: readonly number[];
    readonly recurring: boolean;
  }>,
  counts: (pos: number) => boolean,
  add: Add,
): void {
  const { text } = doc;
  for (const { name, positions, recurring } of names) {
    // The recurring scan has already weighed how a lone word acts.
    if (recurring) continue;
    // "Odyssey Labs" may also be written "Odyssey": read on after the form written there.
    const end = (at: number) =>
      at + (text.startsWith(name, at) ? name.length : name.lastIndexOf(' '));
    const acting = positions.filter(
      (at) => counts(at) && actsAfter(text.slice(end(at), end(at) + 40)),
    );
    const first = acting[0];
    if (first === undefined) continue;
    const confidence = acting.length >= 2 ? 0.45 : 0.35;
    add({ name, start: first, end: first + name.length }, 'acts', confidence, 'acts in the text');
  }
}
