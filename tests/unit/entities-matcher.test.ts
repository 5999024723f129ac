import { describe, expect, it } from 'vitest';
import { scanNames } from '../../lib/entities/matcher.ts';
import { buildDoc } from '../../lib/entities/text-doc.ts';

/** Registry strings found in `text` (before disambiguation), as written, with their org id. */
function found(text: string, title = ''): string[] {
  return scanNames(buildDoc(title, '', text)).map((m) => `${m.surface}=${m.name.orgId}`);
}

describe('scanNames', () => {
  it('matches straight and curly possessives and records them', () => {
    const matches = scanNames(buildDoc('', '', "Nvidia's chips and Amazon’s cloud"));
    expect(matches.map((m) => [m.surface, m.possessive])).toEqual([
      ['Nvidia', true],
      ['Amazon', true],
    ]);
  });

  it('matches names joined to a hyphenated word on either side', () => {
    expect(
      found('An OpenAI-backed lab bought Nvidia-powered servers from AI-chip maker Nvidia.'),
    ).toEqual(['OpenAI=openai', 'Nvidia=nvidia', 'Nvidia=nvidia']);
    const [m] = scanNames(buildDoc('', '', 'an OpenAI-backed lab'));
    expect(m?.hyphenSuffix).toBe('backed');
  });

  it('respects word boundaries', () => {
    expect(found('The Army band played in Harmony while armed guards watched.')).toEqual([]);
    expect(found('Metadata and Metaverse are not Meta.')).toEqual(['Meta=meta']);
  });

  it('does not match an ambiguous name glued into a compound', () => {
    expect(found('a Wafer-Scale chip')).toEqual([]);
    expect(found('the Microsoft-OpenAI deal')).toEqual(['Microsoft=microsoft', 'OpenAI=openai']);
  });

  it('prefers the longest name', () => {
    expect(found('Google DeepMind and Moore Threads and Scale AI')).toEqual([
      'Google DeepMind=google',
      'Moore Threads=moore-threads',
      'Scale AI=scale-ai',
    ]);
    expect(found('GPT-4o beat GPT-4 and GPT-5.1')).toEqual([
      'GPT-4o=openai',
      'GPT-4=openai',
      'GPT-5.1=openai',
    ]);
  });

  it('maps divisions, products and people to the parent', () => {
    expect(found('AWS, Claude and Jensen Huang')).toEqual([
      'AWS=amazon',
      'Claude=anthropic',
      'Jensen Huang=nvidia',
    ]);
  });

  it('allows plurals of products', () => {
    expect(found('thousands of H100s and TPUs')).toEqual(['H100s=nvidia', 'TPUs=google']);
  });

  it('matches all-caps forms of long unambiguous names and, in headlines, of any name', () => {
    expect(found('NVIDIA reported earnings')).toEqual(['NVIDIA=nvidia']);
    expect(found('OPENAI RAISES $40 BILLION')).toEqual(['OPENAI=openai']);
    expect(found('XAI is explainable AI')).toEqual([]);
    expect(found('the META trend')).toEqual([]);
  });

  it('never matches an ambiguous name written in capitals, even in a headline', () => {
    expect(found('OPEN SOURCE SUMMARIES AT SCALE: A NEW DATASET')).toEqual([]);
    expect(found('APPLE HARVEST STARTS EARLY IN KENT')).toEqual([]);
    expect(found('SCALE AI RAISES $1 BILLION')).toEqual(['SCALE AI=scale-ai']);
  });

  it('matches lowercase forms only of distinctive, unambiguous names', () => {
    expect(found('visit openai.com or chatgpt')).toEqual(['openai=openai', 'chatgpt=openai']);
    expect(found('an apple, a meta joke, a llama and a cursor')).toEqual([]);
  });

  it('matches tickers only in ticker context', () => {
    expect(found('Shares (NASDAQ: NVDA) rose, $AMZN fell and Oracle (ORCL) gained.')).toEqual([
      'NVDA=nvidia',
      'AMZN=amazon',
      'Oracle=oracle',
      'ORCL=oracle',
    ]);
    expect(found('Broadcom (AVGO.O) and TSMC (2330.TW)')).toEqual([
      'Broadcom=broadcom',
      'AVGO.O=broadcom',
      'TSMC=tsmc',
      '2330.TW=tsmc',
    ]);
    expect(found('NOW is the time, said the NET result of MU.')).toEqual([]);
    expect(found('ServiceNow (NYSE: NOW) and customer relationship management (CRM)')).toEqual([
      'ServiceNow=servicenow',
      'NOW=servicenow',
    ]);
  });
});
