import type { HighlightRecord } from '../../lib/archive/highlight.ts';
import { urlKeysOf } from '../../lib/archive/draft.ts';

let counter = 0;

/** A valid highlight record (the shape lib/highlights writes); override what the test is about. */
export function makeHighlight(overrides: Partial<HighlightRecord> = {}): HighlightRecord {
  counter += 1;
  const url = overrides.url ?? 'https://www.circuitledger.example/2026/11/story-1';
  return {
    id: `highlight-${counter}-${Math.random().toString(36).slice(2, 10)}`,
    url,
    urlKeys: urlKeysOf([url]),
    articleId: null,
    title: 'Amazon backs a world-model startup',
    siteName: 'The Circuit Ledger',
    quote: { exact: 'infrastructure over models', prefix: 'the ', suffix: ' again' },
    position: { start: 10, end: 36 },
    color: 'idea',
    tags: ['thesis'],
    note: 'the infrastructure-over-models thesis again',
    orgIds: ['amazon'],
    state: 'anchored',
    createdAt: 1_000,
    updatedAt: 1_000 + counter,
    checkedAt: 1_000,
    ...overrides,
  };
}
