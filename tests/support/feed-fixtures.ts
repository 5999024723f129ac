import { readFileSync } from 'node:fs';

/** A feed fixture's text (tests/fixtures/feeds/). */
export function feedFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
}

/** The fixtures' clock: 7 December 2026, noon UTC. */
export const FEED_NOW = Date.parse('2026-12-07T12:00:00Z');
