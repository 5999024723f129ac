// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { type ChipCompany, CompanyChips } from '../../components/CompanyChips.tsx';

const registry: ChipCompany = {
  id: 'nvidia',
  name: 'Nvidia',
  mentions: 3,
  about: true,
  discovered: false,
};
const discovered: ChipCompany = {
  id: 'd:brackenridge',
  name: 'Brackenridge',
  mentions: 2,
  about: false,
  discovered: true,
  sentence: 'Brackenridge, a startup that builds test rigs, raised $6 million.',
};

function mount(companies: readonly ChipCompany[]): HTMLElement {
  const root = document.createElement('div');
  render(<CompanyChips companies={companies} onOpen={() => undefined} />, root);
  return root;
}

describe('CompanyChips shows why a new name was taken for a company', () => {
  it('puts the evidence sentence in the chip tooltip and in an expandable list', () => {
    const root = mount([registry, discovered]);
    const chips = [...root.querySelectorAll('[data-testid="company-chip"]')];
    expect(chips[1]?.getAttribute('title')).toContain(`Found in: “${discovered.sentence}”`);
    expect(chips[0]?.getAttribute('title')).not.toContain('Found in');
    const details = root.querySelector('[data-testid="discovered-evidence"]');
    expect(details?.querySelector('summary')?.textContent).toBe(
      'Why Backstory took Brackenridge for a company',
    );
    expect(details?.querySelector('li')?.textContent).toBe(
      `Brackenridge: “${discovered.sentence}”`,
    );
  });

  it('shows nothing extra when no company was discovered', () => {
    const root = mount([registry]);
    expect(root.querySelector('[data-testid="discovered-evidence"]')).toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const hostile = {
      ...discovered,
      sentence: 'Brackenridge <img src=x onerror="alert(1)"> raised <b>money</b>.',
    };
    const root = mount([hostile]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    const item = root.querySelector('[data-testid="discovered-evidence"] li');
    expect(item?.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
