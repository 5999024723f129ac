import { describe, expect, it } from 'vitest';
import {
  findStory,
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_MAX_BITS,
  sameEvent,
  simhash,
} from '../../lib/related/cluster.ts';
import { termVector } from '../../lib/related/terms.ts';
import type { IndexedArticle, OrgRef } from '../../lib/related/types.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-10T09:00:00Z');

const STORY = [
  'Odyssey, a London startup building world models for robots and games, has raised $40 million',
  'in a round led by the venture arm of Amazon, the company said on Tuesday. The money will pay',
  'for a larger training cluster and for a team in Seattle that works with warehouse robotics',
  'groups. Odyssey was founded two years ago by former researchers from a self-driving company,',
  'and its first product turns short video clips into scenes that a robot can explore and change.',
  'The founders argue that language models alone will not teach machines how objects move, fall',
  'and break, and that a model trained on video can fill that gap. Amazon has spent heavily on',
  'its own models, but people close to the deal said its teams had fallen behind rivals on video',
  'generation and wanted a closer look at a smaller group that moves faster. The round values',
  'Odyssey at about $300 million. Existing investors also took part, and the startup said it would',
  'keep selling access to other cloud customers, including companies that compete with Amazon in',
  'retail. Analysts said the deal fits a pattern: large cloud providers invest in young model',
  'makers, who then spend much of the money on the same providers’ computing capacity. Odyssey',
  'plans to open a research preview of its next model in the summer and to publish a paper on',
  'how it measures whether a generated world obeys simple physics, such as gravity and friction.',
].join(' ');

const UNRELATED = [
  'Regulators in Brussels opened a review of how chip makers allocate scarce packaging capacity,',
  'after several carmakers complained that orders for advanced sensors were delayed for months.',
  'The review will ask foundries and their largest customers to hand over contracts and forecasts,',
  'and officials said they would decide by the autumn whether to open a formal investigation. The',
  'industry group representing European suppliers welcomed the move but warned against rules that',
  'would push production to other regions. Packaging, once a minor step at the end of chip making,',
  'has become a bottleneck as accelerators stack memory dies next to processors on one substrate.',
].join(' ');

function article(overrides: Partial<IndexedArticle> & { text?: string } = {}): IndexedArticle {
  const { text = STORY, ...rest } = overrides;
  const title = rest.title ?? 'Amazon backs world-model startup Odyssey';
  return {
    id: 1,
    url: 'https://a.example/1',
    title,
    siteName: 'The Circuit Ledger',
    time: T0,
    genre: 'news',
    orgs: [
      { id: 'd:odyssey', salience: 0.9, about: true },
      { id: 'amazon', salience: 0.7, about: true },
    ],
    terms: termVector(title, text),
    storyId: null,
    read: true,
    ...rest,
  };
}

describe('simhash', () => {
  it('is 64 bits as 16 hex characters, and deterministic', () => {
    expect(simhash(STORY)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(STORY)).toBe(simhash(STORY));
    expect(simhash('')).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(simhash(STORY), simhash(STORY))).toBe(0);
  });

  it('counts differing bits, and treats a malformed fingerprint as far', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('0000000000000001', '8000000000000000')).toBe(2);
    expect(hammingDistance('not-a-fingerprint', '0000000000000000')).toBe(64);
  });

  it('finds a syndicated, lightly edited copy and not an unrelated text', () => {
    const copy = `${STORY.replace('has raised $40 million', 'raised $40m').replace(
      'on Tuesday',
      'this week',
    )} This story first appeared in The Circuit Ledger.`;
    expect(hammingDistance(simhash(STORY), simhash(copy))).toBeLessThanOrEqual(
      NEAR_DUPLICATE_MAX_BITS,
    );
    expect(isNearDuplicate(simhash(STORY), simhash(copy))).toBe(true);
    expect(hammingDistance(simhash(STORY), simhash(UNRELATED))).toBeGreaterThan(15);
    expect(isNearDuplicate(simhash(STORY), simhash(UNRELATED))).toBe(false);
  });
});

describe('sameEvent', () => {
  const rewrite = [
    'Amazon is putting $40 million into Odyssey, a young London company that trains world models',
    'on video so that robots can predict how objects behave. The investment, made through Amazon’s',
    'venture arm, values Odyssey at roughly $300 million. Odyssey will use the round to expand its',
    'training cluster and open a Seattle office close to warehouse robotics teams, and its founders',
    'say video-trained world models teach physics that language models miss.',
  ].join(' ');
  const other = article({
    id: 2,
    url: 'https://b.example/odyssey',
    title: 'Odyssey lands Amazon money for its world models',
    terms: termVector('Odyssey lands Amazon money for its world models', rewrite),
    time: T0 + DAY,
    siteName: 'Northwind Wire',
    orgs: [
      { id: 'amazon', salience: 0.9, about: true },
      { id: 'd:odyssey', salience: 0.85, about: true },
    ],
  });

  it('joins two outlets’ reports of one event', () => {
    expect(sameEvent(article(), other)).toBe(true);
    expect(sameEvent(other, article())).toBe(true);
  });

  it('needs the reports to be days apart at most', () => {
    expect(sameEvent(article(), { ...other, time: T0 + 10 * DAY })).toBe(false);
  });

  it('needs the same main organisations', () => {
    const elsewhere: OrgRef[] = [{ id: 'd:worldforge', salience: 0.9, about: true }];
    expect(sameEvent(article(), { ...other, orgs: elsewhere })).toBe(false);
    expect(sameEvent(article(), { ...other, orgs: [] })).toBe(false);
  });

  it('keeps apart two stories about the same company in the same week', () => {
    const title = 'Amazon opens a new warehouse robotics lab in Texas';
    const text =
      'Amazon opened a warehouse robotics lab in Texas where engineers will test picking arms, ' +
      'conveyor sorters and inventory drones before they reach fulfilment centres next year.';
    const lab = article({
      id: 3,
      title,
      terms: termVector(title, text),
      orgs: [{ id: 'amazon', salience: 0.95, about: true }],
    });
    expect(sameEvent(article(), lab)).toBe(false);
  });

  it('gives a new article the story of the earlier one it repeats', () => {
    const first = { article: article({ id: 10, storyId: null }), fingerprint: simhash(STORY) };
    const copy = { article: article({ id: 11 }), fingerprint: simhash(STORY) };
    expect(findStory(copy, [first])).toBe(10);
    const joined = { ...first, article: { ...first.article, storyId: 4 } };
    expect(findStory(copy, [joined])).toBe(4);
    const unrelated = { article: article({ id: 12, orgs: [] }), fingerprint: simhash(UNRELATED) };
    expect(findStory(unrelated, [first])).toBeNull();
  });
});
