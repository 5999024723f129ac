import type { ArticleRecord } from './article.ts';
import type { StoredOrgs } from './index-entries.ts';
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
