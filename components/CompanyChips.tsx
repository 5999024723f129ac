import { ChipUnread } from './FeedNotes.tsx';
import { plural } from './plural.ts';

export interface ChipCompany {
  readonly id: string;
  readonly name: string;
  readonly mentions: number;
  /** Articles in the reader's archive that name the company (this one included once saved). */
  readonly archived?: number;
  readonly about: boolean;
  readonly discovered: boolean;
  /** Discovered only: the page's sentence that showed it to be a company. */
  readonly sentence?: string;
}

export interface CompanyChipsProps {
  readonly companies: readonly ChipCompany[];
  /** Opens the company's coverage and timeline. */
  readonly onOpen: (company: ChipCompany) => void;
  /** Unread feed stories per followed company since the reader last looked (issue 8). */
  readonly unread?: Readonly<Record<string, number>>;
}

function describe(company: ChipCompany): string {
  const archived =
    company.archived === undefined
      ? ''
      : `${plural(company.archived, 'article', 'articles')} in your archive, `;
  const mentions = `${plural(company.mentions, 'mention', 'mentions')} here`;
  const role = company.about ? 'the article is about it' : 'mentioned in passing';
  const found = company.discovered && company.sentence ? `\nFound in: “${company.sentence}”` : '';
  return `${company.name}: ${archived}${mentions}, ${role}${company.discovered ? '; new to Backstory' : ''}${found}`;
}

/**
 * For companies Backstory found on the page rather than knew, the sentence that showed each one
 * to be a company, so the reader can judge the guess. Page text, rendered as text only.
 */
function DiscoveredEvidence({ companies }: { readonly companies: readonly ChipCompany[] }) {
  const found = companies.filter((c) => c.discovered && c.sentence);
  if (found.length === 0) return null;
  const label =
    found.length === 1
      ? `Why Backstory took ${found[0]?.name} for a company`
      : `Why Backstory took ${found.length} new names for companies`;
  return (
    <details class="bs-why" data-testid="discovered-evidence">
      <summary>{label}</summary>
      <ul>
        {found.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>: “{c.sentence}”
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The article's companies, the ones it is about first; each opens its coverage over time. */
export function CompanyChips({ companies, onOpen, unread }: CompanyChipsProps) {
  if (companies.length === 0) return null;
  const ordered = [...companies.filter((c) => c.about), ...companies.filter((c) => !c.about)];
  return (
    <>
      <ul class="bs-chips" aria-label="Companies in this article">
        {ordered.map((company) => (
          <li key={company.id}>
            <button
              type="button"
              class={company.about ? 'bs-chip bs-chip-about' : 'bs-chip'}
              data-testid="company-chip"
              data-about={company.about}
              title={describe(company)}
              onClick={() => onOpen(company)}
            >
              <span class="bs-chip-name">{company.name}</span>
              <span class="bs-chip-count" aria-hidden="true" data-testid="company-chip-count">
                {company.archived ?? company.mentions}
              </span>
              <span class="bs-visually-hidden">{company.about ? ', about' : ', in passing'}</span>
              <ChipUnread count={unread?.[company.id]} />
            </button>
          </li>
        ))}
      </ul>
      <DiscoveredEvidence companies={ordered} />
    </>
  );
}
