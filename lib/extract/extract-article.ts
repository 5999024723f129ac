import { Readability } from '@mozilla/readability';
import { blockText, largestTextBlock } from './article-text.ts';

/** Readability gives up on pages with more elements than this (and we say so). */
export const MAX_ELEMENTS = 50_000;

export interface ReadableArticle {
  readonly title: string | null;
  readonly byline: string | null;
  /** One block a line (article-text.ts). */
  readonly text: string;
  readonly excerpt: string | null;
  /** Set when Readability gave up and the text is the page's largest block: why it gave up. */
  readonly fallback?: string;
}

export type ReadResult =
  | ({ readonly ok: true } & ReadableArticle)
  | { readonly ok: false; readonly reason: string };

const clean = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

export { countWords } from './word-count.ts';

/** A class name one of whose parts says caption or credit ("gallery__caption", "photo-credit"). */
const CAPTION_CLASS = /(?:^|[-_])(?:caption|captions|credit|credits)(?:$|[-_])/i;
/** Longer than this, an element with such a class is a wrapper of more than its caption. */
const MAX_CAPTION = 500;

/** Inline styles that hide text from the eye and leave it to screen readers (an "sr-only" box). */
const VISUALLY_HIDDEN = /clip:\s*rect\(\s*0(?:px)?[\s,]+0|clip-path:\s*inset\(\s*50%/i;

/**
 * Takes out of the clone what a reader never reads as the article: text hidden from the eye by
 * its inline style (a gallery's announcement for screen readers), and the captions and photo
 * credits a page marks by class or microdata rather than with <figcaption> (which
 * article-text.ts skips): "A Waymo robotaxi charging… REUTERS/Mike Blake".
 */
function removeUnread(doc: Document): void {
  for (const element of [...doc.querySelectorAll('[style]')]) {
    if (VISUALLY_HIDDEN.test(element.getAttribute('style') ?? '')) element.remove();
  }
  const captions: Element[] = [];
  for (const element of doc.querySelectorAll('[class], [itemprop="caption"]')) {
    const marked =
      element.getAttribute('itemprop') === 'caption' ||
      (element.getAttribute('class') ?? '').split(/\s+/).some((name) => CAPTION_CLASS.test(name));
    if (!marked || element.querySelector('p + p')) continue;
    if ((element.textContent ?? '').length <= MAX_CAPTION) captions.push(element);
  }
  for (const caption of captions) caption.remove();
}

/**
 * Runs Readability on a clone of the document (Readability rewrites the tree it reads, and the
 * page must never change). Where Readability finds nothing, the page's largest block of text
 * stands in (a newsletter laid out in tables, a page of plain paragraphs). Never throws: a
 * failure is a reason.
 */
export function readArticle(doc: Document): ReadResult {
  let failure: string;
  try {
    const clone = doc.cloneNode(true) as Document;
    removeUnread(clone);
    const parsed = new Readability<Element>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as Element,
    }).parse();
    const text = parsed?.content ? blockText(parsed.content) : '';
    if (parsed && text) {
      return {
        ok: true,
        title: clean(parsed.title, 1_000),
        byline: clean(parsed.byline, 500),
        text,
        excerpt: clean(parsed.excerpt, 2_000),
      };
    }
    failure = 'Readability found no article';
  } catch (error) {
    failure = `Readability failed: ${error instanceof Error ? error.message : error}`;
  }
  try {
    const block = largestTextBlock(doc);
    const text = block ? blockText(block) : '';
    if (!text) return { ok: false, reason: failure };
    return { ok: true, title: null, byline: null, text, excerpt: null, fallback: failure };
  } catch (error) {
    return { ok: false, reason: `${failure}; no text block either (${error})` };
  }
}
