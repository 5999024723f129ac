import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on Backstory's in-page UI only (the demo page's own markup is not ours). */
async function sidebarViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: object, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['[data-backstory-ui]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations;
  });
}

test('the tab and the open sidebar have no serious or critical accessibility violations', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/northwind-wire/amazon-odyssey-investment.html`);
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await expect(ui.tab).toBeVisible();
  const serious = (violations: AxeViolation[]) =>
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
  expect(serious(await sidebarViolations(page))).toEqual([]);
  await ui.open();
  await expect(ui.sidebar.getByTestId('related-item')).not.toHaveCount(0);
  expect(serious(await sidebarViolations(page))).toEqual([]);
  await expect(ui.sidebar).toHaveRole('complementary');
  await expect(ui.sidebar).toHaveAccessibleName('Backstory');
});

test('the sidebar is usable from the keyboard alone', async ({ page, demo }) => {
  const ui = new SidebarPage(page);
  await ui.read(`${demo.origin}/northwind-wire/amazon-odyssey-investment.html`);
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await ui.tab.focus();
  await page.keyboard.press('Enter');
  await expect(ui.sidebar).toBeVisible();
  // Focus moves into the sidebar, onto its close button.
  await expect(ui.sidebar.getByRole('button', { name: 'Close Backstory sidebar' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ui.sidebar.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(ui.sidebar).toHaveCount(0);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the sidebar follows the system colour scheme', async ({ page, demo }) => {
    const ui = new SidebarPage(page);
    await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
    await ui.open();
    const background = await ui.sidebar.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(27, 30, 36)');
  });
});
