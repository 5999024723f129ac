import { Readability } from '@mozilla/readability';

/** Readability gives up on pages with more elements than this (and we say so). */
export const MAX_ELEMENTS = 50_000;

export interface ReadableArticle {
  readonly title: string | null;
  readonly byline: string | null;
  readonly text: string;
  readonly excerpt: string | null;
}

export type ReadResult =
  | ({ readonly ok: true } & ReadableArticle)
  | { readonly ok: false; readonly reason: string };

const clean = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/**
 * Runs Readability on a clone of the document (Readability rewrites the tree it reads, and the
 * page must never change). Never throws: a failure is a reason.
 */
export function readArticle(doc: Document): ReadResult {
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability(clone, { maxElemsToParse: MAX_ELEMENTS }).parse();
    if (!parsed?.textContent?.trim()) return { ok: false, reason: 'Readability found no article' };
    return {
      ok: true,
      title: clean(parsed.title, 1_000),
      byline: clean(parsed.byline, 500),
      text: parsed.textContent
        .replace(/[ \t\f\v\u00a0]+/g, ' ')
        .replace(/\s*\n\s*/g, '\n')
        .trim(),
      excerpt: clean(parsed.excerpt, 2_000),
    };
  } catch (error) {
    return {
      ok: false,
      reason: `Readability failed: ${error instanceof Error ? error.message : error}`,
    };
  }
}
