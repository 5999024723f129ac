import { FURNITURE_SELECTOR } from './dom-scope.ts';
import { cleanText } from './text.ts';
import { countWords } from './word-count.ts';

export const MAX_LEAD = 600;
const MIN_LEAD_CHARS = 60;
const MIN_LEAD_WORDS = 8;
const MAX_PARAGRAPHS = 300;

/** Lines that are page furniture, not prose. */
const NOISE =
  /^(?:advertisement|advertising|sponsored|story continues|continue reading|read more|read next|related|recommended|sign up|subscribe|share (?:this|on)|listen to (?:this )?article|this article|photo|image|credit|caption|editor'?s note|(?:reporting|writing|editing|additional reporting) by)\b/i;
const CAPTION =
  /\((?:photo|image|picture|credit)\b|\b(?:photo|image|credit|illustration)(?: by)?:|\/\s*(?:getty|reuters|ap|afp|bloomberg)\b|\bgetty images\)?\.?$|\bvia getty\b|\bfile photo\b/i;
const BYLINE = /^(?:by|von|por|par)\s/i;
const PROMO =
  /^(?:get|join|don'?t miss|want more|enjoy|like this|support|become a member)\b|\b(?:sign up|subscribe|cookies?|javascript|all rights reserved)\b|©/i;
/** Ends of a sentence, with the full-width ones of Chinese and Japanese. */
const SENTENCE_END = /[.!?…"”’)\]。！？」』）]$/;
/** Paragraph containers that are not the article's prose: captions, bylines, standfirsts. */
const NOT_PROSE = [
  FURNITURE_SELECTOR,
  'figure, figcaption, blockquote',
  '[class*="caption"], [class*="byline"], [class*="dek"], [class*="deck"], [class*="standfirst"]',
  '[class*="subtitle"], [class*="-sub"], [class*="teaser"]',
].join(', ');

function isLead(line: string): boolean {
  // Words between spaces, or counted by the dictionary where a language has no spaces.
  const words = Math.max(line.split(' ').length, countWords(line));
  if (line.length < MIN_LEAD_CHARS || words < MIN_LEAD_WORDS) return false;
  if (NOISE.test(line) || CAPTION.test(line) || !SENTENCE_END.test(line)) return false;
  if (BYLINE.test(line) && line.length < 150) return false;
  return !(PROMO.test(line) && line.length < 250);
}

/** Cuts at the last sentence end that keeps at least a third of the budget, else at a word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('? '),
    head.lastIndexOf('! '),
    head.lastIndexOf('。'),
    head.lastIndexOf('！'),
    head.lastIndexOf('？'),
  );
  if (sentenceEnd >= max / 3) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A "paragraph" longer than this is a blob of page text, not a lead. */
const MAX_PARAGRAPH_CHARS = 20_000;

function clean(text: string): string {
  return text.length > MAX_PARAGRAPH_CHARS ? '' : (cleanText(text, MAX_PARAGRAPH_CHARS) ?? '');
}

function paragraphsOf(root: Element): string[] {
  const elements = [...root.querySelectorAll('p')].slice(0, MAX_PARAGRAPHS);
  const inRoot = (p: Element): boolean => {
    const container = p.closest(NOT_PROSE);
    return container === null || !root.contains(container) || container === root;
  };
  return elements.filter(inRoot).map((p) => clean(p.textContent ?? ''));
}

function linesOf(text: string): string[] {
  return text.split('\n', MAX_PARAGRAPHS * 4).map(clean);
}

/**
 * The first real paragraph of an article, from its text (paragraphs on their own lines, as in
 * Readability's textContent) or its root element: skips datelines and dates on their own,
 * "Advertisement", captions, bylines, promos and other short lines. At most ~600 characters, cut
 * at a sentence end when one is near, else at a word with an ellipsis. Null when none qualifies.
 */
export function leadParagraph(
  input: string | Element | null | undefined,
  max = MAX_LEAD,
): string | null {
  if (!input) return null;
  let candidates = typeof input === 'string' ? linesOf(input) : paragraphsOf(input);
  if (typeof input !== 'string' && candidates.every((line) => !isLead(line))) {
    candidates = linesOf(input.textContent ?? '');
  }
  const lead = candidates.find(isLead);
  return lead ? clip(lead, max) : null;
}
