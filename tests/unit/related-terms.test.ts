import { describe, expect, it } from 'vitest';
import { keyTerms, stem, termVector } from '../../lib/related/terms.ts';

const termsOf = (title: string, text: string) => termVector(title, text).map(([t]) => t);

describe('termVector', () => {
  it('lower-cases, drops stop words and bare numbers, keeps model and chip names', () => {
    const terms = termsOf(
      'Nvidia Ships H100 Racks',
      'The company said on Monday that 2026 shipments of the H100 and of GPT-5 servers grew 40%.',
    );
    expect(terms).toEqual(expect.arrayContaining(['nvidia', 'h100', 'gpt-5', 'rack', 'shipment']));
    for (const dropped of ['the', 'said', 'monday', '2026', '40', 'of', 'that']) {
      expect(terms).not.toContain(dropped);
    }
  });

  it('tokenises any script, folds accents and drops French, German and Spanish stop words', () => {
    const terms = termsOf(
      'Mistral lève des fonds',
      "L'entreprise française développe des modèles. Die Firma über Chips. La empresa también.",
    );
    expect(terms).toEqual(expect.arrayContaining(['mistral', 'leve', 'entreprise', 'modele']));
    expect(terms).toEqual(expect.arrayContaining(['francaise', 'firma', 'empresa', 'chip']));
    for (const dropped of ['des', 'die', 'uber', 'la', 'tambien', 'l']) {
      expect(terms).not.toContain(dropped);
    }
    expect(termsOf('東京のAI', 'Сбер и Яндекс')).toEqual(
      expect.arrayContaining(['сбер', 'яндекс']),
    );
  });

  it('stems plurals lightly and leaves non-plurals alone', () => {
    expect(['companies', 'chips', 'gpus', 'launches', 'models', 'rules'].map(stem)).toEqual([
      'company',
      'chip',
      'gpu',
      'launch',
      'model',
      'rule',
    ]);
    expect(['status', 'analysis', 'business', 'news', 'robotics', 'aws'].map(stem)).toEqual([
      'status',
      'analysis',
      'business',
      'news',
      'robotics',
      'aws',
    ]);
  });

  it('weighs the title more, scales frequency logarithmically and normalises', () => {
    const vector = termVector('Odyssey', 'robots robots robots robots robots robots robots lidar');
    const weight = new Map(vector);
    expect(Math.hypot(...vector.map(([, w]) => w))).toBeCloseTo(1, 3);
    // 7 occurrences: 1 + ln 7 ≈ 2.95 times one occurrence, not 7 times.
    expect((weight.get('robot') ?? 0) / (weight.get('lidar') ?? 1)).toBeCloseTo(1 + Math.log(7), 2);
    // A title word counts three times: 1 + ln 3.
    expect((weight.get('odyssey') ?? 0) / (weight.get('lidar') ?? 1)).toBeCloseTo(
      1 + Math.log(3),
      2,
    );
    expect(vector[0]?.[0]).toBe('robot');
  });

  it('keeps only the top terms, heaviest first', () => {
    const text = Array.from({ length: 100 }, (_, i) => `word${'x'.repeat(i % 50)}a`).join(' ');
    const vector = termVector('', text, 10);
    expect(vector).toHaveLength(10);
    const weights = vector.map(([, w]) => w);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(termVector('', '')).toEqual([]);
  });

  it('bounds the vector of a 10,000-word text (its speed is in npm run bench)', () => {
    const words = ['nvidia', 'export', 'controls', 'the', 'of', 'chips', 'china', 'rules'];
    const text = Array.from({ length: 10_000 }, (_, i) => `${words[i % 8]}${i % 600}`).join(' ');
    const vector = termVector('Export rules tighten', text);
    expect(vector.length).toBeGreaterThan(0);
    expect(vector.length).toBeLessThanOrEqual(termVector('', text).length);
    expect(new Set(vector.map(([term]) => term)).size).toBe(vector.length);
  });
});

describe('keyTerms', () => {
  it('picks distinctive terms, not words every AI article uses, and favours model names', () => {
    const vector = termVector(
      'AI model startup Odyssey raises money for world models',
      'The AI company Odyssey builds world models; its model runs on H100 chips. AI AI AI model.',
    );
    const keys = keyTerms(vector, 5);
    expect(keys).toEqual(['odyssey', 'world', 'money', 'raise', 'h100']);
    // Named once like "chips" and "runs", but a model or chip name pins the story down.
    expect(keys).not.toContain('chip');
  });
});
