import { describe, expect, it } from 'vitest';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';

const ids = (text: string, title = '') =>
  recognizeCompanies({ title, lead: '', text }).map((c) => c.id);

/** [name, org id, text where it is the organisation, text where it is not]. */
const CASES: ReadonlyArray<readonly [string, string, string, string]> = [
  [
    'Amazon',
    'amazon',
    'Amazon said on Tuesday it would invest another $4 billion in the AI startup.',
    'Fires in the Amazon have sped up deforestation across the basin, and the river is at a record low.',
  ],
  [
    'Apple',
    'apple',
    'Apple is testing a new AI model for Siri, the company said.',
    'Apple growers expect a strong harvest this year, and orchards are hiring pickers for the fruit.',
  ],
  [
    'Meta',
    'meta',
    "Meta's new model beat its rivals on coding benchmarks.",
    'A meta-analysis of 40 trials found no effect. Meta-analysis pools many studies.',
  ],
  [
    'Mistral',
    'mistral-ai',
    'Mistral released a new open-weight model and raised funding at a higher valuation.',
    'The Mistral blew for three days, and the wind reached 90 km/h across Provence.',
  ],
  [
    'Scale',
    'scale-ai',
    'Scale said it would keep serving customers after the data-labelling startup took the investment.',
    'Step on the Scale every morning before breakfast and track your weight in kilograms.',
  ],
  [
    'Character',
    'character-ai',
    'Character AI said it would stop teens from open-ended chats with its chatbots.',
    'The Character of the town changed after the war, the novel says.',
  ],
  [
    'Perplexity',
    'perplexity',
    'Perplexity launched its Comet browser for subscribers of the AI search startup.',
    'Perplexity spread across his face as he read the letter again.',
  ],
  [
    'Runway',
    'runway',
    'Runway released Gen-4, a video generation model, to paying users of its AI platform.',
    'Models walked the Runway in Copenhagen as designers showed their fashion collections.',
  ],
  [
    'Gemini',
    'google',
    'Gemini 3 tops the leaderboard, beating rival AI models on reasoning.',
    'Gemini, this week Mercury goes retrograde and the zodiac asks for patience.',
  ],
  [
    'Gemini (NASA)',
    'google',
    'Google said Gemini now has 650 million monthly users.',
    'The Gemini programme of NASA flew two astronauts per capsule.',
  ],
  [
    'Claude',
    'anthropic',
    'Claude, the AI assistant, now writes and runs code for hours.',
    'Claude Monet painted the water lilies at Giverny.',
  ],
  [
    'Claude (said)',
    'anthropic',
    'Anthropic said Claude can now use a browser.',
    'Claude said he would bring the bread, and his sister agreed.',
  ],
  [
    'Llama',
    'meta',
    'Llama models power many open-source AI apps built by developers.',
    'The Llama grazed in the Andes pasture, its wool thick against the cold.',
  ],
  [
    'Oracle',
    'oracle',
    'Oracle reported a surge in cloud bookings from its AI customers.',
    'The Oracle of Delphi spoke in riddles to Greek pilgrims.',
  ],
  [
    'Nova',
    'amazon',
    'Amazon released Nova models through Bedrock.',
    'They drove across Nova Scotia to see the coast.',
  ],
  [
    'Sora',
    'openai',
    'Sora, the video app, climbed the charts as users made AI clips.',
    'Sora is a common name in Japan, and Sora Aoi is an actress.',
  ],
  [
    'Blackwell',
    'nvidia',
    'Blackwell chips are sold out for the year, the chipmaker said.',
    'Elizabeth Blackwell was the first woman to earn a medical degree in the United States.',
  ],
  [
    'Hopper',
    'nvidia',
    'Cloud providers bought millions of Hopper GPUs last year.',
    'Edward Hopper painted Nighthawks in 1942.',
  ],
  [
    'Cursor',
    'anysphere',
    'Cursor, the AI coding assistant, now has a million developers.',
    'Move the Cursor to the top of the screen with the mouse.',
  ],
  [
    'Windsurf',
    'cognition',
    'Windsurf, the AI coding startup, was bought after its CEO left.',
    'Windsurf lessons on the lake start at nine; bring a wetsuit for the waves.',
  ],
  [
    'Harvey',
    'harvey',
    'Harvey, the legal AI startup, raised money at an $8 billion valuation.',
    'Harvey Weinstein was convicted again, and Steve Harvey hosts a game show.',
  ],
  [
    'Arm',
    'arm',
    'Arm said its chip designs now power most AI servers.',
    'Arm exercises help older adults stay strong, the physiotherapist said.',
  ],
];

describe('ambiguous names', () => {
  for (const [label, id, yes, no] of CASES) {
    it(`reads '${label}' as the organisation in corporate context`, () => {
      expect(ids(yes)).toContain(id);
    });
    it(`does not read '${label}' as the organisation otherwise`, () => {
      expect(ids(no)).not.toContain(id);
    });
  }

  it('accepts an ambiguous name when the organisation is named unambiguously elsewhere', () => {
    const [anthropic] = recognizeCompanies({
      title: '',
      lead: '',
      text: 'Claude got a new memory feature. Dario Amodei described it on stage.',
    });
    expect(anthropic?.id).toBe('anthropic');
    expect(anthropic?.evidence.join(' ')).toContain("'Dario Amodei' is at Anthropic");
  });

  it('does not accept an ambiguous name whose text is about the other sense', () => {
    const text =
      'The Amazon is drying. Deforestation in the Amazon basin and a weak river season hurt tribes. ' +
      'Logging companies said the rainforest would recover, and the company announced a plan.';
    expect(ids(text)).not.toContain('amazon');
  });

  it('needs more than a title-case headline for an ordinary word', () => {
    expect(
      ids('Small firms grow slowly.', 'Why Scale Matters More Than Ever for Small Businesses'),
    ).toEqual([]);
    expect(ids('Meta took a 49% stake in Scale AI.', 'Meta Takes a Big Stake in Scale')).toEqual([
      'meta',
      'scale-ai',
    ]);
  });

  it('gives context-decided names a confidence below 1', () => {
    const [mistral] = recognizeCompanies({
      title: '',
      lead: '',
      text: 'Mistral, the Paris AI startup, released a model.',
    });
    expect(mistral?.id).toBe('mistral-ai');
    expect(mistral?.confidence).toBeGreaterThan(0.5);
    expect(mistral?.confidence).toBeLessThan(1);
  });
});
