/**
 * Adapter for the highlights helper's exports (issue 6: `lib/highlights/export.ts` with
 * `highlightsToMarkdown` and `highlightsToWebAnnotations`). That file is not on this branch:
 * these stand-ins say so, and the lead connects them at merge by re-exporting the real ones:
 *
 *   export { highlightsToMarkdown, highlightsToWebAnnotations } from '../highlights/export.ts';
 */
import type { HighlightRecord } from '../archive/highlight.ts';

/** Whether the real exporters are connected (the library hides nothing: it explains). */
export const HIGHLIGHT_EXPORT_CONNECTED = false;

export function highlightsToMarkdown(_highlights: readonly HighlightRecord[]): string {
  throw new Error('Markdown export of highlights arrives with the highlights feature.');
}

export function highlightsToWebAnnotations(_highlights: readonly HighlightRecord[]): unknown {
  throw new Error('Web Annotation export of highlights arrives with the highlights feature.');
}
