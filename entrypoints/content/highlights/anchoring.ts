/**
 * Places stored highlights on the live page: one text map of the body, each highlight anchored
 * by its selectors (`lib/highlights/anchor.ts`), found ones turned into DOM ranges.
 */
import type { HighlightRecord } from '../../../lib/archive/highlight.ts';
import { anchorQuote } from '../../../lib/highlights/anchor.ts';
import { buildTextMap, pointsFor, toRange } from '../../../lib/highlights/text-map.ts';

export interface Placement {
  readonly record: HighlightRecord;
  /** Null: an orphan this time. */
  readonly range: Range | null;
  readonly position: { start: number; end: number } | null;
}

export function placeAll(
  records: readonly HighlightRecord[],
  doc: Document = document,
): Placement[] {
  const map = buildTextMap(doc.body);
  return records.map((record) => {
    const found = anchorQuote(map.text, record.quote, record.position);
    const points = found ? pointsFor(map, found.start, found.end) : null;
    if (!found || !points) return { record, range: null, position: null };
    return {
      record,
      range: toRange(points, doc),
      position: { start: found.start, end: found.end },
    };
  });
}
