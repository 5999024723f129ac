import type { ArticleDraft } from '../../lib/archive/draft.ts';
import { indexFields, urlKeysOf } from '../../lib/archive/draft.ts';
import { siteKeyOf } from '../../lib/archive/article.ts';
import type { OrgRef } from '../../lib/related/types.ts';

let counter = 0;

export interface DraftOptions extends Partial<Omit<ArticleDraft, 'orgs'>> {
  readonly orgs?: readonly (OrgRef & { readonly name?: string })[];
}

/** A valid article draft; override what the test is about. Text and title drive the index fields. */
export function makeDraft(overrides: DraftOptions = {}): ArticleDraft {
  counter += 1;
  const title = overrides.title ?? `Story number ${counter} about chips`;
  const text =
    overrides.text ?? `Body of story ${counter}. Data centres and models and chips ${counter}.`;
  const url = overrides.url ?? `https://www.circuitledger.example/2026/11/story-${counter}`;
  const siteName = overrides.siteName ?? 'The Circuit Ledger';
  const orgs = overrides.orgs ?? [];
  return {
    url,
    title,
    siteName,
    byline: 'Dana Whitfield',
    excerpt: 'A short excerpt.',
    publishedAt: '2026-11-03T09:00:00.000Z',
    lang: 'en',
    wordCount: 640,
    ...indexFields(title, text),
    siteKey: siteKeyOf(siteName),
    urlKeys: urlKeysOf([url]),
    time: Date.parse('2026-11-03T09:00:00.000Z'),
    genre: 'news',
    score: 0.9,
    storyId: null,
    read: true,
    source: 'visit',
    orgNames: new Map(
      orgs.map((o) => [o.id, { name: o.name ?? o.id, discovered: o.id.startsWith('d:') }]),
    ),
    ...overrides,
    orgs: orgs.map(({ id, salience, about }) => ({ id, salience, about })),
    text,
  };
}

/** A database name no other test uses, so tests never share state. */
export function freshDbName(): string {
  counter += 1;
  return `backstory-test-${counter}-${Math.random().toString(36).slice(2)}`;
}
