import type { ArticleRecord } from './article.ts';
import { getOrg } from '../entities/registry.ts';
import type { CompanyMention } from '../entities/recognize.ts';
import type { ArchiveDb } from './db.ts';
import { readOrgs, type StoredOrgs } from './index-entries.ts';
import { replaceOrg } from './org-manage.ts';

type OrgRef = ArticleRecord['orgs'][number];

/** Where each organisation the reader decided about goes: null when ignored, else its target. */
export type OrgDecisions = ReadonlyMap<string, string | null>;

/**
 * The reader's decisions about these stored organisations (library: ignore, merge into another),
 * so that an article recorded later follows them too.
 */
export function orgDecisions(stored: StoredOrgs): OrgDecisions {
  const decisions = new Map<string, string | null>();
  for (const [id, org] of stored) {
    if (org?.status === 'ignored') decisions.set(id, null);
    else if (org?.status === 'merged' && org.mergedInto) decisions.set(id, org.mergedInto);
  }
  return decisions;
}

/** An article's organisations with the decisions applied: ignored ones gone, merged ones joined. */
export function applyOrgDecisions(
  orgs: readonly OrgRef[],
  decisions: OrgDecisions,
): ArticleRecord['orgs'] {
  let out = [...orgs];
  for (const [from, into] of decisions) out = replaceOrg(out, from, into);
  return out;
}

/**
 * A page analysis's companies as the reader decided in the library, for what the sidebar and
 * the popup show and what related coverage is looked up by: ignored ones gone, merged ones shown
 * as their target (joined with it when the page names both), renamed ones under their new name.
 * Also returns the stored records of the companies it keeps, read on the way (the chips' counts).
 */
export async function companiesAsDecided(
  db: ArchiveDb,
  companies: readonly CompanyMention[],
): Promise<{ companies: CompanyMention[]; orgs: StoredOrgs }> {
  const stored = await readOrgs(
    db,
    companies.map((c) => c.id),
  );
  const decisions = orgDecisions(stored);
  const targets = await readOrgs(
    db,
    [...decisions.values()].filter((id): id is string => id !== null && !stored.has(id)),
  );
  const out = new Map<string, CompanyMention>();
  for (const company of companies) {
    const into = decisions.has(company.id) ? decisions.get(company.id) : company.id;
    if (into === null || into === undefined) continue;
    const decided = {
      ...company,
      id: into,
      name: (stored.get(into) ?? targets.get(into))?.name ?? getOrg(into)?.name ?? company.name,
      discovered: into === company.id ? company.discovered : into.startsWith('d:'),
    };
    const existing = out.get(into);
    out.set(
      into,
      existing
        ? {
            ...existing,
            mentions: existing.mentions + decided.mentions,
            salience: Math.max(existing.salience, decided.salience),
            about: existing.about || decided.about,
            confidence: Math.max(existing.confidence, decided.confidence),
            evidence: [...existing.evidence, ...decided.evidence].slice(0, 20),
          }
        : decided,
    );
  }
  return {
    companies: [...out.values()].sort((a, b) => b.salience - a.salience || b.mentions - a.mentions),
    orgs: new Map([...out.keys()].map((id) => [id, stored.get(id) ?? targets.get(id)])),
  };
}
