/** Full-width forms of ASCII letters, digits and punctuation (！ to ～). */
const FULL_WIDTH = /[\uff01-\uff5e]/;
const ALL_FULL_WIDTH = /[\uff01-\uff5e]/g;
const OFFSET = 0xfee0;

/**
 * The text with full-width ASCII ("ＯｐｅｎＡＩ", "ＡＩ", "２０２４年") written as ordinary ASCII,
 * as Japanese and Chinese newspapers often set Latin letters and digits. Each character maps to
 * one character, so offsets into the text stay valid. Returns the same string when there is
 * nothing to fold.
 */
export function foldWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(ALL_FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - OFFSET));
}
