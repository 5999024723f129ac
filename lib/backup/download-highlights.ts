import type { HighlightRecord } from '../archive/highlight.ts';
import { type HighlightExporters, highlightExporters } from './highlight-export.ts';

/** Saves text as a file from an extension page. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The library's highlight export for a set of exporters (the highlights feature's). */
export function highlightDownloader(exporters: HighlightExporters) {
  return (format: 'markdown' | 'web-annotation', highlights: readonly HighlightRecord[]) => {
    if (format === 'markdown') {
      download(exporters.toMarkdown(highlights), 'text/markdown', 'backstory-highlights.md');
      return;
    }
    const annotations = exporters.toWebAnnotations(highlights);
    const text =
      typeof annotations === 'string' ? annotations : JSON.stringify(annotations, null, 2);
    download(text, 'application/ld+json', 'backstory-highlights.jsonld');
  };
}

/** Undefined until the exporters are connected: the library then disables its buttons. */
export const exportHighlights = highlightExporters
  ? highlightDownloader(highlightExporters)
  : undefined;
