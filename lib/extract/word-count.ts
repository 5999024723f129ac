/**
 * Words in a text, in any language: counted between spaces where a language has them, and by
 * `Intl.Segmenter`'s dictionary where it does not (Chinese, Japanese). Counting characters as
 * words would make a Chinese article of 1,000 words look like 80 (one "word" per clause).
 */

/** Runs of Chinese characters and Japanese kana (with the prolonged sound mark and 々, 〇). */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〇]+/gu;
/** Words of the languages that separate them with spaces (Korean included). */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Characters of unspaced text segmented with the dictionary before the rest is estimated from
 * the ratio seen so far: segmenting costs about a microsecond per character, and a count past
 * this point only confirms that the page is long.
 */
const SEGMENT_BUDGET = 8_000;
/** Characters per word where no segmenter is available (Chinese averages 1.5–1.7, Japanese 1.7–2.0). */
const CHARS_PER_WORD = 1.7;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter =
        typeof Intl.Segmenter === 'function'
          ? new Intl.Segmenter('zh', { granularity: 'word' })
          : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Words in runs of Chinese and Japanese text, given the runs' total length. */
function unspacedWords(runs: readonly string[], chars: number): number {
  const seg = wordSegmenter();
  if (!seg) return Math.round(chars / CHARS_PER_WORD);
  let words = 0;
  let seen = 0;
  for (const run of runs) {
    if (seen >= SEGMENT_BUDGET) break;
    for (const piece of seg.segment(run)) if (piece.isWordLike) words += 1;
    seen += run.length;
  }
  // Past the budget, the rest counts at the ratio of the part segmented.
  return seen >= chars ? words : Math.round(words + ((chars - seen) * words) / Math.max(seen, 1));
}

/**
 * The number of words in `text`. Where Chinese or Japanese is mixed with spaced text ("OpenAI
 * 周二发布了 GPT-5"), each part is counted its own way. Never throws.
 */
export function countWords(text: string): number {
  const runs: string[] = [];
  let chars = 0;
  const spaced = text.replace(UNSPACED, (run) => {
    runs.push(run);
    chars += run.length;
    return ' ';
  });
  const spacedWords = spaced.match(SPACED_WORD)?.length ?? 0;
  return runs.length === 0 ? spacedWords : spacedWords + unspacedWords(runs, chars);
}
