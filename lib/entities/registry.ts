import type { OrgEntry } from './org-entry.ts';
import { REGISTRY } from './registry-data.ts';

/** How a registry string relates to its organisation. */
export type NameForm = 'name' | 'alias' | 'division' | 'product' | 'person' | 'ticker';

/** One string of the registry with the organisation it resolves to. */
export interface RegistryName {
  readonly text: string;
  readonly org: OrgEntry;
  readonly form: NameForm;
  readonly ambiguous: boolean;
}

/** Every name, alias, division, product and person of every entry (tickers excluded). */
export function registryNames(entries: readonly OrgEntry[] = REGISTRY): RegistryName[] {
  const out: RegistryName[] = [];
  for (const org of entries) {
    const ambiguous = new Set((org.ambiguous ?? []).map((n) => n.toLowerCase()));
    const add = (text: string, form: NameForm) =>
      out.push({ text, org, form, ambiguous: ambiguous.has(text.toLowerCase()) });
    add(org.name, 'name');
    for (const n of org.aliases ?? []) add(n, 'alias');
    for (const n of org.divisions ?? []) add(n, 'division');
    for (const n of org.products ?? []) add(n, 'product');
    for (const n of org.people ?? []) add(n, 'person');
  }
  return out;
}

let byId: Map<string, OrgEntry> | undefined;
let byName: Map<string, OrgEntry> | undefined;

/** The registry entry with this id. */
export function getOrg(id: string): OrgEntry | undefined {
  byId ??= new Map(REGISTRY.map((org) => [org.id, org]));
  return byId.get(id);
}

/**
 * Exact lookup of a name, alias, division, product, person or ticker, ignoring case
 * ("AWS" → Amazon, "nvda" → Nvidia). No fuzzy matching: it answers for strings the registry lists.
 */
export function resolveOrgName(name: string): OrgEntry | undefined {
  if (!byName) {
    byName = new Map();
    for (const entry of registryNames()) byName.set(entry.text.toLowerCase(), entry.org);
    for (const org of REGISTRY) {
      for (const ticker of org.tickers ?? []) {
        const key = ticker.toLowerCase();
        if (!byName.has(key)) byName.set(key, org);
      }
    }
  }
  return byName.get(name.trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase());
}
