import { describe, expect, it } from 'vitest';
import { ambiguityRule } from '../../lib/entities/ambiguity-rules.ts';
import { buildNameIndex } from '../../lib/entities/name-index.ts';
import { registryNames } from '../../lib/entities/registry.ts';
import { REGISTRY } from '../../lib/entities/registry-data.ts';

describe('registry data', () => {
  it('has unique kebab-case ids', () => {
    const ids = REGISTRY.map((org) => org.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every string to exactly one organisation', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const n of registryNames()) {
      const key = n.text.toLowerCase();
      const prior = owner.get(key);
      if (prior && prior !== n.org.id) clashes.push(`${n.text}: ${prior} / ${n.org.id}`);
      owner.set(key, n.org.id);
    }
    expect(clashes).toEqual([]);
  });

  it('lists as ambiguous only strings the entry has', () => {
    for (const org of REGISTRY) {
      const own = new Set(
        [org.name, ...(org.aliases ?? []), ...(org.divisions ?? []), ...(org.products ?? [])].map(
          (s) => s.toLowerCase(),
        ),
      );
      for (const name of org.ambiguous ?? [])
        expect(own, `${org.id}: ${name}`).toContain(name.toLowerCase());
    }
  });

  it('leaves Odyssey to discovery', () => {
    expect(registryNames().some((n) => /odyssey/i.test(n.text))).toBe(false);
  });
});

describe('name index', () => {
  it('keys candidates by their first word, longest first', () => {
    const bucket =
      buildNameIndex()
        .byKey.get('google')
        ?.map((n) => n.text) ?? [];
    expect(bucket[0]).toBe('Google Cloud Platform');
    expect(bucket).toContain('Google');
    expect(bucket.indexOf('Google DeepMind')).toBeLessThan(bucket.indexOf('Google'));
  });

  it('has a sense for every ambiguous name (word lists default to empty)', () => {
    expect(ambiguityRule('Scale').sense).toBe('word');
    expect(ambiguityRule('Claude').sense).toBe('person');
    expect(ambiguityRule('Amazon').sense).toBe('proper');
    expect(ambiguityRule('Amazon').against.has('rainforest')).toBe(true);
    expect(ambiguityRule('Kiro').against.size).toBe(0);
  });
});
