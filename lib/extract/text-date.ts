/**
 * Dates written out in German, French, Spanish, Chinese, Japanese and Korean ("5. März 2024",
 * "5 mars 2024", "5 de marzo de 2024", "2024年3月5日 14:30", "2024년 3월 5일"), read with
 * chrono-node's locales in strict mode. English written dates are read by ./human-date.ts,
 * numeric ISO forms by ./dates.ts, both before this.
 *
 * chrono has no Korean locale (2.10.3): the Korean forms, which are few (year 년, month 월,
 * day 일 or dots, then an optional 오전/오후 time), are read by {@link parseKoreanDate}.
 */
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as ja from 'chrono-node/ja';
import * as zh from 'chrono-node/zh';
import { foldWidth } from '../text/width.ts';
import { utcTime } from './date-math.ts';

type Chrono = typeof de.strict;
type Result = ReturnType<Chrono['parse']>[number];

/** A year must be written: a publication date is never read from "5 mars" or "3月5日". */
const HAS_YEAR = /(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3}年|令和|平成/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
/** "05/03/2024": day-first or month-first depends on the country; such dates are not read. */
const NUMERIC_DAY_MONTH = /^\d{1,2}\/\d{1,2}\/\d{2,4}/;

/**
 * Parsers by script, most specific first. Japanese also reads times (14時30分) and eras, Chinese
 * reads Chinese numerals; German reads day-first dotted dates (05.03.2024) before English would
 * read them month-first. English comes last for the year-first numeric forms Korean and Chinese
 * sites use ("2024.03.05 14:30").
 */
const KOREAN_PARSERS: readonly Chrono[] = [en.strict];
const CJK_PARSERS: readonly Chrono[] = [ja.strict, zh.strict, en.strict];
const EUROPEAN_PARSERS: readonly Chrono[] = [de.strict, fr.strict, es.strict, en.strict];

/** Milliseconds of a chrono result, or NaN unless year, month and day were all written. */
function timeOf(result: Result): number {
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) {
    return Number.NaN;
  }
  if (NUMERIC_DAY_MONTH.test(result.text.trim())) return Number.NaN;
  // Components, not chrono's Date: without a written zone the time is UTC, never the reader's.
  const part = (name: 'hour' | 'minute' | 'second') =>
    start.isCertain(name) ? (start.get(name) ?? 0) : 0;
  const offset = start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? 0) : 0;
  return utcTime(
    start.get('year') ?? 0,
    start.get('month') ?? 0,
    start.get('day') ?? 0,
    part('hour'),
    part('minute'),
    part('second'),
    offset,
  );
}

/** Year, month and day: 2024년 3월 5일, or 2024.03.05 (the numeric form Korean sites use). */
const KOREAN_DAY = String.raw`(\d{4})\s*(?:년|[./-])\s*(\d{1,2})\s*(?:월|[./-])\s*(\d{1,2})\s*(?:일|\.)?`;
/** Then an optional weekday and time: (화) 오후 2:30, 14시 30분. */
const KOREAN_TIME = String.raw`(?:\s*\(?[월화수목금토일](?:요일)?\)?)?(?:\s*(오전|오후)?\s*(\d{1,2})\s*(?::|시)\s*(\d{1,2})(?:\s*(?::|분)\s*(?:(\d{1,2})\s*초?)?)?)?`;
const KOREAN_DATE = new RegExp(KOREAN_DAY + KOREAN_TIME);

/**
 * "2024년 3월 5일", "2024년 3월 5일 (화) 오후 2:30", "2024.03.05. 오후 8:06", "2024년 3월 5일
 * 14시 30분" (taken as UTC, like every date without a zone).
 */
export function parseKoreanDate(text: string): number {
  const m = KOREAN_DATE.exec(text);
  if (!m) return Number.NaN;
  const [, year, month, day, meridiem, hour, minute, second] = m;
  let h = Number(hour ?? 0);
  if (meridiem === '오후' && h < 12) h += 12;
  if (meridiem === '오전' && h === 12) h = 0;
  return utcTime(
    Number(year),
    Number(month),
    Number(day),
    h,
    Number(minute ?? 0),
    Number(second ?? 0),
  );
}

/**
 * Milliseconds since the epoch of the first full date (day, month and year) written in `text` in
 * one of the languages above, or NaN. Never throws.
 */
export function parseTextDate(value: string): number {
  const text = foldWidth(value);
  if (!HAS_YEAR.test(text)) return Number.NaN;
  if (HANGUL.test(text)) {
    const korean = parseKoreanDate(text);
    if (!Number.isNaN(korean)) return korean;
  }
  const parsers = HANGUL.test(text)
    ? KOREAN_PARSERS
    : HAN_OR_KANA.test(text)
      ? CJK_PARSERS
      : EUROPEAN_PARSERS;
  for (const parser of parsers) {
    try {
      for (const result of parser.parse(text)) {
        const time = timeOf(result);
        if (!Number.isNaN(time)) return time;
      }
    } catch {
      // A parser that fails on odd input reads nothing; the next one may.
    }
  }
  return Number.NaN;
}
