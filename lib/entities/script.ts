/**
 * Which writing system a character belongs to, as far as word boundaries are concerned.
 *
 * Chinese and Japanese are written without spaces, and Korean glues its particles to the word
 * before them ("OpenAI는", "엔비디아가"). A run of letters is therefore not a word in those
 * scripts: a change of script is a word boundary ("OpenAI周二", "Googleの"), Han text may hold
 * a name at any position, and a Hangul word may end in particles.
 */

/** Not a letter or digit. */
export const NONE = 0;
/** Latin, Greek, Cyrillic... and digits: words separated by spaces and punctuation. */
export const SPACED = 1;
/** Chinese characters (also Japanese kanji): no boundaries between words. */
export const HAN = 2;
export const HIRAGANA = 3;
export const KATAKANA = 4;
export const HANGUL = 5;

export type ScriptClass =
  | typeof NONE
  | typeof SPACED
  | typeof HAN
  | typeof HIRAGANA
  | typeof KATAKANA
  | typeof HANGUL;

const ALNUM = /[\p{L}\p{N}]/u;

/** The script class of a UTF-16 code unit (astral characters count as no letter). */
export function scriptOfCode(c: number, ch: string): ScriptClass {
  if (c < 0x3000) {
    if (c >= 0x1100 && c <= 0x11ff) return HANGUL;
    return ALNUM.test(ch) ? SPACED : NONE;
  }
  if (c >= 0x4e00 && c <= 0x9fff) return HAN;
  if (c >= 0xac00 && c <= 0xd7af) return HANGUL;
  if (c >= 0x3041 && c <= 0x309f) return HIRAGANA;
  // The prolonged sound mark (ー) belongs to katakana words; the middle dot (・) separates them.
  if (c >= 0x30a1 && c <= 0x30ff && c !== 0x30fb) return KATAKANA;
  if (c >= 0x3400 && c <= 0x4dbf) return HAN;
  if (c >= 0xf900 && c <= 0xfaff) return HAN;
  // Iteration mark 々 and ideographic zero 〇 are written inside Han words.
  if (c === 0x3005 || c === 0x3007) return HAN;
  if ((c >= 0x3131 && c <= 0x318e) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff))
    return HANGUL;
  if ((c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) return KATAKANA;
  return ALNUM.test(ch) ? SPACED : NONE;
}

/** The script class of the character at `i` of `text` (NONE past either end). */
export function scriptAt(text: string, i: number): ScriptClass {
  if (i < 0 || i >= text.length) return NONE;
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? SPACED : NONE;
  }
  return scriptOfCode(c, text.charAt(i));
}

/** Whether a string holds any Chinese, Japanese or Korean letter. */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x1100 && scriptAt(text, i) > SPACED) return true;
  }
  return false;
}

/**
 * Korean particles and endings written straight after a noun: case markers, topic and focus
 * markers, "and", "with", "from", the copula. A name may be followed by any chain of these
 * ("엔비디아는", "구글과의", "삼성전자에서도") but by nothing else ("메타버스" is not Meta).
 */
const PARTICLE =
  '이라는|이라고|이라며|으로서|으로써|으로는|으로도|에서는|에서도|에게는|에게도|에서|에게|께서|까지|부터|보다|처럼|마저|조차|이나|이며|이고|이다|이라|이랑|하고|한테|으로|로서|로써|라는|라고|라며|은|는|이|가|을|를|의|에|와|과|로|도|만|나|며|고|다|라|랑|들|측|엔|께|요';
const PARTICLES = new RegExp(`^(?:${PARTICLE})+$`);

/** Whether the Hangul run from `pos` to the next non-Hangul character is a chain of particles. */
export function particlesFrom(text: string, pos: number): boolean {
  let end = pos;
  while (end < text.length && end - pos <= 12 && scriptAt(text, end) === HANGUL) end += 1;
  if (end - pos > 12) return false;
  return PARTICLES.test(text.slice(pos, end));
}

/**
 * Whether a name that ends at `end` ends a word: the next character is no letter; or the script
 * changes ("OpenAI는", "Google的", "エヌビディアは"); or the name is Han, which needs no
 * boundary ("英伟达周二"); or, in Korean, only particles follow ("엔비디아가").
 */
export function wordEndsAt(text: string, end: number): boolean {
  const next = scriptAt(text, end);
  if (next === NONE) return true;
  const last = scriptAt(text, end - 1);
  if (last === HAN) return true;
  if (next !== last) return true;
  return last === HANGUL && particlesFrom(text, end);
}

/** Whether a word may start at `start`: the script changes there, or it is Han. */
export function wordStartsAt(text: string, start: number): boolean {
  const prev = scriptAt(text, start - 1);
  if (prev === NONE) return true;
  const first = scriptAt(text, start);
  return first === HAN || prev !== first;
}
