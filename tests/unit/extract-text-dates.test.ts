// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../lib/extract/dates.ts';
import { readMetadata } from '../../lib/extract/metadata.ts';
import { parseKoreanDate, parseTextDate } from '../../lib/extract/text-date.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const iso = (value: unknown): string | null => toIsoDate(value, NOW);

describe('dates written in Chinese, Japanese and Korean', () => {
  it('reads year-month-day forms, with the time when written', () => {
    expect(iso('2024年3月5日')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('发布时间：2024年03月05日 14:30')).toBe('2024-03-05T14:30:00.000Z');
    expect(iso('二〇二四年三月五日')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('2024年3月5日(火) 10時30分')).toBe('2024-03-05T10:30:00.000Z');
    expect(iso('令和6年3月5日')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('２０２４年３月５日　１４時３０分')).toBe('2024-03-05T14:30:00.000Z');
    expect(iso('2024년 3월 5일')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('2024년 3월 5일 (화) 오후 2:30')).toBe('2024-03-05T14:30:00.000Z');
    expect(iso('입력 2024.03.05. 오전 9:05')).toBe('2024-03-05T09:05:00.000Z');
  });

  it('reads Korean noon and midnight in 12-hour time', () => {
    expect(new Date(parseKoreanDate('2024년 3월 5일 오후 12:10')).toISOString()).toBe(
      '2024-03-05T12:10:00.000Z',
    );
    expect(new Date(parseKoreanDate('2024년 3월 5일 오전 12:10')).toISOString()).toBe(
      '2024-03-05T00:10:00.000Z',
    );
  });
});

describe('dates written in German, French and Spanish', () => {
  it('reads day-month-year forms with month names', () => {
    expect(iso('5. März 2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('Veröffentlicht am 5. März 2024, 14:30 Uhr')).toBe('2024-03-05T14:30:00.000Z');
    expect(iso('5 mars 2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('Publié le 5 mars 2024 à 14h30')).toBe('2024-03-05T14:30:00.000Z');
    expect(iso('5 de marzo de 2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('5 de marzo de 2024 a las 14:30')).toBe('2024-03-05T14:30:00.000Z');
    expect(iso('05.03.2024')).toBe('2024-03-05T00:00:00.000Z');
  });

  it('honours a written time zone and takes others as UTC', () => {
    expect(iso('mardi 5 mars 2024 - 14:30 CET')).toBe('2024-03-05T13:30:00.000Z');
  });
});

describe('what is not read', () => {
  it('leaves dates without a year, ambiguous numeric forms and plain words', () => {
    expect(parseTextDate('3月5日')).toBeNaN();
    expect(parseTextDate('Montag, 5. März')).toBeNaN();
    expect(parseTextDate('05/03/2024')).toBeNaN();
    expect(parseTextDate('heute um 14 Uhr')).toBeNaN();
    expect(parseTextDate('2024')).toBeNaN();
    expect(parseTextDate('2024년 13월 45일')).toBeNaN();
    expect(parseTextDate('')).toBeNaN();
  });
});

describe('a page whose date is only written in the text', () => {
  const page = (dateLine: string, aside = '') =>
    new DOMParser().parseFromString(
      `<html lang="zh"><head><title>t</title></head><body>
      <aside class="sidebar"><span class="date">2019年1月1日</span>${aside}</aside>
      <div class="article"><h1>阿里巴巴发布新模型</h1>
      <div class="info">${dateLine}<span class="author">林晓舟</span></div>
      <p>阿里巴巴周二发布了新一代大模型。</p></div></body></html>`,
      'text/html',
    );

  it('reads the date line under the headline', () => {
    const doc = page('<span class="pub-time">2025年11月18日 09:30</span>');
    expect(readMetadata(doc, 'https://example.cn/a.html', NOW).publishedAt).toBe(
      '2025-11-18T09:30:00.000Z',
    );
  });

  it('never takes a date from page furniture', () => {
    const doc = page('<span class="pub-time">昨天</span>');
    expect(readMetadata(doc, 'https://example.cn/a.html', NOW).publishedAt).toBeNull();
  });
});
