/**
 * The background's answers to the highlight messages (issue 6), spread into `createHandlers`.
 */
import type { HighlightRecord } from '../archive/highlight.ts';
import { getOrg } from '../entities/recognize.ts';
import type { HandlerDeps } from '../messaging/handlers.ts';
import type { Handlers } from '../messaging/dispatch.ts';
import { highlightsToMarkdown, highlightsToWebAnnotations } from './export.ts';
import {
  deleteHighlight,
  highlightsForPage,
  markChecked,
  saveHighlight,
  updateHighlight,
} from './store.ts';

type HighlightHandlers = Pick<
  Handlers,
  | 'content/highlight-save'
  | 'content/highlights-for-page'
  | 'content/highlight-update'
  | 'content/highlights-checked'
  | 'content/highlight-delete'
  | 'content/highlights-export'
>;

const fileSlug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'page';

export function createHighlightHandlers({
  db,
  now,
}: Pick<HandlerDeps, 'db' | 'now'>): HighlightHandlers {
  return {
    'content/highlight-save': async ({ highlight }) => ({
      highlight: await saveHighlight(db, highlight, now()),
    }),
    'content/highlights-for-page': async ({ url, urlVariants }) => ({
      highlights: await highlightsForPage(db, url, urlVariants),
    }),
    'content/highlight-update': async ({ id, ...changes }) => ({
      highlight: await updateHighlight(db, id, changes, now()),
    }),
    'content/highlights-checked': async ({ results }) => ({
      updated: await markChecked(db, results, now()),
    }),
    'content/highlight-delete': async ({ id }) => ({ deleted: await deleteHighlight(db, id) }),
    'content/highlights-export': async ({ url, urlVariants, format }) => {
      const highlights = await highlightsForPage(db, url, urlVariants);
      if (highlights.length === 0)
        throw new Error('There are no highlights on this page to export');
      const first = highlights[0] as HighlightRecord;
      const names = new Map<string, string>();
      for (const org of await db.orgs.bulkGet([...new Set(highlights.flatMap((h) => h.orgIds))])) {
        if (org) names.set(org.id, org.name);
      }
      const article = first.articleId ? await db.articles.get(first.articleId) : undefined;
      const base = `backstory-highlights-${fileSlug(first.title)}`;
      if (format === 'markdown') {
        const text = highlightsToMarkdown(highlights, {
          orgName: (id) => names.get(id) ?? getOrg(id)?.name ?? id.replace(/^d:/, ''),
          articleTime: () => article?.time,
        });
        return { filename: `${base}.md`, mimeType: 'text/markdown', text };
      }
      const text = JSON.stringify(highlightsToWebAnnotations(highlights), null, 2);
      return { filename: `${base}.jsonld`, mimeType: 'application/ld+json', text };
    },
  };
}
