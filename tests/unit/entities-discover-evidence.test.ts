import { describe, expect, it } from 'vitest';
import { companyMentionSchema } from '../../lib/analyze/analysis-schema.ts';
import { isHeadingAt, MAX_SENTENCE, sentenceAround } from '../../lib/entities/discover-prose.ts';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';

const article = (text: string, title = 'Robot hands get cheaper') =>
  recognizeCompanies({ title, lead: '', text });

describe('the evidence sentence of a discovered company', () => {
  it('is the sentence that introduced it', () => {
    const text =
      'Prices fell again this quarter. Brackenridge, a startup that builds test rigs for robot ' +
      'hands, raised $6 million on Tuesday. Brackenridge will hire ten engineers.';
    const found = article(text).find((c) => c.name === 'Brackenridge');
    expect(found?.discovered).toBe(true);
    expect(found?.sentence).toBe(
      'Brackenridge, a startup that builds test rigs for robot hands, raised $6 million on Tuesday.',
    );
  });

  it('is left out for registry companies', () => {
    const text = 'Nvidia said demand stayed high. Brackenridge Labs raised $6 million.';
    const byName = new Map(article(text).map((c) => [c.name, c]));
    expect(byName.get('Nvidia')?.sentence).toBeUndefined();
    expect(byName.get('Brackenridge Labs')?.sentence).toBe('Brackenridge Labs raised $6 million.');
  });

  it('is cut around the name when the sentence is long, and passes the message schema', () => {
    const filler = 'the market for actuators and sensors kept growing in every region, ';
    const text = `In a year when ${filler.repeat(6)}Brackenridge, a startup that builds test rigs, raised $6 million while ${filler.repeat(6)}and prices fell.`;
    const found = article(text).find((c) => c.name === 'Brackenridge');
    const sentence = found?.sentence ?? '';
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentence).toContain('Brackenridge, a startup that builds test rigs');
    expect(sentence.startsWith('…')).toBe(true);
    expect(sentence.endsWith('…')).toBe(true);
    expect(companyMentionSchema.safeParse(found).success).toBe(true);
    expect(
      companyMentionSchema.safeParse({ ...found, sentence: 'x'.repeat(MAX_SENTENCE + 1) }).success,
    ).toBe(false);
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = 'Shares of Kestrel Corp. rose after the U.S. approval, analysts said. Later news.';
    const at = text.indexOf('Kestrel');
    expect(sentenceAround(text, at, at + 7)).toBe(
      'Shares of Kestrel Corp. rose after the U.S. approval, analysts said.',
    );
  });

  it('never throws on odd input', () => {
    expect(sentenceAround('', 0, 0)).toBe('');
    expect(sentenceAround('Short', 3, 99)).toBe('Short');
    expect(() => article('\u0000\n\n…:|•'.repeat(50), '')).not.toThrow();
  });
});

describe('headings, list items and prose', () => {
  const at = (text: string, word: string) => isHeadingAt(text, text.indexOf(word));

  it('takes title-case lines and lead-ins for headings', () => {
    expect(at('Intro.\nPredictive Analytics\nMore text here.', 'Predictive')).toBe(true);
    const lead = 'Exploring Compound AI: members compared notes on routing.';
    expect(at(lead, 'Compound')).toBe(true);
    expect(at(lead, 'members')).toBe(false);
    expect(at('Top Stories - Harbor Labs Hires Ten', 'Harbor')).toBe(true);
  });

  it('takes sentences full of names for prose', () => {
    expect(at('Sequoia, Index Ventures and Lux Capital invested.', 'Lux')).toBe(false);
    expect(at('Quillora raised $5 million from Harbor Ridge Capital.', 'Harbor')).toBe(false);
    expect(at('Das Start-up Odyssey entwickelt Weltmodelle für Spiele.', 'Odyssey')).toBe(false);
  });
});
