import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../lib/extract/dates.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const iso = (value: unknown): string | null => toIsoDate(value, NOW);

describe('toIsoDate', () => {
  it('converts offsets to UTC', () => {
    expect(iso('2025-10-13T13:05:00-04:00')).toBe('2025-10-13T17:05:00.000Z');
    expect(iso('2025-11-04T10:00:00+01:00')).toBe('2025-11-04T09:00:00.000Z');
    expect(iso('2025-11-04T10:00:00.250+0530')).toBe('2025-11-04T04:30:00.250Z');
    expect(iso('2025-11-04 10:00:00 +0000')).toBe('2025-11-04T10:00:00.000Z');
    expect(iso('2025-11-04T10:00:00Z')).toBe('2025-11-04T10:00:00.000Z');
  });

  it('takes dates and times without a zone as UTC, not local time', () => {
    expect(iso('2025-11-04T10:00:00')).toBe('2025-11-04T10:00:00.000Z');
    expect(iso('2025-11-04 10:00')).toBe('2025-11-04T10:00:00.000Z');
    expect(iso('2025-11-04')).toBe('2025-11-04T00:00:00.000Z');
    expect(iso('20251104')).toBe('2025-11-04T00:00:00.000Z');
    expect(iso('November 4, 2025')).toBe('2025-11-04T00:00:00.000Z');
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(iso(1_762_250_400)).toBe('2025-11-04T10:00:00.000Z');
    expect(iso('1762250400000')).toBe('2025-11-04T10:00:00.000Z');
  });

  it('reads dates written out in English, with US and European zones', () => {
    expect(iso('Updated Nov. 4, 2025, 3:04 p.m. ET')).toBe('2025-11-04T20:04:00.000Z');
    expect(iso('Oct. 13, 2025 at 1:05 p.m. ET')).toBe('2025-10-13T17:05:00.000Z');
    expect(iso('July 8, 2025 6:15 PM PT')).toBe('2025-07-09T01:15:00.000Z');
    expect(iso('Tue, 04 Nov 2025 10:00:00 GMT')).toBe('2025-11-04T10:00:00.000Z');
    expect(iso('4 November 2025 09:30 CET')).toBe('2025-11-04T08:30:00.000Z');
    expect(iso('Published 12 August 2025')).toBe('2025-08-12T00:00:00.000Z');
    expect(iso('Tue Nov 04 2025 10:00:00 GMT+0100 (Central European Standard Time)')).toBe(
      '2025-11-04T09:00:00.000Z',
    );
  });

  it('rejects implausible dates: before 1995 or more than two days after now', () => {
    expect(iso('1970-01-01T00:00:00Z')).toBeNull();
    expect(iso('0000-00-00 00:00:00')).toBeNull();
    expect(iso('1994-12-31')).toBeNull();
    expect(iso('1995-01-01')).toBe('1995-01-01T00:00:00.000Z');
    expect(iso('2026-03-03T11:00:00Z')).toBe('2026-03-03T11:00:00.000Z');
    expect(iso('2026-03-04T00:00:00Z')).toBeNull();
  });

  it('rejects what is not a date, without throwing', () => {
    expect(iso('2025-02-31')).toBeNull();
    expect(iso('2025-13-01')).toBeNull();
    expect(iso('2025-11-04T25:00:00Z')).toBeNull();
    expect(iso('11/04/2025')).toBeNull();
    expect(iso('yesterday')).toBeNull();
    expect(iso('')).toBeNull();
    expect(iso(null)).toBeNull();
    expect(iso({ date: '2025-11-04' })).toBeNull();
    expect(iso(`2025-11-04${' '.repeat(100_000)}x`)).toBeNull();
    expect(iso('May '.repeat(50_000))).toBeNull();
  });
});
