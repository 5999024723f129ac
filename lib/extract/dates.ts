import { offsetMinutes, utcTime } from './date-math.ts';
import { parseHumanDate } from './human-date.ts';
import { parseTextDate } from './text-date.ts';

/** Nothing Backstory archives was published before the web had news sites. */
const EARLIEST = Date.UTC(1995, 0, 1);
/** Time zones and scheduled posts put real dates a little ahead of the reader's clock. */
const MAX_AHEAD_MS = 2 * 24 * 60 * 60 * 1000;

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseIso(value: string): number {
  const m = ISO.exec(value);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const ms = fraction ? Number(`0.${fraction}`) * 1000 : 0;
  const time = utcTime(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    offsetMinutes(zone),
  );
  return time + Math.floor(ms);
}

/**
 * Milliseconds since the epoch of a date value in any format pages use, or NaN: ISO 8601 and
 * epoch numbers, English written dates (./human-date.ts), then dates written in German, French,
 * Spanish, Chinese, Japanese and Korean (./text-date.ts).
 */
export function parseDateValue(value: unknown): number {
  if (typeof value === 'number') return value > 1e11 ? value : value * 1000;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  if (!text || text.length > 120) return Number.NaN;
  if (/^\d{13}$/.test(text)) return Number(text);
  if (/^\d{10}$/.test(text)) return Number(text) * 1000;
  const iso = parseIso(text);
  if (!Number.isNaN(iso)) return iso;
  const human = parseHumanDate(text);
  return Number.isNaN(human) ? parseTextDate(text) : human;
}

/**
 * An ISO 8601 UTC string (`Date.toISOString()`) for a date value from a page, or null when it
 * does not parse or is implausible: before 1995, or more than two days after `now`. Values
 * without a time zone are taken as UTC (never as the reader's local time).
 */
export function toIsoDate(value: unknown, now: number = Date.now()): string | null {
  const time = parseDateValue(value);
  if (!Number.isFinite(time) || time < EARLIEST || time > now + MAX_AHEAD_MS) return null;
  return new Date(time).toISOString();
}
