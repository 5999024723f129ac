/**
 * Exports of the reader's highlights, as pure functions (the sidebar's export goes through the
 * background; the library page calls these directly): Markdown, one section per article, and
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), one annotation per
 * highlight, so other annotation tools can read them.
 */
import type { HighlightRecord } from '../archive/highlight.ts';

export interface ExportContext {
  /** Display name of an organisation id. */
  readonly orgName?: (id: string) => string;
  /** The article's publication time, when the archive has it. */
  readonly articleTime?: (highlight: HighlightRecord) => number | undefined;
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const asTag = (name: string) =>
  `#${name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`;
/** Markdown that cannot break out of its line or turn into a link or heading. */
const inline = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
const quoted = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${inline(line)}`)
    .join('\n');

/** Groups highlights by page (their first URL key), keeping the order of first appearance. */
function byPage(highlights: readonly HighlightRecord[]): HighlightRecord[][] {
  const pages = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    const key = h.urlKeys[0] ?? h.url;
    pages.set(key, [...(pages.get(key) ?? []), h]);
  }
  return [...pages.values()];
}

/** Markdown: per article its title, link, date and companies as tags, then quotes with notes. */
export function highlightsToMarkdown(
  highlights: readonly HighlightRecord[],
  { orgName = (id) => id.replace(/^d:/, ''), articleTime }: ExportContext = {},
): string {
  const sections = byPage(highlights).map((page) => {
    const first = page[0] as HighlightRecord;
    const time = articleTime?.(first) ?? Math.min(...page.map((h) => h.createdAt));
    const orgs = [...new Set(page.flatMap((h) => h.orgIds))].map((id) => asTag(orgName(id)));
    const lines = [
      `## [${inline(first.title || first.url)}](<${first.url}>)`,
      '',
      `${inline(first.siteName)} · ${day(time)}`,
    ];
    if (orgs.length > 0) lines.push('', orgs.join(' '));
    for (const h of page) {
      lines.push('', quoted(h.quote.exact));
      const meta = [h.color, ...h.tags.map(asTag)];
      if (h.state === 'orphan') meta.push('not found on the page at the last visit');
      lines.push('', `*${meta.join(' · ')}*`);
      if (h.note.trim()) lines.push('', h.note.trim().split(/\r?\n/).map(inline).join('  \n'));
    }
    return lines.join('\n');
  });
  return `# Highlights\n\n${sections.join('\n\n---\n\n')}\n`;
}

/** One W3C Web Annotation (JSON-LD) per highlight, in an AnnotationCollection. */
export function highlightsToWebAnnotations(highlights: readonly HighlightRecord[]) {
  const items = highlights.map((h) => {
    const body: Record<string, string>[] = [];
    if (h.note.trim()) {
      body.push({
        type: 'TextualBody',
        value: h.note,
        format: 'text/plain',
        purpose: 'commenting',
      });
    }
    for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
    body.push({ type: 'TextualBody', value: h.color, purpose: 'classifying' });
    const selector: Record<string, unknown>[] = [
      {
        type: 'TextQuoteSelector',
        exact: h.quote.exact,
        prefix: h.quote.prefix,
        suffix: h.quote.suffix,
      },
    ];
    if (h.position) selector.push({ type: 'TextPositionSelector', ...h.position });
    return {
      id: `urn:uuid:${h.id}`,
      type: 'Annotation',
      motivation: h.note.trim() ? 'commenting' : 'highlighting',
      created: new Date(h.createdAt).toISOString(),
      modified: new Date(h.updatedAt).toISOString(),
      body,
      target: { source: h.url, selector },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Backstory highlights',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
