/**
 * Adapter for the highlights feature's exporters (issue 6: `lib/highlights/export.ts` with
 * `highlightsToMarkdown` and `highlightsToWebAnnotations`), which are not on this branch. Until
 * they are connected the library's "Export as Markdown / Web Annotations" buttons are disabled.
 * To connect them, replace `null` below:
 *
 *   import { highlightsToMarkdown, highlightsToWebAnnotations } from '../highlights/export.ts';
 *   export const highlightExporters: HighlightExporters | null = {
 *     toMarkdown: highlightsToMarkdown,
 *     toWebAnnotations: highlightsToWebAnnotations,
 *   };
 */
import type { HighlightRecord } from '../archive/highlight.ts';

export interface HighlightExporters {
  /** Markdown text of the highlights, grouped as the exporter likes. */
  readonly toMarkdown: (highlights: readonly HighlightRecord[]) => string;
  /** W3C Web Annotation JSON-LD (an object or a string). */
  readonly toWebAnnotations: (highlights: readonly HighlightRecord[]) => unknown;
}

export const highlightExporters: HighlightExporters | null = null;
