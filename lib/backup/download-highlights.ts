import type { HighlightRecord } from '../archive/highlight.ts';
import {
  HIGHLIGHT_EXPORT_CONNECTED,
  highlightsToMarkdown,
  highlightsToWebAnnotations,
} from './highlight-export.ts';

/**
 * Saves the given highlights as Markdown or as W3C Web Annotations (JSON-LD), through the
 * highlights feature's exporters (`highlight-export.ts`). Undefined until they are connected, so
 * the library disables the buttons rather than offering what fails.
 */
export const exportHighlights = HIGHLIGHT_EXPORT_CONNECTED
  ? (format: 'markdown' | 'web-annotation', highlights: readonly HighlightRecord[]) => {
      const markdown = format === 'markdown';
      const text = markdown
        ? highlightsToMarkdown(highlights)
        : JSON.stringify(highlightsToWebAnnotations(highlights), null, 2);
      const url = URL.createObjectURL(
        new Blob([text], { type: markdown ? 'text/markdown' : 'application/ld+json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = markdown ? 'backstory-highlights.md' : 'backstory-highlights.jsonld';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  : undefined;
