import { describe, expect, it } from 'vitest';
import type { OrgRecord } from '../../lib/archive/org.ts';
import { cleanSelection, resolveSelection, routeOf } from '../../lib/library/resolve-selection.ts';

const org = (id: string, name: string, extra: Partial<OrgRecord> = {}): OrgRecord => ({
  id,
  name,
  status: 'confirmed',
  mergedInto: null,
  articleCount: 1,
  firstSeenAt: 0,
  lastSeenAt: 0,
  ...extra,
});

describe('resolving a selection to a company', () => {
  it('resolves aliases, divisions, products, people and tickers through the registry', () => {
    expect(resolveSelection('AWS', [])).toMatchObject({ kind: 'company', orgId: 'amazon' });
    expect(resolveSelection('Amazon Web Services', [])).toMatchObject({ orgId: 'amazon' });
    expect(resolveSelection('Claude', [])).toMatchObject({ orgId: 'anthropic' });
    expect(resolveSelection('Jensen Huang', [])).toMatchObject({ orgId: 'nvidia' });
    expect(resolveSelection('nvda', [])).toMatchObject({ orgId: 'nvidia' });
  });

  it('ignores quotes, punctuation, line breaks and a possessive', () => {
    expect(cleanSelection('  “AWS’s  ')).toBe('AWS');
    expect(resolveSelection('"Anthropic,"\n', [])).toMatchObject({ orgId: 'anthropic' });
    expect(resolveSelection("Nvidia's", [])).toMatchObject({ orgId: 'nvidia' });
  });

  it('finds discovered companies by name and follows merges', () => {
    const stored = [
      org('d:odyssey', 'Odyssey', { status: 'discovered' }),
      org('d:odyssey-ai', 'Odyssey AI', { status: 'merged', mergedInto: 'd:odyssey' }),
    ];
    expect(resolveSelection('odyssey', stored)).toEqual({
      kind: 'company',
      orgId: 'd:odyssey',
      name: 'Odyssey',
    });
    expect(resolveSelection('Odyssey AI', stored)).toMatchObject({ orgId: 'd:odyssey' });
  });

  it('searches the text when it names no company (or an ignored one)', () => {
    expect(resolveSelection('world models', [])).toEqual({ kind: 'search', query: 'world models' });
    const ignored = [org('d:acme', 'Acme', { status: 'ignored' })];
    expect(resolveSelection('Acme', ignored)).toEqual({ kind: 'search', query: 'Acme' });
  });

  it('makes library routes, encoded', () => {
    expect(routeOf({ kind: 'company', orgId: 'd:odyssey', name: 'Odyssey' })).toBe(
      '#/company/d%3Aodyssey',
    );
    expect(routeOf({ kind: 'search', query: 'chips & models' })).toBe(
      '#/search?q=chips%20%26%20models',
    );
  });
});
