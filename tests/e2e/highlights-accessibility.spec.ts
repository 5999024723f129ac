import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { HighlightPage } from './highlight-page.ts';
import { SidebarPage } from './sidebar-page.ts';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious or critical axe-core violations in Backstory's in-page UI (toolbar and sidebar). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string };
    const axe = (
      window as unknown as {
        axe: { run(c: object, o: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const { violations } = await axe.run(
      { include: [['[data-backstory-ui]']] },
      { resultTypes: ['violations'] },
    );
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
  });
}

test('the highlight toolbar, its note editor and the highlights section pass axe', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  const hl = new HighlightPage(page);
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await expect(ui.tab).toBeVisible();
  await hl.select('Odyssey said on Tuesday that it had raised $60 million');
  await expect(hl.toolbar).toBeVisible();
  await expect(hl.toolbar.getByRole('button', { name: 'Highlight', exact: true })).toBeVisible();
  await expect(hl.toolbar.getByRole('button', { name: 'Question' })).toBeVisible();
  await hl.toolbar.getByTestId('note-button').click();
  await expect(hl.toolbar.getByRole('textbox', { name: 'Note' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await hl.toolbar.getByTestId('note-input').fill('Valuation roughly tripled in a year.');
  await hl.toolbar.getByTestId('highlight-button').click();
  await ui.open();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});
