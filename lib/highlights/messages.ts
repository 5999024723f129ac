/**
 * The highlight messages' schemas (issue 6), imported into the one protocol module. Content
 * scripts send drafts; the background adds what only it knows (URL keys, the archived article,
 * organisations named) and validates the whole record before it is written.
 */
import { z } from 'zod';
import { highlightRecordSchema } from '../archive/highlight.ts';

const url = z.url({ protocol: /^https?$/ }).max(4_096);
const id = highlightRecordSchema.shape.id;

/** A highlight as the page makes it: the background completes and validates it. */
export const highlightDraftSchema = highlightRecordSchema
  .pick({
    id: true,
    url: true,
    title: true,
    siteName: true,
    quote: true,
    position: true,
    color: true,
    tags: true,
    note: true,
    state: true,
  })
  .extend({
    /** Other addresses of the page (the address bar's, an AMP one): stored as URL keys. */
    urlVariants: z.array(url).max(9),
    /** Kept when a deleted highlight is restored (undo). */
    createdAt: z.number().int().optional(),
  });
export type HighlightDraft = z.infer<typeof highlightDraftSchema>;

export const highlightSaveRequest = z.object({
  type: z.literal('content/highlight-save'),
  highlight: highlightDraftSchema,
});

const pageRef = { url, urlVariants: z.array(url).max(9) };

export const highlightsForPageRequest = z.object({
  type: z.literal('content/highlights-for-page'),
  ...pageRef,
});

export const highlightUpdateRequest = z.object({
  type: z.literal('content/highlight-update'),
  id,
  color: highlightRecordSchema.shape.color.optional(),
  tags: highlightRecordSchema.shape.tags.optional(),
  note: highlightRecordSchema.shape.note.optional(),
});

/** The outcome of re-anchoring on a visit: found (with its new position) or orphan. */
export const highlightsCheckedRequest = z.object({
  type: z.literal('content/highlights-checked'),
  results: z
    .array(
      z.object({
        id,
        state: highlightRecordSchema.shape.state,
        position: highlightRecordSchema.shape.position,
      }),
    )
    .max(1_000),
});

export const highlightDeleteRequest = z.object({
  type: z.literal('content/highlight-delete'),
  id,
});

export const exportFormatSchema = z.enum(['markdown', 'web-annotation']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const highlightsExportRequest = z.object({
  type: z.literal('content/highlights-export'),
  ...pageRef,
  format: exportFormatSchema,
});

const records = z.object({ highlights: z.array(highlightRecordSchema) });

export const highlightResponseSchemas = {
  'content/highlight-save': z.object({ highlight: highlightRecordSchema }),
  'content/highlights-for-page': records,
  'content/highlight-update': z.object({ highlight: highlightRecordSchema }),
  'content/highlights-checked': z.object({ updated: z.number().int().nonnegative() }),
  'content/highlight-delete': z.object({ deleted: highlightRecordSchema.nullable() }),
  'content/highlights-export': z.object({
    filename: z.string().max(200),
    mimeType: z.string().max(100),
    text: z.string(),
  }),
};
