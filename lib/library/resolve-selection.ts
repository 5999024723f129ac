import { resolveOrgName } from '../entities/registry.ts';
import type { OrgRecord } from '../archive/org.ts';

/** Longest selection the context menu looks up (a name, not a paragraph). */
export const MAX_SELECTION = 120;

/** Where "Related coverage for '…'" leads: a company page or a full-text search. */
export type SelectionTarget =
  | { readonly kind: 'company'; readonly orgId: string; readonly name: string }
  | { readonly kind: 'search'; readonly query: string };

/** The selection as a name: one line, no surrounding quotes or punctuation, no possessive. */
export function cleanSelection(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SELECTION)
    .replace(/^[\s"'“”‘’«»([]+|[\s"'“”‘’«»)\].,;:!?]+$/g, '')
    .replace(/['’]s$/i, '')
    .trim();
}

/**
 * Resolves selected text to an organisation: the registry's names, aliases, divisions,
 * products, people and tickers first ("AWS" → Amazon), then the archive's own companies by name
 * (discovered ones such as "Odyssey"; merged ones lead to where they were merged). Anything
 * else is a full-text search.
 */
export function resolveSelection(text: string, stored: readonly OrgRecord[]): SelectionTarget {
  const name = cleanSelection(text);
  const entry = name ? resolveOrgName(name) : undefined;
  const byId = new Map(stored.map((o) => [o.id, o]));
  const follow = (org: OrgRecord | undefined): OrgRecord | undefined => {
    for (let hops = 0; org?.status === 'merged' && org.mergedInto && hops < 10; hops += 1) {
      org = byId.get(org.mergedInto);
    }
    return org;
  };
  if (entry) {
    const org = follow(byId.get(entry.id));
    if (org?.status !== 'ignored')
      return { kind: 'company', orgId: org?.id ?? entry.id, name: org?.name ?? entry.name };
  }
  const lower = name.toLowerCase();
  const match = follow(
    stored.find((o) => o.name.toLowerCase() === lower && o.status !== 'ignored'),
  );
  if (match && match.status !== 'ignored')
    return { kind: 'company', orgId: match.id, name: match.name };
  return { kind: 'search', query: name || text.trim().slice(0, MAX_SELECTION) };
}

/** The library route for a target. */
export function routeOf(target: SelectionTarget): string {
  return target.kind === 'company'
    ? `#/company/${encodeURIComponent(target.orgId)}`
    : `#/search?q=${encodeURIComponent(target.query)}`;
}
