import type { HighlightRecord } from '../archive/highlight.ts';
import { getOrg } from '../entities/recognize.ts';
import { highlightsToMarkdown, highlightsToWebAnnotations } from '../highlights/export.ts';

const orgName = (id: string) => getOrg(id)?.name ?? id.replace(/^d:/, '');

/** Saves the given highlights as Markdown or as W3C Web Annotations (JSON-LD), as a download. */
export function exportHighlights(
  format: 'markdown' | 'web-annotation',
  highlights: readonly HighlightRecord[],
): void {
  const markdown = format === 'markdown';
  const text = markdown
    ? highlightsToMarkdown(highlights, { orgName })
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
