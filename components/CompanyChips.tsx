export interface ChipCompany {
  readonly id: string;
  readonly name: string;
  readonly mentions: number;
  readonly about: boolean;
  readonly discovered: boolean;
}

export interface CompanyChipsProps {
  readonly companies: readonly ChipCompany[];
}

/** The article's companies: the ones it is about first, then passing mentions. */
export function CompanyChips({ companies }: CompanyChipsProps) {
  if (companies.length === 0) return null;
  const ordered = [...companies.filter((c) => c.about), ...companies.filter((c) => !c.about)];
  return (
    <ul class="bs-chips" aria-label="Companies in this article">
      {ordered.map((company) => (
        <li
          key={company.id}
          class={company.about ? 'bs-chip bs-chip-about' : 'bs-chip'}
          data-testid="company-chip"
          data-about={company.about}
          title={`${company.name}: ${company.mentions} ${company.mentions === 1 ? 'mention' : 'mentions'}, ${company.about ? 'the article is about it' : 'mentioned in passing'}${company.discovered ? '; new to Backstory' : ''}`}
        >
          <span class="bs-chip-name">{company.name}</span>
          <span class="bs-chip-count" aria-hidden="true">
            {company.mentions}
          </span>
          <span class="bs-visually-hidden">{company.about ? ', about' : ', in passing'}</span>
        </li>
      ))}
    </ul>
  );
}
