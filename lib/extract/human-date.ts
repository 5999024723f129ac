import { offsetMinutes, utcTime } from './date-math.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * English month names, whole or abbreviated. Only English: "mars" or "junio" are left to
 * ./text-date.ts, which reads the rest of a French or Spanish date (its time) too.
 */
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ember|ober)?\.?`;
const TIME = String.raw`(?:\s*(?:at|,|-|–|\|)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?)?`;
const ZONE = String.raw`(?:\s*\(?((?:gmt|utc)?[+-]\d{2}:?\d{2}|z|utc|gmt|[ecmp][sd]?t|bst|cest|cet|eest|eet|jst|kst|aest|aedt|sgt|hkt)\)?)?`;

/** "November 4, 2025", "Nov. 4 2025", "Tue Nov 04 2025 10:00:00 GMT+0100" */
const MONTH_FIRST = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}(?![a-z0-9])`,
  'i',
);
/** "4 November 2025", "Tue, 04 Nov 2025 10:00:00 GMT" */
const DAY_FIRST = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+${MONTH},?\s+(\d{4})${TIME}${ZONE}(?![a-z0-9])`,
  'i',
);

/** Offsets of zone names in hours; US names without S/D follow the US daylight-saving rule. */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  bst: 1,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  jst: 9,
  kst: 9,
  sgt: 8,
  hkt: 8,
  aest: 10,
  aedt: 11,
};
const US_STANDARD: Readonly<Record<string, number>> = { et: -5, ct: -6, mt: -7, pt: -8 };

/** US daylight saving time: from the second Sunday of March to the first Sunday of November. */
function usDaylight(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstSunday = ((7 - new Date(Date.UTC(year, month - 1, 1)).getUTCDay()) % 7) + 1;
  return month === 3 ? day >= firstSunday + 7 : day < firstSunday;
}

function zoneOffset(zone: string | undefined, year: number, month: number, day: number): number {
  if (!zone) return 0;
  const name = zone.toLowerCase();
  const hours = ZONE_HOURS[name];
  if (hours !== undefined) return hours * 60;
  const standard = US_STANDARD[name];
  if (standard !== undefined) return (standard + (usDaylight(year, month, day) ? 1 : 0)) * 60;
  return offsetMinutes(name.replace(/^(?:gmt|utc)/, ''));
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * Milliseconds since the epoch of an English date written out ("Updated Nov. 4, 2025, 3:04 p.m.
 * ET", "4 November 2025"), or NaN. Numeric forms like 11/04/2025 are ambiguous and not read.
 * Without a zone the time is taken as UTC.
 */
export function parseHumanDate(text: string): number {
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const m = monthFirst ?? dayFirst;
  if (!m) return Number.NaN;
  const [monthName, dayText] = monthFirst ? [m[1], m[2]] : [m[2], m[1]];
  const [, , , year, h, mi, s, meridiem, zone] = m;
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase()) + 1;
  const y = Number(year);
  const d = Number(dayText);
  const hour = h === undefined ? 0 : hour24(Number(h), meridiem);
  const offset = zoneOffset(zone, y, month, d);
  return utcTime(y, month, d, hour, Number(mi ?? 0), Number(s ?? 0), offset);
}
