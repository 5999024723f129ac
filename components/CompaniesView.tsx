import type { OrgRecord } from '../lib/archive/org.ts';
import type { OrgAction } from '../lib/library/messages.ts';
import { hrefOf } from '../lib/library/routes.ts';
import { useAsk, useLoad } from './use-ask.ts';
import { plural } from './plural.ts';

/** Every company in the archive with its count; follow, and confirm or ignore discovered ones. */
export function CompaniesView() {
  const ask = useAsk();
  const [companies, reload] = useLoad(() => ask({ type: 'library/companies' }), 'companies');
  const act = (orgId: string, change: OrgAction) =>
    void ask({ type: 'library/org-action', orgId, change }).then(reload, reload);
  if (companies.status === 'loading') return <p class="bs-muted">Loading companies…</p>;
  if (companies.status === 'error')
    return (
      <p class="bs-error" role="alert">
        {companies.message}
      </p>
    );
  const active = companies.value.orgs.filter((o) => o.status !== 'ignored');
  const discovered = active.filter((o) => o.status === 'discovered');
  return (
    <section aria-labelledby="companies-heading">
      <h2 id="companies-heading">Companies</h2>
      {active.length === 0 && (
        <p class="bs-muted">No companies yet: they come with the articles you read.</p>
      )}
      {discovered.length > 0 && (
        <p class="bs-muted">
          {plural(discovered.length, 'discovered company waits', 'discovered companies wait')} for
          your word: open one to confirm, rename, merge or ignore it.
        </p>
      )}
      <table class="bs-table" data-testid="companies">
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Articles</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span class="bs-visually-hidden">Follow</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {active.map((org) => (
            <CompanyRow key={org.id} org={org} onAct={(change) => act(org.id, change)} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CompanyRow({
  org,
  onAct,
}: {
  readonly org: OrgRecord;
  readonly onAct: (change: OrgAction) => void;
}) {
  return (
    <tr data-testid="company-row" data-org={org.id}>
      <td>
        <a href={hrefOf({ view: 'company', orgId: org.id })}>{org.name}</a>
      </td>
      <td>{org.articleCount}</td>
      <td>{org.status === 'discovered' ? 'discovered' : 'confirmed'}</td>
      <td>
        <button
          type="button"
          class="bs-button bs-button-quiet"
          aria-pressed={org.followed === true}
          onClick={() => onAct({ action: org.followed ? 'unfollow' : 'follow' })}
        >
          {org.followed ? 'Following' : 'Follow'}
        </button>
      </td>
    </tr>
  );
}
