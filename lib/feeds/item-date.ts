import { toIsoDate } from '../extract/dates.ts';

/** RFC 822 with a two-digit year ("Mon, 07 Dec 26 10:00 GMT"), still seen in old feeds. */
const TWO_DIGIT_YEAR = /^((?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+)(\d{2})(\s|$)/;

/**
 * An item's date as ISO 8601 UTC, or null. Reads what pages use (ISO, RFC 822 with named zones,
 * written-out English dates, epoch seconds) plus two-digit years; implausible dates (before 1995,
 * days in the future) are dropped rather than stored wrong.
 */
export function itemDate(value: string, now: number): string | null {
  const text = value.trim();
  if (!text) return null;
  const direct = toIsoDate(text, now);
  if (direct) return direct;
  const m = TWO_DIGIT_YEAR.exec(text);
  if (m) return toIsoDate(text.replace(TWO_DIGIT_YEAR, `$1${2000 + Number(m[2])}$3`), now);
  return null;
}
