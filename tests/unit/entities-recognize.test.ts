import { describe, expect, it } from 'vitest';
import {
  type ArticleText,
  getOrg,
  recognizeCompanies,
  resolveOrgName,
} from '../../lib/entities/recognize.ts';

/** A focused article: Amazon in the title and lead and throughout, others in passing. */
function makeArticle(overrides: Partial<ArticleText> = {}): ArticleText {
  const lead =
    'Amazon is putting another $4 billion into Anthropic as AWS races to fill its data centres.';
  const body = [
    lead,
    'The investment deepens ties between Amazon and the Claude maker, which trains its models on Trainium chips.',
    'AWS said the Project Rainier cluster would be expanded next year.',
    'Andy Jassy told analysts that Amazon expects demand for AI to keep growing.',
    'Odyssey, a startup developing world models, also signed a deal with AWS this week.',
    'Microsoft and Google declined to comment. Nvidia was not involved.',
    'Amazon shares rose 2% in New York.',
  ].join('\n\n');
  return { title: 'Amazon doubles down on Anthropic', lead, text: body, ...overrides };
}

describe('recognizeCompanies', () => {
  it('returns companies sorted by salience with the article subject first', () => {
    const result = recognizeCompanies(makeArticle());
    expect(result[0]?.id).toBe('amazon');
    expect(result[1]?.id).toBe('anthropic');
    const saliences = result.map((c) => c.salience);
    expect(saliences).toEqual([...saliences].sort((a, b) => b - a));
    expect(result[0]?.salience).toBeGreaterThan(0.9);
  });

  it('tells the subject of the article from passing mentions', () => {
    const byId = new Map(recognizeCompanies(makeArticle()).map((c) => [c.id, c]));
    expect(byId.get('amazon')?.about).toBe(true);
    expect(byId.get('anthropic')?.about).toBe(true);
    expect(byId.get('microsoft')?.about).toBe(false);
    expect(byId.get('nvidia')?.about).toBe(false);
    expect(byId.get('nvidia')?.salience).toBeLessThan(0.2);
  });

  it('counts title and text mentions, and lead mentions only once', () => {
    const amazon = recognizeCompanies(makeArticle()).find((c) => c.id === 'amazon');
    // Title 1; lead 2 (Amazon, AWS); body: Amazon, Trainium, AWS, Project Rainier, Andy Jassy,
    // Amazon, AWS, Amazon.
    expect(amazon?.mentions).toBe(11);
  });

  it('scans the lead when the text does not contain it', () => {
    const result = recognizeCompanies({
      title: 'A quiet week',
      lead: 'Nvidia rested.',
      text: 'Nothing happened.',
    });
    expect(result.map((c) => [c.id, c.mentions])).toEqual([['nvidia', 1]]);
  });

  it('finds the lead in the text despite different line wrapping', () => {
    const result = recognizeCompanies({
      title: 'Chip sales',
      lead: 'Nvidia sold more chips than expected.',
      text: 'Nvidia sold\n   more chips than\nexpected. Analysts were surprised.',
    });
    expect(result.map((c) => [c.id, c.mentions])).toEqual([['nvidia', 1]]);
  });

  it('includes discovered organisations with a d: id', () => {
    const odyssey = recognizeCompanies(makeArticle()).find((c) => c.discovered);
    expect(odyssey).toMatchObject({ id: 'd:odyssey', name: 'Odyssey', mentions: 1, about: false });
  });

  it('explains each result', () => {
    const amazon = recognizeCompanies(makeArticle()).find((c) => c.id === 'amazon');
    expect(amazon?.evidence).toContain('title names Amazon');
    expect(amazon?.evidence).toContain("'AWS' is part of Amazon");
    expect(amazon?.confidence).toBe(1);
  });

  it('ranks early mentions above late ones', () => {
    const text =
      'Cohere released a model for enterprise customers. '.repeat(1) +
      'Filler sentence about the market. '.repeat(40) +
      'Later, Groq released a chip.';
    const [first, second] = recognizeCompanies({ title: 'Weekly notes', lead: '', text });
    expect(first?.id).toBe('cohere');
    expect(second?.id).toBe('groq');
  });

  it('returns nothing for text without companies', () => {
    expect(
      recognizeCompanies({
        title: 'Autumn recipes',
        lead: '',
        text: 'Bake the apple pie for an hour.',
      }),
    ).toEqual([]);
  });
});

describe('resolveOrgName and getOrg', () => {
  it('resolves names, aliases, divisions, products, people and tickers without regard to case', () => {
    expect(resolveOrgName('AWS')?.id).toBe('amazon');
    expect(resolveOrgName('google deepmind')?.id).toBe('google');
    expect(resolveOrgName('  Sam   Altman ')?.id).toBe('openai');
    expect(resolveOrgName('nvda')?.id).toBe('nvidia');
    expect(resolveOrgName('Character.AI')?.id).toBe('character-ai');
    expect(resolveOrgName('Odyssey')).toBeUndefined();
    expect(resolveOrgName('Amaz')).toBeUndefined();
  });

  it('looks organisations up by id', () => {
    expect(getOrg('mistral-ai')?.name).toBe('Mistral AI');
    expect(getOrg('d:odyssey')).toBeUndefined();
  });
});
