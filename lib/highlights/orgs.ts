/**
 * The organisations a highlight names: the company recogniser over its quote and note, plus the
 * page's organisations whose names appear in them (a short quote lacks the context the
 * recogniser would use to tell "Mistral" the company from the wind).
 */
import { recognizeCompanies } from '../entities/recognize.ts';

export interface NamedOrg {
  readonly id: string;
  readonly name: string;
}

const MAX_ORGS = 40;

export function orgsInHighlight(
  quote: string,
  note: string,
  pageOrgs: readonly NamedOrg[],
): string[] {
  const text = `${quote}\n\n${note}`;
  const found = recognizeCompanies({ title: '', lead: '', text }).map((c) => c.id);
  const lower = text.toLowerCase();
  for (const org of pageOrgs) {
    if (org.name.length >= 2 && lower.includes(org.name.toLowerCase())) found.push(org.id);
  }
  return [...new Set(found)].slice(0, MAX_ORGS);
}
